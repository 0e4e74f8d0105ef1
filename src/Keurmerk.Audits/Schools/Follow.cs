using System.Security.Cryptography;

namespace Keurmerk.Audits.Schools;

/// <summary>A school that follows a host company, to hear when its certificate status changes.</summary>
public sealed record Follow(Guid Id, Guid SchoolUserId, Guid OrganisationId, string KvkNumber, string OrganisationName, DateTimeOffset FollowedAt)
{
    /// <summary>
    /// The same id for the same school and organisation, every time: following twice (two tabs, a double
    /// click) writes the one document again instead of adding a second.
    /// </summary>
    public static Guid IdFor(Guid schoolUserId, Guid organisationId)
    {
        var hash = SHA256.HashData([.. schoolUserId.ToByteArray(), .. organisationId.ToByteArray()]);
        return new Guid(hash.AsSpan(0, 16));
    }
}
