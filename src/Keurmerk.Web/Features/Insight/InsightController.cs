using Keurmerk.Audits.Users;
using Keurmerk.Domain;
using Keurmerk.Domain.Criteria;
using Keurmerk.Web.Infrastructure.Exports;
using Keurmerk.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Keurmerk.Web.Features.Insight;

public sealed record InsightPage(InsightDashboard? Dashboard, IReadOnlyList<string> Problems, InsightQuery Query);

/// <summary>The query string as typed, so a refused filter is shown back as it was.</summary>
public sealed record InsightQuery(string? From, string? To, string? Sector, string? Size, string? City, string? Version);

/// <summary>The network's dashboard and its exports: read-only, figures under the threshold never shown.</summary>
[Authorize(Roles = $"{Roles.Network},{Roles.Assessor},{Roles.Admin}")]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class InsightController(InsightReader reader, CriteriaLibrary criteria, TimeProvider clock) : Controller
{
    [HttpGet("/insight")]
    public async Task<IActionResult> Index([FromQuery] InsightQuery query, CancellationToken ct)
    {
        var (filter, problems) = Parse(query);
        if (filter is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new InsightPage(null, problems, query));
        }
        return View(new InsightPage(await reader.Load(filter, ct), problems, query));
    }

    [HttpGet("/insight/tables/{key}.csv")]
    public Task<IActionResult> TableCsv(string key, [FromQuery] InsightQuery query, CancellationToken ct) =>
        WithTable(key, query, (table, filter) => new HttpResultAdapter(InsightSheets.Csv(table, Lang.Current, FileName(key, filter, "csv"))), ct);

    [HttpGet("/insight/tables/{key}.xlsx")]
    public Task<IActionResult> TableXlsx(string key, [FromQuery] InsightQuery query, CancellationToken ct) =>
        WithTable(key, query, (table, filter) => File(Exports.Workbook([InsightSheets.From(table, Lang.Current)]), Exports.XlsxType,
            FileName(key, filter, "xlsx")), ct);

    /// <summary>The two-yearly measurement report: every table, one sheet each, for the chosen period.</summary>
    [HttpGet("/insight/report.xlsx")]
    public async Task<IActionResult> ReportXlsx([FromQuery] InsightQuery query, CancellationToken ct)
    {
        var (filter, problems) = Parse(query);
        if (filter is null) return BadRequest(string.Join(" ", problems));
        var dashboard = await reader.Load(filter, ct);
        return File(Exports.Workbook([.. InsightReport.Tables(dashboard).Select(t => InsightSheets.From(t, Lang.Current))]),
            Exports.XlsxType, FileName("meting", filter, "xlsx"));
    }

    [HttpGet("/insight/report.pdf")]
    public async Task<IActionResult> ReportPdf([FromQuery] InsightQuery query, CancellationToken ct)
    {
        var (filter, problems) = Parse(query);
        if (filter is null) return BadRequest(string.Join(" ", problems));
        var dashboard = await reader.Load(filter, ct);
        return File(InsightReport.Pdf(dashboard, Lang.Current, clock.GetUtcNow()), "application/pdf", FileName("meting", filter, "pdf"));
    }

    private async Task<IActionResult> WithTable(string key, InsightQuery query, Func<PublishedTable, InsightFilter, IActionResult> export, CancellationToken ct)
    {
        var (filter, problems) = Parse(query);
        if (filter is null) return BadRequest(string.Join(" ", problems));
        var dashboard = await reader.Load(filter, ct);
        var table = InsightReport.Tables(dashboard).FirstOrDefault(t => t.Key == key);
        return table is null ? NotFound(Lang.T($"Geen tabel '{key}'.", $"No table '{key}'.")) : export(table, filter);
    }

    private (InsightFilter? Filter, IReadOnlyList<string> Problems) Parse(InsightQuery q) =>
        InsightFilter.Parse(q.From, q.To, q.Sector, q.Size, q.City, q.Version, DutchCalendar.DateOf(clock.GetUtcNow()), criteria.All.Select(c => c.Version));

    private static string FileName(string key, InsightFilter filter, string extension) => $"keurmerk-{key}-{filter.From}-{filter.To}.{extension}";
}
