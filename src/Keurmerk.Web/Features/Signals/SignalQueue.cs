using Keurmerk.Audits.Signals;
using Keurmerk.Domain.Signals;
using Keurmerk.Web.Infrastructure.Exports;
using Keurmerk.Web.Infrastructure.Localization;
using Marten;
using System.Runtime.CompilerServices;

namespace Keurmerk.Web.Features.Signals;

/// <summary>Which signals the queue lists: open ones, closed ones, or (none given) both.</summary>
public enum SignalState { Open, Closed }

/// <summary>The signal queue's filters, from the query string. Organisation matches a name (part), a KvK number or a signal's reference.</summary>
public sealed record SignalFilter(SignalState? State = null, SignalCategory? Category = null, string? Organisation = null);

/// <summary>
/// The signal queue's one query, used by the page and by its downloads, so what is filtered on screen is what is
/// downloaded: open signals oldest first, then closed ones newest first. The page shows the latest closed ones
/// only; the download has them all.
/// </summary>
public static class SignalQueue
{
    public const int ClosedOnPage = 20;
    private const int Batch = 500;

    public static IQueryable<SignalDetails> Open(IQuerySession session, SignalFilter filter) =>
        Filtered(session.Query<SignalDetails>().Where(s => s.Status != SignalStatus.Closed), filter).OrderBy(s => s.RaisedAt).ThenBy(s => s.Id);

    public static IQueryable<SignalDetails> Closed(IQuerySession session, SignalFilter filter) =>
        Filtered(session.Query<SignalDetails>().Where(s => s.Status == SignalStatus.Closed), filter).OrderByDescending(s => s.ClosedAt).ThenBy(s => s.Id);

    private static IQueryable<SignalDetails> Filtered(IQueryable<SignalDetails> query, SignalFilter filter)
    {
        if (filter.Category is { } category) query = query.Where(s => s.Category == category);
        if (!string.IsNullOrWhiteSpace(filter.Organisation))
        {
            var text = filter.Organisation.Trim();
            query = query.Where(s => s.KvkNumber == text || s.Reference == text || s.OrganisationName.Contains(text, StringComparison.OrdinalIgnoreCase));
        }
        return query;
    }

    public static async Task<SignalQueuePage> Page(IQuerySession session, SignalFilter filter, DateTimeOffset now, CancellationToken ct)
    {
        var open = filter.State == SignalState.Closed ? [] : await Open(session, filter).ToListAsync(ct);
        var closed = filter.State == SignalState.Open ? [] : await Closed(session, filter).Take(ClosedOnPage).ToListAsync(ct);
        return new SignalQueuePage(open, closed, now) { Filter = filter };
    }

    /// <summary>Every signal the filter lets through, open first, read in batches.</summary>
    public static async IAsyncEnumerable<SignalDetails> All(IQuerySession session, SignalFilter filter, [EnumeratorCancellation] CancellationToken ct)
    {
        if (filter.State != SignalState.Closed)
            await foreach (var s in Batches(() => Open(session, filter), ct)) yield return s;
        if (filter.State != SignalState.Open)
            await foreach (var s in Batches(() => Closed(session, filter), ct)) yield return s;
    }

    private static async IAsyncEnumerable<SignalDetails> Batches(Func<IQueryable<SignalDetails>> query, [EnumeratorCancellation] CancellationToken ct)
    {
        for (var skip = 0; ; skip += Batch)
        {
            var batch = await query().Skip(skip).Take(Batch).ToListAsync(ct);
            foreach (var s in batch) yield return s;
            if (batch.Count < Batch) yield break;
        }
    }

    /// <summary>The columns of the download, headed and worded in the reader's language. The reporter's words and contact stay out.</summary>
    public static IReadOnlyList<ExportColumn<SignalDetails>> Columns(DateTimeOffset now) =>
    [
        new(Lang.T("Kenmerk", "Reference"), s => s.Reference),
        new(Lang.T("Organisatie", "Organisation"), s => s.OrganisationName),
        new(Lang.T("KvK-nummer", "KvK number"), s => s.KvkNumber),
        new(Lang.T("Certificaat", "Certificate"), s => s.CertificateNumber),
        new(Lang.T("Onderwerp", "Subject"), s => In(SignalWords.Label(s.Category))),
        new(Lang.T("Status", "Status"), s => In(SignalWords.Label(s.Status, s.ResponseReceived))),
        new(Lang.T("Gemeld (UTC)", "Raised (UTC)"), s => s.RaisedAt),
        new(Lang.T("Wacht (dagen)", "Waiting (days)"), s => s.Status == SignalStatus.Closed ? null : (int)(now - s.RaisedAt).TotalDays),
        new(Lang.T("Afgehandeld (UTC)", "Closed (UTC)"), s => s.ClosedAt),
        new(Lang.T("Maatregelen", "Measures"), s => string.Join("; ", s.Measures.Select(m => In(SignalWords.Label(m.Action))))),
    ];

    private static string In((string Nl, string En) words) => Lang.T(words.Nl, words.En);

    public static DownloadLinks Downloads(SignalFilter filter) => new("/signals/queue",
    [
        new(nameof(SignalFilter.State), filter.State?.ToString()),
        new(nameof(SignalFilter.Category), filter.Category?.ToString()),
        new(nameof(SignalFilter.Organisation), filter.Organisation),
    ], filter.State == SignalState.Open ? null : Lang.T("met alle afgehandelde signalen, niet alleen de laatste 20", "with every closed signal, not only the latest 20"));
}
