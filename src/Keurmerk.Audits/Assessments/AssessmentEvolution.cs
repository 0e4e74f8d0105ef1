using JasperFx.Events;
using Keurmerk.Domain.Assessments;
using Marten.Events.Aggregation;

namespace Keurmerk.Audits.Assessments;

/// <summary>
/// Tells Marten how to rebuild the decision state: through the domain's own pure Evolve, so the
/// domain assembly needs no Marten source generator. Registered live: it is built when fetched for
/// writing, never stored.
/// </summary>
public sealed class AssessmentEvolution : SingleStreamProjection<Assessment, Guid>
{
    public override Assessment? Evolve(Assessment? snapshot, Guid id, IEvent e) => Assessment.Evolve(snapshot, e.Data);
}
