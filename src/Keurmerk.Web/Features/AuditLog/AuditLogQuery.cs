using JasperFx.Events;
using Keurmerk.Audits.Assessments;
using Keurmerk.Audits.Objections;
using Keurmerk.Audits.Signals;
using Keurmerk.Audits.Users;
using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Criteria;
using Keurmerk.Domain.Signals;
using Keurmerk.Web.Features.Assessments;
using Keurmerk.Web.Infrastructure.Exports;
using Keurmerk.Web.Infrastructure.Localization;
using Marten;
using Marten.Linq.MatchesSql;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Keurmerk.Web.Features.AuditLog;

/// <summary>
/// The audit log's one query, used by the page and by its downloads, so what is filtered on screen is what is
/// downloaded: every event of every stream, newest first, each as the line a person reads.
/// </summary>
public sealed class AuditLogQuery(IQuerySession session, IDocumentStore store, CriteriaLibrary criteria)
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
    private const int Batch = 500;

    /// <summary>The events the filter lets through, unordered.</summary>
    public async Task<IQueryable<IEvent>> Events(AuditLogFilter filter, CancellationToken ct)
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
        return query;
    }

    /// <summary>One page of the log, as the page shows it.</summary>
    public async Task<AuditLogPage> Page(AuditLogFilter filter, CancellationToken ct)
    {
        var query = await Events(filter, ct);
        var total = await query.CountAsync(ct);
        var events = await query.OrderByDescending(e => e.Sequence)
            .Skip((filter.SafePage - 1) * AuditLogPage.PageSize).Take(AuditLogPage.PageSize).ToListAsync(ct);
        return new AuditLogPage(filter, await Rows(events, ct), total, await EventTypes(ct));
    }

    /// <summary>
    /// Every line the filter lets through, newest first, in batches by sequence number (a keyset: each batch
    /// costs the same however deep, and a line appended meanwhile does not shift the rest).
    /// </summary>
    public async IAsyncEnumerable<AuditLogRow> All(AuditLogFilter filter, [EnumeratorCancellation] CancellationToken ct)
    {
        var query = await Events(filter, ct);
        var before = long.MaxValue;
        while (true)
        {
            var after = before;
            var events = await query.Where(e => e.Sequence < after).OrderByDescending(e => e.Sequence).Take(Batch).ToListAsync(ct);
            foreach (var row in await Rows(events, ct)) yield return row;
            if (events.Count < Batch) yield break;
            before = events[^1].Sequence;
        }
    }

    /// <summary>The columns of the download, headed in the reader's language; the event type as the filter names it.</summary>
    public static IReadOnlyList<ExportColumn<AuditLogRow>> Columns() =>
    [
        new(Lang.T("Wanneer (UTC)", "When (UTC)"), r => r.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
        new(Lang.T("Organisatie", "Organisation"), r => r.Organisation),
        new(Lang.T("Wie", "Who"), r => r.Actor),
        new(Lang.T("Soort gebeurtenis", "Event type"), r => EventTypeNames.Label(r.EventType)),
        new(Lang.T("Wat", "What"), r => r.What),
        new(Lang.T("Hoort bij", "Belongs with"), r => string.Join("; ", r.Related.Select(l => l.Text))),
        new(Lang.T("Stroom", "Stream"), r => r.StreamId.ToString()),
        new(Lang.T("Versie", "Version"), r => r.Version),
        new(Lang.T("Volgnummer", "Sequence"), r => r.Sequence),
    ];

    public static DownloadLinks Downloads(AuditLogFilter filter) => new("/audit/log",
    [
        new(nameof(AuditLogFilter.Organisation), filter.Organisation),
        new(nameof(AuditLogFilter.Actor), filter.Actor),
        new(nameof(AuditLogFilter.EventType), filter.EventType),
        new(nameof(AuditLogFilter.From), filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new(nameof(AuditLogFilter.To), filter.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
    ], Lang.T("alle pagina's", "every page"));

    private const string SignalMirrorType = "signal_action_taken";

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
