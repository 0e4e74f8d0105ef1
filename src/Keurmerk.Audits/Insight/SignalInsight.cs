using JasperFx.Events;
using Keurmerk.Domain.Signals;
using Marten.Events.Aggregation;

namespace Keurmerk.Audits.Insight;

/// <summary>What came of a signal, as the dashboard counts it: the strongest step taken so far.</summary>
public enum SignalOutcome { Open, ResponseAsked, Dismissed, Suspended, Revoked }

public sealed record SignalInsight(Guid Id, Guid OrganisationId, SignalCategory Category, DateTimeOffset RaisedAt, SignalOutcome Outcome);

public sealed class SignalInsightProjection : SingleStreamProjection<SignalInsight, Guid>
{
    public override SignalInsight? Evolve(SignalInsight? insight, Guid id, IEvent e) => (insight, e.Data) switch
    {
        (null, SignalRaised r) => new SignalInsight(r.SignalId, r.OrganisationId, r.Category, r.RaisedAt, SignalOutcome.Open),
        (null, _) => null,
        (_, EmployerResponseRequested) when insight.Outcome == SignalOutcome.Open => insight with { Outcome = SignalOutcome.ResponseAsked },
        (_, SignalDismissed) when insight.Outcome is SignalOutcome.Open or SignalOutcome.ResponseAsked => insight with { Outcome = SignalOutcome.Dismissed },
        (_, SignalActionTaken { Action: CertificateAction.Revoke }) => insight with { Outcome = SignalOutcome.Revoked },
        (_, SignalActionTaken { Action: CertificateAction.Suspend }) when insight.Outcome != SignalOutcome.Revoked =>
            insight with { Outcome = SignalOutcome.Suspended },
        _ => insight,
    };
}
