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

    public static async Task Start(this IDocumentSession session, AssessmentStarted started, CancellationToken ct = default)
    {
        session.Events.StartStream<Assessment>(started.AssessmentId, started);
        await session.SaveChangesAsync(ct);
    }
}
