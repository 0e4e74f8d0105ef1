using JasperFx.Events;
using Keurmerk.Domain;
using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Criteria;
using Marten.Events.Aggregation;

namespace Keurmerk.Audits.Insight;

public enum InsightOutcome { Approved, Rejected, Withdrawn }

/// <summary>
/// One assessment as the network's dashboard counts it: who (sector, size, city, standard version), when each
/// step happened, and which criteria it left unmet or had flagged. Built by the async daemon, never read by a decision.
/// </summary>
public sealed record AssessmentInsight(
    Guid Id,
    Guid OrganisationId,
    string Sector,
    SizeClass SizeClass,
    string City,
    int CriteriaVersion,
    DateTimeOffset StartedAt)
{
    public bool IsRenewal { get; init; }
    public IReadOnlyList<DateTimeOffset> Submissions { get; init; } = [];
    public IReadOnlyList<DateTimeOffset> ReviewStarts { get; init; } = [];
    public IReadOnlyList<DateTimeOffset> ChangesRequests { get; init; } = [];
    public InsightOutcome? Outcome { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
    public DateTimeOffset? CertifiedAt { get; init; }
    public DateTimeOffset? SuspendedAt { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }
    public DateTimeOffset? ExpiredAt { get; init; }

    /// <summary>Criteria whose latest answer does not meet them (a knock-out among them blocks submission).</summary>
    public IReadOnlyList<string> UnmetCriteria { get; init; } = [];

    /// <summary>Criteria an assessor judged "needs change" in any round.</summary>
    public IReadOnlyList<string> FlaggedCriteria { get; init; } = [];

    public bool IsSubmitted => Submissions.Count > 0;
}

/// <summary>
/// Async: the dashboard may lag the decisions by a moment, and the daemon (HotCold) projects it on one node only.
/// Whether an answer meets its criterion is judged on the criteria version the assessment started with, so a
/// rebuild from the events gives the same figures.
/// </summary>
public sealed class AssessmentInsightProjection(CriteriaLibrary criteria) : SingleStreamProjection<AssessmentInsight, Guid>
{
    public override AssessmentInsight? Evolve(AssessmentInsight? insight, Guid id, IEvent e) => (insight, e.Data) switch
    {
        (null, AssessmentStarted s) => new AssessmentInsight(s.AssessmentId, s.OrganisationId, s.Sector, s.SizeClass, s.City,
            s.CriteriaVersion, s.StartedAt),
        (null, _) => null,
        (_, CriterionAnswered a) => insight with { UnmetCriteria = Answer(insight, a.CriterionId, a.Value) },
        (_, AnswersCarriedOver c) => insight with
        {
            IsRenewal = true,
            UnmetCriteria = c.Answers.Aggregate(insight, (i, a) => i with { UnmetCriteria = Answer(i, a.Key, a.Value) }).UnmetCriteria,
        },
        (_, AssessmentSubmitted s) => insight with { Submissions = [.. insight.Submissions, s.SubmittedAt] },
        (_, ReviewStarted r) => insight with { ReviewStarts = [.. insight.ReviewStarts, r.StartedAt] },
        (_, CriterionJudged { Judgement: Judgement.NeedsChange } j) when !insight.FlaggedCriteria.Contains(j.CriterionId) =>
            insight with { FlaggedCriteria = [.. insight.FlaggedCriteria, j.CriterionId] },
        (_, ChangesRequested c) => insight with { ChangesRequests = [.. insight.ChangesRequests, c.RequestedAt] },
        (_, AssessmentApproved a) => insight with { Outcome = InsightOutcome.Approved, DecidedAt = a.DecidedAt },
        (_, AssessmentRejected r) => insight with { Outcome = InsightOutcome.Rejected, DecidedAt = r.DecidedAt },
        (_, AssessmentWithdrawn w) => insight with { Outcome = InsightOutcome.Withdrawn, DecidedAt = w.WithdrawnAt },
        (_, CertificateIssued c) => insight with { CertifiedAt = c.IssuedAt },
        (_, CertificateSuspended s) => insight with { SuspendedAt = insight.SuspendedAt ?? s.SuspendedAt },
        (_, CertificateRevoked r) => insight with { RevokedAt = r.RevokedAt },
        (_, CertificateExpired x) => insight with { ExpiredAt = x.RecordedAt },
        _ => insight,
    };

    private IReadOnlyList<string> Answer(AssessmentInsight insight, string criterionId, string value)
    {
        var criterion = criteria.All.FirstOrDefault(c => c.Version == insight.CriteriaVersion)?.Find(criterionId);
        var met = criterion?.IsMetBy(value) ?? true;
        var unmet = insight.UnmetCriteria.Where(c => c != criterionId);
        return met ? [.. unmet] : [.. unmet, criterionId];
    }
}
