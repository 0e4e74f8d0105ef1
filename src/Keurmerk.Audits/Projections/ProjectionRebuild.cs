using JasperFx.Events.Projections;
using Marten;
using System.Diagnostics;

namespace Keurmerk.Audits.Projections;

public sealed record ProjectionRebuilt(string Name, ProjectionLifecycle Lifecycle, TimeSpan Took);

public sealed record RebuildReport(long Streams, long Events, IReadOnlyList<ProjectionRebuilt> Projections)
{
    public TimeSpan Took => Projections.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.Took);

    public static double PerSecond(long count, TimeSpan took) => took.TotalSeconds > 0 ? count / took.TotalSeconds : count;

    public string ToText() => string.Join(Environment.NewLine,
        [
            .. Projections.Select(p => $"{p.Name} ({p.Lifecycle.ToString().ToLowerInvariant()}): {p.Took.TotalSeconds:F1} s, {PerSecond(Streams, p.Took):F0} streams/s"),
            $"All {Projections.Count} projections rebuilt from {Events} events in {Streams} streams: {Took.TotalSeconds:F1} s, {PerSecond(Streams, Took):F0} streams/s",
        ]);
}

/// <summary>
/// Rebuilds every stored projection (inline and async; live ones are never stored) from the events,
/// one after the other, with Marten's own rebuild: it clears the projection's documents and replays
/// the event log through it. Whatever projection is registered in KeurmerkStore is included.
/// </summary>
public static class ProjectionRebuild
{
    public static IReadOnlyList<string> StoredProjections(DocumentStore store) =>
        [.. store.Options.Projections.All.Where(p => p.Lifecycle != ProjectionLifecycle.Live).Select(p => p.Name)];

    public static async Task<RebuildReport> RebuildAll(DocumentStore store, Action<ProjectionRebuilt>? progress = null, CancellationToken ct = default)
    {
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        long streams, events;
        await using (var session = store.QuerySession())
        {
            var schema = store.Options.Events.DatabaseSchemaName;
            // Read once for the report, not on any hot path.
            streams = (await session.QueryAsync<long>($"select count(*) from {schema}.mt_streams", ct)).Single();
            events = (await session.QueryAsync<long>($"select count(*) from {schema}.mt_events", ct)).Single();
        }

        var done = new List<ProjectionRebuilt>();
        using var daemon = await store.BuildProjectionDaemonAsync();
        foreach (var projection in store.Options.Projections.All.Where(p => p.Lifecycle != ProjectionLifecycle.Live))
        {
            var watch = Stopwatch.StartNew();
            await daemon.RebuildProjectionAsync(projection.Name, TimeSpan.FromHours(1), ct);
            var rebuilt = new ProjectionRebuilt(projection.Name, projection.Lifecycle, watch.Elapsed);
            done.Add(rebuilt);
            progress?.Invoke(rebuilt);
        }
        return new RebuildReport(streams, events, done);
    }
}
