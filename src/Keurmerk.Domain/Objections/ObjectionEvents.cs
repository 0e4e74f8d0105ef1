namespace Keurmerk.Domain.Objections;

/// <summary>The kind of decision an employer objects to.</summary>
public enum ObjectionAgainst { Rejection, Suspension, Revocation }

/// <summary>A file sent with an objection; its bytes are stored beside the event, checked by content like evidence.</summary>
public sealed record ObjectionFileRef(Guid FileId, string FileName, string ContentType, long SizeInBytes, string Sha256);

// An objection's history, on a stream of its own. Each event is a past-tense fact with who and when.

/// <summary>
/// The employer objects to a decision. The decision is identified by its kind and moment; the people
/// who took it are recorded here, since none of them may handle the objection.
/// </summary>
public sealed record ObjectionLodged(
    Guid ObjectionId,
    Guid AssessmentId,
    Guid OrganisationId,
    string OrganisationName,
    ObjectionAgainst Against,
    IReadOnlyList<Guid> DecisionMadeBy,
    DateTimeOffset DecidedAt,
    string Motivation,
    IReadOnlyList<ObjectionFileRef> Files,
    Guid LodgedBy,
    DateTimeOffset LodgedAt);

public sealed record ObjectionTaken(Guid ObjectionId, Guid HandlerId, DateTimeOffset TakenAt);

public sealed record ObjectionUpheld(Guid ObjectionId, string Reasons, Guid UpheldBy, DateTimeOffset UpheldAt);

public sealed record ObjectionDismissed(Guid ObjectionId, string Reasons, Guid DismissedBy, DateTimeOffset DismissedAt);
