namespace Keurmerk.Web.Features.Transparency;

/// <summary>Wiring for the checkpoints; the job itself is scheduled with the others (JobsSetup), from Transparency:CheckpointCron.</summary>
public static class TransparencySetup
{
    public static void AddTransparency(this IServiceCollection services)
    {
        services.AddSingleton<CheckpointTrees>();
        services.AddTransient<CheckpointPublisher>();
    }
}
