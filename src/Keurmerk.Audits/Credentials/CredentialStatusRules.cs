using Keurmerk.Domain.Assessments;
using Marten;
using Marten.Services;
using System.Security.Cryptography;

namespace Keurmerk.Audits.Credentials;

/// <summary>
/// Keeps each certificate's credential record in step with its events, in the same unit of work: an
/// issued certificate gets a random, unused position in the status lists; a suspension, reinstatement or
/// revocation flips its bit. Expiry needs no bit: the credential carries validUntil.
/// </summary>
public sealed class CredentialStatusRules(TimeProvider clock) : DocumentSessionListenerBase
{
    public override async Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        var changed = new Dictionary<Guid, CertificateCredential>();
        foreach (var stream in session.PendingChanges.Streams())
            foreach (var e in stream.Events)
            {
                if (e.Data is not (CertificateIssued or CertificateSuspended or CertificateReinstated or CertificateRevoked)) continue;
                var (assessmentId, number) = e.Data switch
                {
                    CertificateIssued c => (c.AssessmentId, c.CertificateNumber),
                    CertificateSuspended s => (s.AssessmentId, s.CertificateNumber),
                    CertificateReinstated r => (r.AssessmentId, r.CertificateNumber),
                    CertificateRevoked r => (r.AssessmentId, r.CertificateNumber),
                    _ => throw new InvalidOperationException(),
                };
                var credential = changed.GetValueOrDefault(assessmentId)
                    ?? await session.LoadAsync<CertificateCredential>(assessmentId, token)
                    // Certificates issued before credentials existed get their record at their first status change.
                    ?? await Allocate(session, assessmentId, number, changed.Values, token);
                changed[assessmentId] = e.Data switch
                {
                    CertificateSuspended => credential with { Suspended = true },
                    CertificateReinstated => credential with { Suspended = false },
                    CertificateRevoked => credential with { Revoked = true, Suspended = false },
                    _ => credential,
                };
            }
        foreach (var credential in changed.Values) session.Store(credential);
    }

    /// <summary>
    /// A random position nobody holds (random, so a list reveals nothing about issue order). The unique
    /// index on the position is the backstop for two allocations racing to the same one.
    /// </summary>
    public async Task<CertificateCredential> Allocate(IQuerySession session, Guid assessmentId, string number,
        IEnumerable<CertificateCredential> pending, CancellationToken ct)
    {
        var taken = pending.Select(p => p.StatusListIndex).ToHashSet();
        for (var attempt = 0; attempt < 64; attempt++)
        {
            var index = RandomNumberGenerator.GetInt32(StatusLists.Length);
            if (taken.Contains(index) || await session.Query<CertificateCredential>().AnyAsync(c => c.StatusListIndex == index, ct)) continue;
            return new CertificateCredential(assessmentId, number, index, Suspended: false, Revoked: false, clock.GetUtcNow());
        }
        throw new InvalidOperationException("The status lists are too full to allocate a position at random; a new list length is needed.");
    }

    public static void Configure(StoreOptions options, TimeProvider clock)
    {
        options.Listeners.Add(new CredentialStatusRules(clock));
        // Composing a list reads only the set bits, through these indexes.
        options.Schema.For<CertificateCredential>()
            .UniqueIndex(c => c.StatusListIndex)
            .Index(c => c.Suspended)
            .Index(c => c.Revoked)
            .Index(c => c.CertificateNumber);
    }
}
