using Keurmerk.Audits.Assessments;
using Keurmerk.Domain;
using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Criteria;

namespace Keurmerk.Web.Features.Review;

public sealed record QueueFilter(SizeClass? SizeClass = null, string? Sector = null, string? City = null);

public sealed record QueuePage(
    IReadOnlyList<AssessmentDetails> Open,
    QueueFilter Filter,
    DateTimeOffset Now,
    Guid Me,
    IReadOnlyDictionary<Guid, string> Names,
    string? Error)
{
    public IEnumerable<AssessmentDetails> Waiting => Open.Where(a => a.Status == AssessmentStatus.Submitted);

    public IEnumerable<AssessmentDetails> InReview => Open.Where(a => a.Status == AssessmentStatus.InReview && a.Recommendation is null);

    /// <summary>Recommended assessments that this assessor may decide: they took no part in the review.</summary>
    public IEnumerable<AssessmentDetails> AwaitingDecision => Open.Where(a => a.Recommendation is not null);

    public int DaysWaiting(AssessmentDetails a) => a.SubmittedAt is { } at ? (int)(Now - at).TotalDays : 0;

    public string NameOf(Guid? id) => id is { } x ? Names.GetValueOrDefault(x, "?") : "";
}

/// <summary>Which criteria the review screen lists: all, only the knock-outs, or only those changed this round.</summary>
public enum ReviewFilter { All, KnockOuts, Changed }

public sealed record ReviewPage(
    AssessmentDetails Assessment,
    CriteriaCatalogue Criteria,
    Guid Me,
    IReadOnlyDictionary<Guid, string> Names,
    string? Error)
{
    public ReviewFilter Filter { get; init; } = ReviewFilter.All;

    /// <summary>What the assessor typed in the refused post, shown again so nothing is lost: form field name to value.</summary>
    public IReadOnlyDictionary<string, string> Posted { get; init; } = new Dictionary<string, string>();

    public bool InReview => Assessment.Status == AssessmentStatus.InReview;

    public bool CanTake => Assessment.Status == AssessmentStatus.Submitted;

    public bool TookPart => Me == Assessment.ReviewerId || Me == Assessment.Recommendation?.RecommendedBy;

    public bool CanDecide => InReview && Assessment.Recommendation is not null && !TookPart;

    /// <summary>The assessor judging now: in review, before someone else decides.</summary>
    public bool CanJudge => InReview && !CanDecide;

    public string NameOf(Guid? id) => id is { } x ? Names.GetValueOrDefault(x, "?") : "";

    public Judgement? JudgementOf(string criterionId) => Assessment.Judgements.GetValueOrDefault(criterionId)?.Judgement;

    /// <summary>The judgement the form shows: the one typed in a refused post, else the stored one.</summary>
    public Judgement? ShownJudgement(string criterionId) =>
        Enum.TryParse<Judgement>(Posted.GetValueOrDefault($"judgement-{criterionId}"), out var posted) ? posted : JudgementOf(criterionId);

    public string PostedText(string field) => Posted.GetValueOrDefault(field, "");

    public IReadOnlyList<Criterion> Applicable => Criteria.ApplicableTo(Assessment.SizeClass).ToList();

    public int JudgedCount => Applicable.Count(c => JudgementOf(c.Id) is not null);

    public bool Shows(Criterion criterion) => Filter switch
    {
        ReviewFilter.KnockOuts => criterion.KnockOut,
        ReviewFilter.Changed => Assessment.ChangedThisRound(criterion.Id),
        _ => true,
    };

    public string FilterUrl(ReviewFilter filter) =>
        filter == ReviewFilter.All ? $"/review/{Assessment.Id}" : $"/review/{Assessment.Id}?filter={filter}";
}
