namespace Keurmerk.Audits.Schools;

/// <summary>A school that follows a host company, to hear when its certificate status changes.</summary>
public sealed record Follow(Guid Id, Guid SchoolUserId, Guid OrganisationId, string KvkNumber, string OrganisationName, DateTimeOffset FollowedAt);
