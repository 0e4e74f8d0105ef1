using JasperFx.Events;
using Keurmerk.Audits.Assessments;
using Keurmerk.Audits.AuditChain;
using Keurmerk.Audits.Objections;
using Keurmerk.Audits.Signals;
using Keurmerk.Audits.Transparency;
using Keurmerk.Audits.Users;
using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Criteria;
using Keurmerk.Domain.Signals;
using Keurmerk.Web.Features.Assessments;
using Keurmerk.Web.Infrastructure.Localization;
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
        // One line per action: a measure taken on a signal is the certificate's line, linked to the signal.
        else query = query.Where(e => e.EventTypeName != SignalMirrorType);
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
        return View(new AuditChainPage(report, assessments, await LatestCheckpoint(ct)));
    }

    private const string SignalMirrorType = "signal_action_taken";

    private async Task<StoredCheckpoint?> LatestCheckpoint(CancellationToken ct)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        var schema = store.Options.Events.DatabaseSchemaName;
        return await CheckpointLog.Exists(connection, schema, ct) ? await CheckpointLog.Latest(connection, schema, ct) : null;
    }

    private async Task<List<AuditLogRow>> Rows(IReadOnlyList<IEvent> events, CancellationToken ct)
    {
        var streamIds = events.Select(e => e.StreamId).Distinct().ToArray();
        var assessments = await StreamAssessments.Resolve(session, streamIds, ct);
        var measures = await SignalMeasures(events, ct);
        var signals = (await session.LoadManyAsync<SignalDetails>(ct, [.. streamIds, .. measures.Values.Distinct()])).ToDictionary(s => s.Id);
        var objections = (await session.LoadManyAsync<ObjectionDetails>(ct, streamIds)).ToDictionary(o => o.Id);
        var actorIds = events.Select(e => AuditTrail.ActorOf(e.Data)).OfType<Guid>().Distinct().ToArray();
        var actors = (await session.LoadManyAsync<AppUser>(ct, actorIds)).ToDictionary(u => u.Id, u => u.DisplayName);
        return events.Select(e =>
        {
            var assessment = assessments.GetValueOrDefault(e.StreamId);
            var entry = AuditTrail.Describe(e, CatalogueFor(assessment), actors);
            var organisation = assessment is null ? "" : $"{assessment.OrganisationName} ({assessment.KvkNumber})";
            var related = new List<RelatedLink>();
            if (assessment is not null) related.Add(new(Lang.T("zelfevaluatie", "self-assessment"), $"/assessments/{assessment.Id}/history"));
            var signalId = signals.ContainsKey(e.StreamId) ? e.StreamId : MeasureKey(e.Data) is { } key ? measures.GetValueOrDefault(key) : (Guid?)null;
            if (signalId is { } sid && signals.TryGetValue(sid, out var signal))
                related.Add(new(Lang.T($"signaal {signal.Reference}", $"signal {signal.Reference}"), $"/signals/{signal.Id}"));
            if (objections.ContainsKey(e.StreamId)) related.Add(new(Lang.T("bezwaar", "objection"), $"/objections/{e.StreamId}"));
            return new AuditLogRow(e.Sequence, e.StreamId, assessment?.Id, e.Version, e.Timestamp, organisation, entry.Actor, entry.What, entry.EventType)
            {
                Related = related,
            };
        }).ToList();
    }

    /// <summary>A certificate measure's assessment and moment: a signal's mirror of it has the same two.</summary>
    private static (Guid AssessmentId, DateTimeOffset At)? MeasureKey(object data) => data switch
    {
        CertificateSuspended s => (s.AssessmentId, s.SuspendedAt),
        CertificateReinstated r => (r.AssessmentId, r.ReinstatedAt),
        CertificateRevoked r => (r.AssessmentId, r.RevokedAt),
        _ => null,
    };

    /// <summary>For the certificate measures on this page, the signal each was taken on (if any).</summary>
    private async Task<Dictionary<(Guid AssessmentId, DateTimeOffset At), Guid>> SignalMeasures(IReadOnlyList<IEvent> events, CancellationToken ct)
    {
        var keys = events.Select(e => MeasureKey(e.Data)).OfType<(Guid AssessmentId, DateTimeOffset At)>().ToList();
        if (keys.Count == 0) return [];
        var assessmentIds = keys.Select(k => k.AssessmentId).Distinct().ToArray();
        var actions = await session.Events.QueryRawEventDataOnly<SignalActionTaken>()
            .Where(a => a.AssessmentId.IsOneOf(assessmentIds)).ToListAsync(ct);
        return actions.GroupBy(a => (a.AssessmentId, a.TakenAt)).Where(g => keys.Contains(g.Key)).ToDictionary(g => g.Key, g => g.First().SignalId);
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
