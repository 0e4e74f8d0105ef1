using JasperFx.Events.Projections;
using Keurmerk.Domain.Criteria;
using Marten;

namespace Keurmerk.Audits.Insight;

/// <summary>
/// The dashboard's projections. Async, unlike the rest: the async daemon (HotCold, so only one app instance
/// projects at a time) builds them after the decision's transaction, and they are rebuilt from the events
/// like any other registered projection.
/// </summary>
public static class InsightStore
{
    public static readonly string[] ProjectionNames = [nameof(AssessmentInsight), nameof(SignalInsight), nameof(ObjectionInsight)];

    public static void Configure(StoreOptions options, CriteriaLibrary criteria)
    {
        options.Projections.Add(new AssessmentInsightProjection(criteria), ProjectionLifecycle.Async);
        options.Projections.Add(new SignalInsightProjection(), ProjectionLifecycle.Async);
        options.Projections.Add(new ObjectionInsightProjection(), ProjectionLifecycle.Async);
        options.Schema.For<AssessmentInsight>().Index(i => i.StartedAt).Index(i => i.Sector).Index(i => i.City);
        options.Schema.For<SignalInsight>().Index(i => i.RaisedAt);
        options.Schema.For<ObjectionInsight>().Index(i => i.LodgedAt);
    }
}
