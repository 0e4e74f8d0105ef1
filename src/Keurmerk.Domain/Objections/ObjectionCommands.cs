namespace Keurmerk.Domain.Objections;

// What a person asks of an objection. Each carries who asks and the time from an injected clock.

/// <summary>An employer objects to the decision its assessment is now under; OrganisationId is the lodger's own organisation.</summary>
public sealed record LodgeObjection(
    Guid ObjectionId,
    string Motivation,
    IReadOnlyList<ObjectionFileRef> Files,
    Guid OrganisationId,
    Guid By,
    DateTimeOffset Now);

public sealed record TakeObjection(Guid By, DateTimeOffset Now);

public sealed record UpholdObjection(string Reasons, Guid By, DateTimeOffset Now);

public sealed record DismissObjection(string Reasons, Guid By, DateTimeOffset Now);

/// <summary>An objection already lodged against the same assessment, as far as a new one needs to know.</summary>
public sealed record EarlierObjection(Guid ObjectionId, ObjectionAgainst Against, DateTimeOffset DecidedAt, bool IsOpen);
