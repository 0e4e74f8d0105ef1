using Hangfire;
using Keurmerk.Audits.Notifications;
using Marten;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Keurmerk.Web.Infrastructure.Operations;

/// <summary>
/// /health (the database answers: kept for existing monitors), /health/live (the process answers) and
/// /health/ready (database, job storage and outbox backlog: may this instance take traffic).
/// </summary>
public static class HealthEndpoints
{
    private const string Ready = "ready";

    public static IServiceCollection AddKeurmerkHealthChecks(this IServiceCollection services, string connectionString, bool jobsEnabled)
    {
        var checks = services.AddHealthChecks()
            .AddCheck("database", new DatabaseCheck(connectionString), tags: [Ready])
            .AddCheck<OutboxBacklogCheck>("outbox", tags: [Ready]);
        if (jobsEnabled) checks.AddCheck<JobStorageCheck>("jobs", tags: [Ready]);
        return services;
    }

    public static void MapKeurmerkHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            Predicate = c => c.Name == "database",
            ResponseWriter = (context, report) => context.Response.WriteAsync(report.Status == HealthStatus.Healthy ? "ok" : "database unavailable"),
        });
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteJson });
    }

    /// <summary>Each check's status and a short reason; no exception texts, no connection strings.</summary>
    private static Task WriteJson(HttpContext context, HealthReport report) => context.Response.WriteAsJsonAsync(new
    {
        status = report.Status.ToString(),
        checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
    });

    private sealed class DatabaseCheck(string connectionString) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
        {
            try
            {
                await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 3 }.ConnectionString);
                await connection.OpenAsync(ct);
                await using var command = new NpgsqlCommand("select 1", connection);
                await command.ExecuteScalarAsync(ct);
                return HealthCheckResult.Healthy("The database answers.");
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                return HealthCheckResult.Unhealthy("The database does not answer.");
            }
        }
    }

    private sealed class JobStorageCheck(JobStorage storage) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
        {
            try
            {
                using var connection = storage.GetConnection();
                var recurring = connection.GetAllItemsFromSet("recurring-jobs");
                return Task.FromResult(HealthCheckResult.Healthy($"Job storage answers; {recurring.Count} recurring jobs."));
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                return Task.FromResult(HealthCheckResult.Unhealthy("Job storage does not answer."));
            }
        }
    }

    /// <summary>
    /// Mail that should have gone out a while ago and has not: the delivery job runs every minute, so
    /// more than a threshold of overdue messages means jobs or the mail server are stuck. Counted with a
    /// limit, never a full count.
    /// </summary>
    private sealed class OutboxBacklogCheck(IDocumentStore store, TimeProvider clock, IConfiguration configuration) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
        {
            var threshold = configuration.GetValue("Health:OutboxBacklogThreshold", 100);
            var overdueAfter = TimeSpan.FromMinutes(configuration.GetValue("Health:OutboxOverdueMinutes", 15));
            var cutoff = clock.GetUtcNow() - overdueAfter;
            try
            {
                await using var session = store.QuerySession();
                var overdue = await session.Query<Notification>()
                    .Where(n => n.SentAt == null && n.NextAttemptAt <= cutoff)
                    .Select(n => n.Id).Take(threshold + 1).ToListAsync(ct);
                return overdue.Count > threshold
                    ? HealthCheckResult.Unhealthy($"More than {threshold} notifications overdue by {overdueAfter.TotalMinutes:0} minutes.")
                    : HealthCheckResult.Healthy($"{overdue.Count} notifications overdue (threshold {threshold}).");
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                return HealthCheckResult.Unhealthy("The outbox cannot be read.");
            }
        }
    }
}
