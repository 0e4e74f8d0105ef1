using Keurmerk.Audits.Assessments;
using Keurmerk.Audits.Users;
using Keurmerk.Domain;
using Keurmerk.Domain.Assessments;
using Keurmerk.Web.Features.Account;
using Keurmerk.Web.Infrastructure.Exports;
using Keurmerk.Web.Infrastructure.Localization;
using Marten;
using System.Runtime.CompilerServices;

namespace Keurmerk.Web.Features.Review;

/// <summary>One open assessment as the queue shows it: where it stands, how long it waits, who has it.</summary>
public sealed record ReviewQueueRow(AssessmentDetails Assessment, int DaysWaiting, string Reviewer)
{
    public (string Nl, string En) Stage => Assessment switch
    {
        { Status: AssessmentStatus.Submitted } => ("wachtrij", "queue"),
        { Recommendation: null } => ("in beoordeling", "in review"),
        _ => ("wacht op besluit", "awaiting decision"),
    };
}

/// <summary>
/// The review queue's one query, used by the page and by its downloads, so what is filtered on screen is
/// what is downloaded: submitted and in-review assessments, oldest submission first.
/// </summary>
public static class ReviewQueue
{
    private const int Batch = 500;

    public static IQueryable<AssessmentDetails> Query(IQuerySession session, QueueFilter filter)
    {
        var query = session.Query<AssessmentDetails>().Where(a => a.Status == AssessmentStatus.Submitted || a.Status == AssessmentStatus.InReview);
        if (filter.SizeClass is { } size) query = query.Where(a => a.SizeClass == size);
        if (!string.IsNullOrWhiteSpace(filter.Sector)) query = query.Where(a => a.Sector == filter.Sector);
        if (!string.IsNullOrWhiteSpace(filter.City)) query = query.Where(a => a.City.Equals(filter.City.Trim(), StringComparison.OrdinalIgnoreCase));
        return query.OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id);
    }

    public static async Task<IReadOnlyDictionary<Guid, string>> ReviewerNames(IQuerySession session, IEnumerable<AssessmentDetails> open, CancellationToken ct)
    {
        var reviewers = open.Select(a => a.ReviewerId).OfType<Guid>().Distinct().ToArray();
        return (await session.LoadManyAsync<AppUser>(ct, reviewers)).ToDictionary(u => u.Id, u => u.DisplayName);
    }

    /// <summary>Every row of the filtered queue, read in batches (the queue is human-sized, so an offset is cheap).</summary>
    public static async IAsyncEnumerable<ReviewQueueRow> All(IQuerySession session, QueueFilter filter, DateTimeOffset now,
        [EnumeratorCancellation] CancellationToken ct)
    {
        for (var skip = 0; ; skip += Batch)
        {
            var batch = await Query(session, filter).Skip(skip).Take(Batch).ToListAsync(ct);
            var names = await ReviewerNames(session, batch, ct);
            foreach (var a in batch)
                yield return new ReviewQueueRow(a, DaysWaiting(a, now), a.ReviewerId is { } r ? names.GetValueOrDefault(r, "?") : "");
            if (batch.Count < Batch) yield break;
        }
    }

    public static int DaysWaiting(AssessmentDetails a, DateTimeOffset now) => a.SubmittedAt is { } at ? (int)(now - at).TotalDays : 0;

    /// <summary>The columns of the download, headed in the reader's language.</summary>
    public static IReadOnlyList<ExportColumn<ReviewQueueRow>> Columns() =>
    [
        new(Lang.T("Organisatie", "Organisation"), r => r.Assessment.OrganisationName),
        new(Lang.T("KvK-nummer", "KvK number"), r => r.Assessment.KvkNumber),
        new(Lang.T("Plaats", "City"), r => r.Assessment.City),
        new(Lang.T("Sector", "Sector"), r => SectorName(r.Assessment.Sector)),
        new(Lang.T("Omvang", "Size"), r => SizeNames.In(r.Assessment.SizeClass, Lang.Current)),
        new(Lang.T("Ronde", "Round"), r => r.Assessment.Round),
        new(Lang.T("Fase", "Stage"), r => Lang.T(r.Stage.Nl, r.Stage.En)),
        new(Lang.T("Ingediend (UTC)", "Submitted (UTC)"), r => r.Assessment.SubmittedAt),
        new(Lang.T("Wacht (dagen)", "Waiting (days)"), r => r.DaysWaiting),
        new(Lang.T("Beoordelaar", "Assessor"), r => r.Reviewer),
        new(Lang.T("Advies", "Recommendation"), r => r.Assessment.Recommendation?.Recommendation switch
        {
            Recommendation.Approve => Lang.T("goedkeuren", "approve"),
            Recommendation.Reject => Lang.T("afwijzen", "reject"),
            _ => "",
        }),
    ];

    private static string SectorName(string value) =>
        SignUpForm.Sectors.FirstOrDefault(s => s.Value == value) is { Value: not null } s ? Lang.T(s.Nl, s.En) : value;

    public static DownloadLinks Downloads(QueueFilter filter) => new("/review/queue",
    [
        new(nameof(QueueFilter.SizeClass), filter.SizeClass?.ToString()),
        new(nameof(QueueFilter.Sector), filter.Sector),
        new(nameof(QueueFilter.City), filter.City),
    ]);
}
