using Keurmerk.Audits.Assessments;
using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Objections;
using Marten;

namespace Keurmerk.Audits.Objections;

/// <summary>
/// The paths for a change to an objection: read what the pure decider needs, let it choose the events,
/// append, commit once. Files and the reinstatement of a certificate commit in that same transaction.
/// </summary>
public static class ObjectionCommands
{
    /// <summary>Starts the objection's stream and stores its files, or (on a refusal) nothing at all.</summary>
    public static async Task<Guid> Lodge(
        this IDocumentSession session,
        Guid assessmentId,
        LodgeObjection command,
        IEnumerable<EvidenceContent> files,
        CancellationToken ct = default)
    {
        var assessment = await session.Events.FetchLatest<Assessment>(assessmentId, ct)
            ?? throw new KeyNotFoundException($"Assessment {assessmentId} does not exist.");
        var earlier = await session.EarlierObjections(assessmentId, ct);
        var lodged = (ObjectionLodged)ObjectionDecider.Decide(assessment, earlier, command).Single();

        session.Events.StartStream<Objection>(lodged.ObjectionId, lodged);
        session.Store([.. files]);
        await session.SaveChangesAsync(ct);
        return lodged.ObjectionId;
    }

    public static async Task<IReadOnlyList<EarlierObjection>> EarlierObjections(this IQuerySession session, Guid assessmentId, CancellationToken ct = default) =>
        (await session.Query<ObjectionDetails>().Where(o => o.AssessmentId == assessmentId).ToListAsync(ct)).Select(o => o.AsEarlier()).ToList();

    /// <summary>Take or dismiss: a change to the objection's stream alone. A stale expected version throws ConcurrencyException.</summary>
    public static async Task DecideObjection(
        this IDocumentSession session,
        Guid objectionId,
        long expectedVersion,
        Func<Objection, object[]> decide,
        CancellationToken ct = default)
    {
        var stream = await session.Events.FetchForWriting<Objection>(objectionId, expectedVersion, ct);
        if (stream.Aggregate is null) throw new KeyNotFoundException($"Objection {objectionId} does not exist.");
        var events = decide(stream.Aggregate);
        if (events.Length == 0) return;
        stream.AppendMany(events);
        await session.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Upholds the objection and, for a suspension still in force, reinstates the certificate: two streams,
    /// one SaveChanges, so the register never shows one without the other.
    /// </summary>
    public static async Task Uphold(
        this IDocumentSession session,
        Guid objectionId,
        long expectedVersion,
        UpholdObjection command,
        CancellationToken ct = default)
    {
        var objection = await session.Events.FetchForWriting<Objection>(objectionId, expectedVersion, ct);
        if (objection.Aggregate is null) throw new KeyNotFoundException($"Objection {objectionId} does not exist.");
        objection.AppendMany(ObjectionDecider.Decide(objection.Aggregate, command));

        var assessment = await session.Events.FetchForWriting<Assessment>(objection.Aggregate.AssessmentId, ct);
        var consequences = ObjectionDecider.ConsequencesOfUpholding(objection.Aggregate, assessment.Aggregate!, command);
        if (consequences.Length > 0) assessment.AppendMany(consequences);
        await session.SaveChangesAsync(ct);
    }
}
