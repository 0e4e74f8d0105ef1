namespace Keurmerk.Domain.Objections;

public enum ObjectionStatus { Lodged, InHandling, Upheld, Dismissed }

/// <summary>What decisions about an objection need to know, rebuilt from its events. Immutable: each event gives a new state.</summary>
public sealed record Objection(
    Guid Id,
    Guid AssessmentId,
    ObjectionAgainst Against,
    IReadOnlyList<Guid> DecisionMadeBy,
    DateTimeOffset DecidedAt,
    ObjectionStatus Status,
    Guid? HandlerId = null)
{
    public bool IsOpen => Status is ObjectionStatus.Lodged or ObjectionStatus.InHandling;

    /// <summary>Whoever took the decision objected to may not handle the objection: four eyes.</summary>
    public bool TookPartInDecision(Guid person) => DecisionMadeBy.Contains(person);

    /// <summary>The next state after one event; Marten rebuilds it through ObjectionEvolution with this same function.</summary>
    public static Objection? Evolve(Objection? state, object @event) => (state, @event) switch
    {
        (null, ObjectionLodged e) => new Objection(e.ObjectionId, e.AssessmentId, e.Against, e.DecisionMadeBy, e.DecidedAt, ObjectionStatus.Lodged),
        (null, _) => null,
        (_, ObjectionTaken e) => state with { Status = ObjectionStatus.InHandling, HandlerId = e.HandlerId },
        (_, ObjectionUpheld) => state with { Status = ObjectionStatus.Upheld },
        (_, ObjectionDismissed) => state with { Status = ObjectionStatus.Dismissed },
        _ => state,
    };
}
