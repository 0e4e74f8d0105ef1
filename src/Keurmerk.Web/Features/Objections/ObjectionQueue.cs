using Keurmerk.Audits.Objections;
using Keurmerk.Audits.Users;
using Keurmerk.Domain.Objections;
using Keurmerk.Web.Infrastructure.Exports;
using Keurmerk.Web.Infrastructure.Localization;
using Marten;
using System.Runtime.CompilerServices;

namespace Keurmerk.Web.Features.Objections;

/// <summary>The objection list's filters, from the query string. Organisation matches a name (part).</summary>
public sealed record ObjectionFilter(ObjectionStatus? Status = null, ObjectionAgainst? Against = null, string? Organisation = null);

/// <summary>An objection as the list shows it, with the names of its handler and of those who took the contested decision.</summary>
public sealed record ObjectionQueueRow(ObjectionDetails Objection, string Handler, string DecidedBy);

/// <summary>
/// The objection list's one query, used by the page and by its downloads, so what is filtered on screen is what
/// is downloaded: open objections first, then decided ones, each oldest first.
/// </summary>
public static class ObjectionQueue
{
    private const int Batch = 500;

    private static readonly ObjectionStatus[] OpenStatuses = [ObjectionStatus.Lodged, ObjectionStatus.InHandling];

    public static IQueryable<ObjectionDetails> Query(IQuerySession session, ObjectionFilter filter, bool open)
    {
        var query = open
            ? session.Query<ObjectionDetails>().Where(o => o.Status.IsOneOf(OpenStatuses))
            : session.Query<ObjectionDetails>().Where(o => !o.Status.IsOneOf(OpenStatuses));
        if (filter.Status is { } status) query = query.Where(o => o.Status == status);
        if (filter.Against is { } against) query = query.Where(o => o.Against == against);
        if (!string.IsNullOrWhiteSpace(filter.Organisation))
        {
            var text = filter.Organisation.Trim();
            query = query.Where(o => o.OrganisationName.Contains(text, StringComparison.OrdinalIgnoreCase));
        }
        return query.OrderBy(o => o.LodgedAt).ThenBy(o => o.Id);
    }

    /// <summary>Every objection the filter lets through, open first, read in batches, with the names a person reads.</summary>
    public static async IAsyncEnumerable<ObjectionQueueRow> All(IQuerySession session, ObjectionFilter filter, [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var open in new[] { true, false })
        {
            for (var skip = 0; ; skip += Batch)
            {
                var batch = await Query(session, filter, open).Skip(skip).Take(Batch).ToListAsync(ct);
                var names = await Names(session, batch, ct);
                foreach (var o in batch)
                    yield return new ObjectionQueueRow(o, NameOf(names, o.HandlerId), string.Join(", ", o.DecisionMadeBy.Select(id => NameOf(names, id))));
                if (batch.Count < Batch) break;
            }
        }
    }

    public static async Task<IReadOnlyDictionary<Guid, string>> Names(IQuerySession session, IEnumerable<ObjectionDetails> objections, CancellationToken ct)
    {
        var people = objections.SelectMany(o => o.DecisionMadeBy.Append(o.HandlerId ?? Guid.Empty)).Where(id => id != Guid.Empty).Distinct().ToArray();
        return (await session.LoadManyAsync<AppUser>(ct, people)).ToDictionary(u => u.Id, u => u.DisplayName);
    }

    private static string NameOf(IReadOnlyDictionary<Guid, string> names, Guid? id) => id is { } x ? names.GetValueOrDefault(x, "?") : "";

    /// <summary>The columns of the download, headed and worded in the reader's language.</summary>
    public static IReadOnlyList<ExportColumn<ObjectionQueueRow>> Columns() =>
    [
        new(Lang.T("Organisatie", "Organisation"), r => r.Objection.OrganisationName),
        new(Lang.T("Tegen", "Against"), r => ObjectionNames.In(r.Objection.Against, Lang.Current)),
        new(Lang.T("Besluit van (UTC)", "Decision of (UTC)"), r => r.Objection.DecidedAt),
        new(Lang.T("Besluit genomen door", "Decision taken by"), r => r.DecidedBy),
        new(Lang.T("Ingediend (UTC)", "Lodged (UTC)"), r => r.Objection.LodgedAt),
        new(Lang.T("Status", "Status"), r => ObjectionNames.In(r.Objection.Status, Lang.Current)),
        new(Lang.T("Behandelaar", "Handler"), r => r.Handler),
        new(Lang.T("Beslist (UTC)", "Decided (UTC)"), r => r.Objection.Outcome?.DecidedAt),
    ];

    public static DownloadLinks Downloads(ObjectionFilter filter) => new("/objections/list",
    [
        new(nameof(ObjectionFilter.Status), filter.Status?.ToString()),
        new(nameof(ObjectionFilter.Against), filter.Against?.ToString()),
        new(nameof(ObjectionFilter.Organisation), filter.Organisation),
    ]);
}
