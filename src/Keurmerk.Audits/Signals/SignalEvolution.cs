using JasperFx.Events;
using Keurmerk.Domain.Signals;
using Marten.Events.Aggregation;

namespace Keurmerk.Audits.Signals;

/// <summary>
/// Rebuilds a signal's decision state through the domain's own pure Evolve, like AssessmentEvolution.
/// Registered live: built when fetched for writing, never stored.
/// </summary>
public sealed class SignalEvolution : SingleStreamProjection<Signal, Guid>
{
    public override Signal? Evolve(Signal? snapshot, Guid id, IEvent e) => Signal.Evolve(snapshot, e.Data);
}
