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
    /// <summary>
    /// The next state after one event: the only place events change state. (One function rather than
    /// Create/Apply methods, so Marten rebuilds it through AssessmentEvolution without conventions.)
    /// </summary>
    public static Assessment? Evolve(Assessment? state, object @event) => (state, @event) switch
    {
        (null, AssessmentStarted e) => new Assessment(
            e.AssessmentId,
            e.OrganisationId,
            e.SizeClass,
            e.CriteriaVersion,
            AssessmentStatus.Draft,
            Round: 1,
            ImmutableDictionary<string, string>.Empty,
            ImmutableDictionary<Guid, EvidenceRef>.Empty),
        (null, _) => null,
        (_, CriterionAnswered e) => state with { Answers = state.Answers.SetItem(e.CriterionId, e.Value) },
        (_, EvidenceAttached e) => state with
        {
            Evidence = state.Evidence.SetItem(e.EvidenceId, new EvidenceRef(e.EvidenceId, e.CriterionId, e.FileName)),
        },
        (_, EvidenceRemoved e) => state with { Evidence = state.Evidence.Remove(e.EvidenceId) },
        (_, AssessmentSubmitted) => state with { Status = AssessmentStatus.Submitted },
        _ => state,
    };

    public IReadOnlyCollection<string> CriteriaWithEvidence => Evidence.Values.Select(e => e.CriterionId).ToHashSet();
}
