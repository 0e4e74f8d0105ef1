using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Signals;
using Marten;

namespace Keurmerk.Audits.Signals;

/// <summary>
/// The one path for a change to a signal. A measure on the certificate appends to two streams, the
/// signal's and the assessment's, in one transaction: the register (inline) changes with it, or neither does.
/// </summary>
public static class SignalCommands
{
    public static async Task Raise(this IDocumentSession session, SignalRaised raised, CancellationToken ct = default)
    {
        session.Events.StartStream<Signal>(raised.SignalId, raised);
        await session.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Fetches the signal at the version the person saw and its certificate as it is now, lets the pure
    /// decider choose, appends, commits. A stale version throws Marten's ConcurrencyException; so does a
    /// certificate changed between this fetch and the commit.
    /// </summary>
    public static async Task DecideOnSignal(
        this IDocumentSession session,
        Guid signalId,
        long? expectedVersion,
        Func<Signal, Assessment, SignalDecision> decide,
        CancellationToken ct = default)
    {
        var signal = expectedVersion is { } version
            ? await session.Events.FetchForWriting<Signal>(signalId, version, ct)
            : await session.Events.FetchForWriting<Signal>(signalId, ct);
        if (signal.Aggregate is null) throw new KeyNotFoundException($"Signal {signalId} does not exist.");
        var certificate = await session.Events.FetchForWriting<Assessment>(signal.Aggregate.AssessmentId, ct);
        if (certificate.Aggregate is null) throw new InvalidOperationException($"Signal {signalId} concerns a missing assessment.");

        var decision = decide(signal.Aggregate, certificate.Aggregate);
        if (decision.SignalEvents.Length == 0 && decision.CertificateEvents.Length == 0) return;
        signal.AppendMany(decision.SignalEvents);
        if (decision.CertificateEvents.Length > 0) certificate.AppendMany(decision.CertificateEvents);
        await session.SaveChangesAsync(ct);
    }

    /// <summary>For the steps that touch only the signal itself.</summary>
    public static Task DecideOnSignal(this IDocumentSession session, Guid signalId, long? expectedVersion,
        Func<Signal, Assessment, object[]> decide, CancellationToken ct = default) =>
        session.DecideOnSignal(signalId, expectedVersion, (s, a) => new SignalDecision(decide(s, a), []), ct);
}
