using JasperFx.Events;
using Keurmerk.Domain;
using Keurmerk.Domain.Assessments;
using Marten.Events.Aggregation;

namespace Keurmerk.Audits.Register;

/// <summary>Builds the public register entry of an assessment from the moment its certificate is issued.</summary>
public sealed class RegisterProjection : SingleStreamProjection<RegisterEntry, Guid>
{
    /// <summary>The events that change the register (and with it RegisterVersion): nothing else is read.</summary>
    public static readonly Type[] EventTypes =
        [typeof(CertificateIssued), typeof(CertificateSuspended), typeof(CertificateReinstated), typeof(CertificateRevoked), typeof(CertificateExpired)];

    // Evolve hides which events matter; named here, a rebuild reads only these instead of every event.
    public RegisterProjection() => IncludedEventTypes.AddRange(EventTypes);

    private static DateOnly DateOf(DateTimeOffset moment) => DutchCalendar.DateOf(moment);

    public override RegisterEntry? Evolve(RegisterEntry? entry, Guid id, IEvent e) => (entry, e.Data) switch
    {
        (null, CertificateIssued c) => new RegisterEntry(
            c.AssessmentId, c.CertificateNumber, c.OrganisationId, c.OrganisationName, c.KvkNumber, c.City, c.Sector,
            c.CriteriaVersion, c.ValidFrom, c.ValidUntil, CertificateStatus.Certified, PublicReason: null,
            [new StatusChange(c.ValidFrom, CertificateStatus.Certified, null)]),
        (null, _) => null,
        (_, CertificateSuspended s) => entry.Change(CertificateStatus.Suspended, DateOf(s.SuspendedAt), null),
        (_, CertificateReinstated r) => entry.Change(CertificateStatus.Certified, DateOf(r.ReinstatedAt), null),
        (_, CertificateRevoked r) => entry.Change(CertificateStatus.Revoked, DateOf(r.RevokedAt), r.PublicReason.ToString()),
        (_, CertificateExpired x) => entry.Change(CertificateStatus.Expired, x.ExpiredOn, null),
        _ => entry,
    };
}
