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

public sealed record ReviewPage(
    AssessmentDetails Assessment,
    CriteriaCatalogue Criteria,
    Guid Me,
    IReadOnlyDictionary<Guid, string> Names,
    string? Error)
{
    public bool InReview => Assessment.Status == AssessmentStatus.InReview;

    public bool CanTake => Assessment.Status == AssessmentStatus.Submitted;

    public bool TookPart => Me == Assessment.ReviewerId || Me == Assessment.Recommendation?.RecommendedBy;

    public bool CanDecide => InReview && Assessment.Recommendation is not null && !TookPart;

    public string NameOf(Guid? id) => id is { } x ? Names.GetValueOrDefault(x, "?") : "";

    public Judgement? JudgementOf(string criterionId) => Assessment.Judgements.GetValueOrDefault(criterionId)?.Judgement;
}
