using Keurmerk.Audits.Assessments;
using Marten;

namespace Keurmerk.Web.Features.AuditLog;

/// <summary>
/// Which assessment a stream is about. An assessment's stream is the assessment itself; any other
/// stream (an objection, a signal) names its assessment in its first event's AssessmentId. So the log
/// can show, filter on and link to the organisation's assessment for every stream, whatever its kind.
/// </summary>
public static class StreamAssessments
{
    private const string AssessmentIdField = "AssessmentId";

    public static async Task<Dictionary<Guid, AssessmentDetails>> Resolve(IQuerySession session, IReadOnlyCollection<Guid> streamIds, CancellationToken ct)
    {
        var result = (await session.LoadManyAsync<AssessmentDetails>(ct, streamIds)).ToDictionary(a => a.Id);
        var others = streamIds.Where(id => !result.ContainsKey(id)).ToArray();
        if (others.Length == 0) return result;

        var firstEvents = await session.Events.QueryAllRawEvents()
            .Where(e => e.StreamId.IsOneOf(others) && e.Version == 1)
            .ToListAsync(ct);
        var named = firstEvents
            .Select(e => (e.StreamId, AssessmentId: e.Data.GetType().GetProperty(AssessmentIdField)?.GetValue(e.Data) as Guid?))
            .Where(x => x.AssessmentId is not null)
            .ToList();
        var assessments = (await session.LoadManyAsync<AssessmentDetails>(ct, named.Select(x => x.AssessmentId!.Value).Distinct()))
            .ToDictionary(a => a.Id);
        foreach (var (streamId, assessmentId) in named)
            if (assessments.TryGetValue(assessmentId!.Value, out var assessment)) result[streamId] = assessment;
        return result;
    }

    /// <summary>A SQL condition on mt_events: the event's stream is about one of the assessments (parameter ?, their ids as text[]).</summary>
    public static string SqlCondition(string schema) =>
        $"stream_id in (select s.stream_id from {schema}.mt_events s where s.version = 1 and s.data ->> '{AssessmentIdField}' = any(?))";
}
