using JasperFx.Events;
using Keurmerk.Audits.Assessments;
using Keurmerk.Audits.AuditChain;
using Keurmerk.Audits.Users;
using Keurmerk.Domain.Criteria;
using Keurmerk.Web.Features.Assessments;
using Marten;
using Marten.Linq.MatchesSql;
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
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    [HttpGet("audit")]
    public async Task<IActionResult> Index(AuditLogFilter filter, CancellationToken ct)
    {
        IQueryable<IEvent> query = session.Events.QueryAllRawEvents();
        if (!string.IsNullOrWhiteSpace(filter.EventType)) query = query.Where(e => e.EventTypeName == filter.EventType);
        if (filter.From is { } from)
        {
            var start = StartOfDutchDay(from);
            query = query.Where(e => e.Timestamp >= start);
        }
        if (filter.To is { } to)
        {
            var end = StartOfDutchDay(to < DateOnly.MaxValue ? to.AddDays(1) : to);
            query = query.Where(e => e.Timestamp < end);
        }
        if (!string.IsNullOrWhiteSpace(filter.Organisation))
        {
            var assessments = await AssessmentsOfOrganisation(filter.Organisation.Trim(), ct);
            query = query.Where(e => e.MatchesSql(StreamAssessments.SqlCondition(store.Options.Events.DatabaseSchemaName), new object[] { assessments }));
        }
        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            var actors = await UsersNamed(filter.Actor.Trim(), ct);
            query = query.Where(e => e.MatchesSql(
                ActorFields.SqlCondition(t => t.GetEventTypeName(store.Options.Events.EventNamingStyle)),
                new object[] { actors })); // one text[] parameter, not one per id
        }

        var total = await query.CountAsync(ct);
        var events = await query.OrderByDescending(e => e.Sequence)
            .Skip((filter.SafePage - 1) * AuditLogPage.PageSize).Take(AuditLogPage.PageSize).ToListAsync(ct);
        return View(new AuditLogPage(filter, await Rows(events, ct), total, await EventTypes(ct)));
    }

    [HttpGet("admin/audit-chain")]
    [Authorize(Roles = Roles.Admin)]
    public async Task<IActionResult> Chain(CancellationToken ct)
    {
        var report = await AuditChainVerifier.VerifyAsync(store, clock, ct);
        var assessments = await StreamAssessments.Resolve(session, report.Broken.Select(s => s.StreamId).ToArray(), ct);
        return View(new AuditChainPage(report, assessments));
    }

    private async Task<List<AuditLogRow>> Rows(IReadOnlyList<IEvent> events, CancellationToken ct)
    {
        var assessments = await StreamAssessments.Resolve(session, events.Select(e => e.StreamId).Distinct().ToArray(), ct);
        var actorIds = events.Select(e => AuditTrail.ActorOf(e.Data)).OfType<Guid>().Distinct().ToArray();
        var actors = (await session.LoadManyAsync<AppUser>(ct, actorIds)).ToDictionary(u => u.Id, u => u.DisplayName);
        return events.Select(e =>
        {
            var assessment = assessments.GetValueOrDefault(e.StreamId);
            var entry = AuditTrail.Describe(e, CatalogueFor(assessment), actors);
            var organisation = assessment is null ? "" : $"{assessment.OrganisationName} ({assessment.KvkNumber})";
            return new AuditLogRow(e.Sequence, e.StreamId, assessment?.Id, e.Version, e.Timestamp, organisation, entry.Actor, entry.What, entry.EventType);
        }).ToList();
    }

    private CriteriaCatalogue CatalogueFor(AssessmentDetails? assessment) =>
        assessment is not null && criteria.All.Any(c => c.Version == assessment.CriteriaVersion)
            ? criteria.Version(assessment.CriteriaVersion)
            : criteria.Current;

    /// <summary>Ids as text: they are compared with the AssessmentId in event JSON.</summary>
    private async Task<string[]> AssessmentsOfOrganisation(string nameOrKvk, CancellationToken ct) =>
        (await session.Query<AssessmentDetails>()
            .Where(a => a.KvkNumber == nameOrKvk || a.OrganisationName.Contains(nameOrKvk, StringComparison.OrdinalIgnoreCase))
            .Select(a => a.Id)
            .ToListAsync(ct)).Select(id => id.ToString()).ToArray();

    /// <summary>Ids as text: the actor fields are compared as JSON text in PostgreSQL.</summary>
    private async Task<string[]> UsersNamed(string name, CancellationToken ct) =>
        (await session.Query<AppUser>()
            .Where(u => u.DisplayName.Contains(name, StringComparison.OrdinalIgnoreCase))
            .Select(u => u.Id)
            .ToListAsync(ct)).Select(id => id.ToString()).ToArray();

    /// <summary>The event types that occur in the store, for the filter's select.</summary>
    private async Task<IReadOnlyList<string>> EventTypes(CancellationToken ct) =>
        (await session.Events.QueryAllRawEvents().Select(e => e.EventTypeName).Distinct().ToListAsync(ct)).Order().ToList();

    /// <summary>A date in the filter means that day in the Netherlands.</summary>
    private static DateTimeOffset StartOfDutchDay(DateOnly date)
    {
        // Nothing happened before 2000 or will after 2999: a date outside means "from the start" or "to the end",
        // and keeps the conversion to UTC (and the day after To) from overflowing.
        date = Clamp(date, new DateOnly(2000, 1, 1), new DateOnly(2999, 12, 31));
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, Amsterdam.GetUtcOffset(midnight)).ToUniversalTime(); // Npgsql writes UTC only
    }

    private static DateOnly Clamp(DateOnly date, DateOnly min, DateOnly max) => date < min ? min : date > max ? max : date;
}
