using Keurmerk.Audits.Assessments;
using Keurmerk.Audits.Organisations;
using Keurmerk.Domain.Signals;
using Marten;

namespace Keurmerk.Audits.Signals;

/// <summary>Looks up what a reporter's KvK number points at, for SignalDecider to judge.</summary>
public static class SignalSubjects
{
    /// <summary>Null when no organisation has this KvK number.</summary>
    public static async Task<SignalSubject?> Find(IQuerySession session, string kvkNumber, CancellationToken ct = default)
    {
        var organisation = await session.Query<Organisation>().FirstOrDefaultAsync(o => o.KvkNumber == kvkNumber, ct);
        if (organisation is null) return null;
        var certificates = await session.Query<AssessmentDetails>()
            .Where(a => a.OrganisationId == organisation.Id && a.CertificateNumber != null)
            .ToListAsync(ct);
        return new SignalSubject(organisation.Id, organisation.Name, organisation.KvkNumber,
            [.. certificates.Select(a => new CertificateHeld(a.Id, a.CertificateNumber!, a.Status, a.ValidUntil!.Value))]);
    }
}
