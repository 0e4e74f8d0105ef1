using System.Collections.Immutable;

namespace Keurmerk.Domain.Assessments;

public sealed record EvidenceRef(Guid EvidenceId, string CriterionId, string FileName);

/// <summary>
/// What decisions about an assessment need to know, rebuilt from its events. Immutable: each event
/// gives a new state.
/// </summary>
public sealed record Assessment(
    Guid Id,
    Guid OrganisationId,
    SizeClass SizeClass,
    int CriteriaVersion,
    AssessmentStatus Status,
    int Round,
    ImmutableDictionary<string, string> Answers,
    ImmutableDictionary<Guid, EvidenceRef> Evidence)
{
    public static Assessment Create(AssessmentStarted started) => new(
        started.AssessmentId,
        started.OrganisationId,
        started.SizeClass,
        started.CriteriaVersion,
        AssessmentStatus.Draft,
        Round: 1,
        ImmutableDictionary<string, string>.Empty,
        ImmutableDictionary<Guid, EvidenceRef>.Empty);

    public Assessment Apply(CriterionAnswered e) => this with { Answers = Answers.SetItem(e.CriterionId, e.Value) };

    public Assessment Apply(EvidenceAttached e) =>
        this with { Evidence = Evidence.SetItem(e.EvidenceId, new EvidenceRef(e.EvidenceId, e.CriterionId, e.FileName)) };

    public Assessment Apply(EvidenceRemoved e) => this with { Evidence = Evidence.Remove(e.EvidenceId) };

    public Assessment Apply(AssessmentSubmitted e) => this with { Status = AssessmentStatus.Submitted };

    public IReadOnlyCollection<string> CriteriaWithEvidence => Evidence.Values.Select(e => e.CriterionId).ToHashSet();
}
