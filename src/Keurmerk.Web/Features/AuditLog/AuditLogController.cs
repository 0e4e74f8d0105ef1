using Keurmerk.Audits.AuditChain;
using Keurmerk.Audits.Transparency;
using Keurmerk.Audits.Users;
using Keurmerk.Domain;
using Keurmerk.Domain.Criteria;
using Keurmerk.Web.Infrastructure.Exports;
using Keurmerk.Web.Infrastructure.Localization;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Keurmerk.Web.Features.AuditLog;

/// <summary>
/// Every event of every stream in one log (assessors and admins), and the admin's check that no
/// stored event was changed or removed since it was appended.
/// </summary>
[Authorize(Roles = $"{Roles.Assessor},{Roles.Admin}")]
public sealed class AuditLogController(IDocumentSession session, IDocumentStore store, CriteriaLibrary criteria, TimeProvider clock) : Controller
{
    [HttpGet("audit")]
    public async Task<IActionResult> Index(AuditLogFilter filter, CancellationToken ct) => View(await Query.Page(filter, ct));

    /// <summary>The log as filtered on screen, every page of it, streamed.</summary>
    [HttpGet("audit/log.csv")]
    public IActionResult LogCsv(AuditLogFilter filter, CancellationToken ct) =>
        ExportFilters.Problem(ModelState, filter.Organisation, filter.Actor, filter.EventType) is { } problem
            ? BadRequest(problem)
            : new HttpResultAdapter(Exports.Csv(FileName("csv"), AuditLogQuery.Columns(), Query.All(filter, ct)));

    [HttpGet("audit/log.xlsx")]
    public async Task<IActionResult> LogXlsx(AuditLogFilter filter, CancellationToken ct) =>
        ExportFilters.Problem(ModelState, filter.Organisation, filter.Actor, filter.EventType) is { } problem
            ? BadRequest(problem)
            : File(await Exports.CappedWorkbook(Lang.T("Auditlog", "Audit log"), AuditLogQuery.Columns(), Query.All(filter, ct), Exports.TruncatedNote, ct),
                Exports.XlsxType, FileName("xlsx"));

    private AuditLogQuery Query => new(session, store, criteria);

    private string FileName(string extension) => $"keurmerk-auditlog-{DutchCalendar.DateOf(clock.GetUtcNow()):yyyy-MM-dd}.{extension}";

    [HttpGet("admin/audit-chain")]
    [Authorize(Roles = Roles.Admin)]
    public async Task<IActionResult> Chain(CancellationToken ct)
    {
        var report = await AuditChainVerifier.VerifyAsync(store, clock, ct);
        var assessments = await StreamAssessments.Resolve(session, report.Broken.Select(s => s.StreamId).ToArray(), ct);
        return View(new AuditChainPage(report, assessments, await LatestCheckpoint(ct)));
    }

    private async Task<StoredCheckpoint?> LatestCheckpoint(CancellationToken ct)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        var schema = store.Options.Events.DatabaseSchemaName;
        return await CheckpointLog.Exists(connection, schema, ct) ? await CheckpointLog.Latest(connection, schema, ct) : null;
    }

}
