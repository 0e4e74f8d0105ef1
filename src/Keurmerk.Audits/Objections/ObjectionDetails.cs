using Keurmerk.Domain.Objections;

namespace Keurmerk.Audits.Objections;

/// <summary>The outcome of an objection: upheld or dismissed, with the reasons, by whom and when.</summary>
public sealed record ObjectionOutcome(bool Upheld, string Reasons, Guid DecidedBy, DateTimeOffset DecidedAt);

/// <summary>
/// The current view of one objection, kept inline: written in the same transaction as its events, so
/// the page after a save shows that save.
/// </summary>
public sealed record ObjectionDetails(
    Guid Id,
    Guid AssessmentId,
    Guid OrganisationId,
    string OrganisationName,
    ObjectionAgainst Against,
    IReadOnlyList<Guid> DecisionMadeBy,
    DateTimeOffset DecidedAt,
    string Motivation,
    IReadOnlyList<ObjectionFileRef> Files,
    Guid LodgedBy,
    DateTimeOffset LodgedAt,
    ObjectionStatus Status)
{
    /// <summary>The stream version this view reflects; forms send it back as their expected version.</summary>
    public long Version { get; set; }

    /// <summary>
    /// One objection per decision: a unique index on this key stops a double-clicked form from lodging
    /// two, even when both requests pass the domain's check at the same moment.
    /// </summary>
    public string DecisionKey { get; init; } = "";

    public Guid? HandlerId { get; init; }
    public DateTimeOffset? TakenAt { get; init; }
    public ObjectionOutcome? Outcome { get; init; }

    public bool IsOpen => Status is ObjectionStatus.Lodged or ObjectionStatus.InHandling;

    public EarlierObjection AsEarlier() => new(Id, Against, DecidedAt, IsOpen);

    public static string KeyOf(Guid assessmentId, ObjectionAgainst against, DateTimeOffset decidedAt) =>
        $"{assessmentId:N}/{against}/{decidedAt.UtcTicks}";

    public static ObjectionDetails Create(ObjectionLodged e) => new(
        e.ObjectionId, e.AssessmentId, e.OrganisationId, e.OrganisationName, e.Against, e.DecisionMadeBy, e.DecidedAt,
        e.Motivation, e.Files, e.LodgedBy, e.LodgedAt, ObjectionStatus.Lodged)
    {
        DecisionKey = KeyOf(e.AssessmentId, e.Against, e.DecidedAt),
    };

    public ObjectionDetails Apply(ObjectionTaken e) => this with { Status = ObjectionStatus.InHandling, HandlerId = e.HandlerId, TakenAt = e.TakenAt };

    public ObjectionDetails Apply(ObjectionUpheld e) => this with
    {
        Status = ObjectionStatus.Upheld,
        Outcome = new ObjectionOutcome(true, e.Reasons, e.UpheldBy, e.UpheldAt),
    };

    public ObjectionDetails Apply(ObjectionDismissed e) => this with
    {
        Status = ObjectionStatus.Dismissed,
        Outcome = new ObjectionOutcome(false, e.Reasons, e.DismissedBy, e.DismissedAt),
    };
}
