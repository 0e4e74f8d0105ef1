namespace Keurmerk.Domain.Signals;

public enum SignalStatus
{
    Open,
    /// <summary>The assessor asked the employer a question that is not answered yet.</summary>
    AwaitingResponse,
    Closed,
}

/// <summary>What decisions about a signal need to know, rebuilt from its events. Immutable.</summary>
public sealed record Signal(
    Guid Id,
    string Reference,
    Guid AssessmentId,
    Guid OrganisationId,
    SignalStatus Status,
    bool SuspensionInForce = false)
{
    /// <summary>
    /// The next state after one event. One function rather than Create/Apply methods, so Marten
    /// rebuilds it through SignalEvolution without conventions (Marten 9 refuses to mix the two).
    /// </summary>
    public static Signal? Evolve(Signal? state, object @event) => (state, @event) switch
    {
        (null, SignalRaised e) => new Signal(e.SignalId, e.Reference, e.AssessmentId, e.OrganisationId, SignalStatus.Open),
        (null, _) => null,
        (_, SignalDismissed) => state with { Status = SignalStatus.Closed },
        (_, EmployerResponseRequested) => state with { Status = SignalStatus.AwaitingResponse },
        (_, EmployerResponded) => state with { Status = SignalStatus.Open },
        (_, SignalActionTaken { Action: CertificateAction.Suspend }) => state with { SuspensionInForce = true },
        (_, SignalActionTaken { Action: CertificateAction.Reinstate }) => state with { SuspensionInForce = false },
        // A revoked certificate leaves nothing more to decide on this signal.
        (_, SignalActionTaken { Action: CertificateAction.Revoke }) => state with { Status = SignalStatus.Closed, SuspensionInForce = false },
        _ => state,
    };

    public bool IsClosed => Status == SignalStatus.Closed;

    /// <summary>The short reference a reporter gets as acknowledgement: from the random end of the id, so it does not reveal when it was raised.</summary>
    public static string ReferenceFor(Guid signalId) => "SIG-" + signalId.ToString("N")[^8..].ToUpperInvariant();
}
