using JasperFx.Events;
using Keurmerk.Domain.Objections;
using Marten.Events.Aggregation;

namespace Keurmerk.Audits.Insight;

public enum ObjectionOutcome { Open, Upheld, Dismissed }

/// <summary>An objection as the dashboard counts it: against what, how long after the decision, and its outcome.</summary>
public sealed record ObjectionInsight(
    Guid Id,
    Guid OrganisationId,
    ObjectionAgainst Against,
    DateTimeOffset DecidedAt,
    DateTimeOffset LodgedAt,
    ObjectionOutcome Outcome,
    DateTimeOffset? ClosedAt);

public sealed class ObjectionInsightProjection : SingleStreamProjection<ObjectionInsight, Guid>
{
    public override ObjectionInsight? Evolve(ObjectionInsight? insight, Guid id, IEvent e) => (insight, e.Data) switch
    {
        (null, ObjectionLodged l) => new ObjectionInsight(l.ObjectionId, l.OrganisationId, l.Against, l.DecidedAt, l.LodgedAt,
            ObjectionOutcome.Open, null),
        (null, _) => null,
        (_, ObjectionUpheld u) => insight with { Outcome = ObjectionOutcome.Upheld, ClosedAt = u.UpheldAt },
        (_, ObjectionDismissed d) => insight with { Outcome = ObjectionOutcome.Dismissed, ClosedAt = d.DismissedAt },
        _ => insight,
    };
}
