namespace Keurmerk.Web.Features.Insight;

public static class InsightSetup
{
    /// <summary>The dashboard's reader; the projections themselves are registered with the store (KeurmerkStore).</summary>
    public static IServiceCollection AddInsight(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<InsightReader>();
        return services;
    }
}
