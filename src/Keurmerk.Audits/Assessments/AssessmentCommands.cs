using Keurmerk.Domain.Assessments;
using Marten;

namespace Keurmerk.Audits.Assessments;

/// <summary>
/// The one path for a change to an assessment: fetch its stream at the version the person saw,
/// let the pure decider choose the events, append them, commit. Inline projections are written in
/// the same transaction. A stale expected version throws Marten's ConcurrencyException.
/// </summary>
public static class AssessmentCommands
{
    public static async Task<long> Decide(
        this IDocumentSession session,
        Guid assessmentId,
        long? expectedVersion,
        Func<Assessment, object[]> decide,
        Action<IDocumentSession>? alongside = null,
        CancellationToken ct = default)
    {
        var stream = expectedVersion is { } version
            ? await session.Events.FetchForWriting<Assessment>(assessmentId, version, ct)
            : await session.Events.FetchForWriting<Assessment>(assessmentId, ct);
        if (stream.Aggregate is null) throw new KeyNotFoundException($"Assessment {assessmentId} does not exist.");

        var events = decide(stream.Aggregate);
        if (events.Length == 0) return stream.CurrentVersion ?? 0;

        stream.AppendMany(events);
        alongside?.Invoke(session);
        await session.SaveChangesAsync(ct);
        return (stream.StartingVersion ?? 0) + events.Length;
    }

    /// <summary>
    /// A renewal writes two streams in one transaction: the mark on the certified assessment (so a
    /// second start is refused or conflicts) and the new assessment, with copies of the evidence files.
    /// </summary>
    public static async Task Renew(
        this IDocumentSession session,
        Guid previousId,
        long? expectedVersion,
        Func<Assessment, RenewalDecision> decide,
        CancellationToken ct = default)
    {
        var previous = expectedVersion is { } version
            ? await session.Events.FetchForWriting<Assessment>(previousId, version, ct)
            : await session.Events.FetchForWriting<Assessment>(previousId, ct);
        if (previous.Aggregate is null) throw new KeyNotFoundException($"Assessment {previousId} does not exist.");

        var decision = decide(previous.Aggregate);
        previous.AppendMany(decision.OnPrevious);
        var renewal = (AssessmentStarted)decision.OnRenewal[0];
        session.Events.StartStream<Assessment>(renewal.AssessmentId, decision.OnRenewal);
        foreach (var carried in decision.OnRenewal.OfType<AnswersCarriedOver>().SelectMany(c => c.Evidence))
        {
            var source = await session.LoadAsync<EvidenceContent>(carried.SourceEvidenceId, ct)
                ?? throw new InvalidOperationException($"Evidence {carried.SourceEvidenceId} has no stored content.");
            session.Store(new EvidenceContent(carried.EvidenceId, renewal.AssessmentId, source.Data));
        }
        await session.SaveChangesAsync(ct);
    }

    public static async Task Start(this IDocumentSession session, AssessmentStarted started, CancellationToken ct = default)
    {
        session.Events.StartStream<Assessment>(started.AssessmentId, started);
        await session.SaveChangesAsync(ct);
    }
}
