using JasperFx.Events;
using Keurmerk.Domain.Objections;
using Marten.Events.Aggregation;

namespace Keurmerk.Audits.Objections;

/// <summary>
/// Tells Marten how to rebuild an objection's decision state: through the domain's own pure Evolve.
/// Registered live: built when fetched for writing, never stored.
/// </summary>
public sealed class ObjectionEvolution : SingleStreamProjection<Objection, Guid>
{
    public override Objection? Evolve(Objection? snapshot, Guid id, IEvent e) => Objection.Evolve(snapshot, e.Data);
}
