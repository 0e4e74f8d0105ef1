using Keurmerk.Domain;
using Keurmerk.Domain.Assessments;

namespace Keurmerk.Audits.Assessments;

public sealed record AnswerView(string Value, Guid AnsweredBy, DateTimeOffset AnsweredAt);

public sealed record EvidenceView(
    Guid EvidenceId,
    string CriterionId,
    string FileName,
    string ContentType,
    long SizeInBytes,
    DateTimeOffset AttachedAt);

/// <summary>
/// The current view of one assessment, kept inline: it is written in the same transaction as the
/// events, so a page read right after a save shows that save.
/// </summary>
public sealed record AssessmentDetails(
    Guid Id,
    Guid OrganisationId,
    string OrganisationName,
    SizeClass SizeClass,
    string Standard,
    int CriteriaVersion,
    AssessmentStatus Status,
    int Round,
    int ScorePercent,
    DateTimeOffset StartedAt,
    DateTimeOffset LastChangedAt,
    DateTimeOffset? SubmittedAt,
    IReadOnlyDictionary<string, AnswerView> Answers,
    IReadOnlyList<EvidenceView> Evidence)
{
    /// <summary>The stream version this view reflects; forms send it back as their expected version.</summary>
    public long Version { get; set; }

    public static AssessmentDetails Create(AssessmentStarted e) => new(
        e.AssessmentId, e.OrganisationId, e.OrganisationName, e.SizeClass, e.Standard, e.CriteriaVersion,
        AssessmentStatus.Draft, Round: 1, ScorePercent: 0, e.StartedAt, e.StartedAt, SubmittedAt: null,
        new Dictionary<string, AnswerView>(), []);

    public AssessmentDetails Apply(CriterionAnswered e) => this with
    {
        Answers = new Dictionary<string, AnswerView>(Answers) { [e.CriterionId] = new(e.Value, e.AnsweredBy, e.AnsweredAt) },
        LastChangedAt = e.AnsweredAt,
    };

    public AssessmentDetails Apply(EvidenceAttached e) => this with
    {
        Evidence = [.. Evidence, new EvidenceView(e.EvidenceId, e.CriterionId, e.FileName, e.ContentType, e.SizeInBytes, e.AttachedAt)],
        LastChangedAt = e.AttachedAt,
    };

    public AssessmentDetails Apply(EvidenceRemoved e) => this with
    {
        Evidence = Evidence.Where(x => x.EvidenceId != e.EvidenceId).ToList(),
        LastChangedAt = e.RemovedAt,
    };

    public AssessmentDetails Apply(AssessmentSubmitted e) => this with
    {
        Status = AssessmentStatus.Submitted,
        ScorePercent = e.ScorePercent,
        SubmittedAt = e.SubmittedAt,
        LastChangedAt = e.SubmittedAt,
    };

    public IReadOnlyDictionary<string, string> AnswerValues => Answers.ToDictionary(a => a.Key, a => a.Value.Value);

    public IReadOnlyCollection<string> CriteriaWithEvidence => Evidence.Select(e => e.CriterionId).ToHashSet();
}
