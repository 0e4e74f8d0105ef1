using Hangfire.PostgreSql;
using JasperFx;
using Keurmerk.Web.Infrastructure.Jobs;
using Marten;
using Microsoft.AspNetCore.DataProtection;
using Npgsql;
using Weasel.Core;

namespace Keurmerk.Web.Infrastructure.Operations;

/// <summary>
/// Who changes the database schema. Development and tests create what they need at start-up. Everywhere
/// else the app never does (Marten runs with AutoCreate.None, Hangfire does not install itself): an
/// operator runs <c>db-apply</c>, which reports and applies the pending changes, and an instance refuses
/// to start while any are left.
/// </summary>
public static class DatabaseSchema
{
    public const string ApplyCommand = "db-apply";

    /// <summary>True where the app may change the schema itself: Development and the test environment, unless set.</summary>
    public static bool AppliesOnStartup(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue("Keurmerk:ApplySchemaOnStartup", environment.IsDevelopment() || environment.IsEnvironment("Testing"));

    public static AutoCreate AutoCreateFor(IConfiguration configuration, IHostEnvironment environment) =>
        AppliesOnStartup(configuration, environment) ? AutoCreate.CreateOrUpdate : AutoCreate.None;

    public static bool IsApplyRequested(string[] args) => args.Contains(ApplyCommand);

    /// <summary>
    /// At start-up: apply (Development, tests) or check that nothing is pending (elsewhere).
    /// Runs before anything else touches the database.
    /// </summary>
    public static async Task Prepare(WebApplication app)
    {
        if (AppliesOnStartup(app.Configuration, app.Environment))
        {
            await Apply(app.Services, app.Configuration, TextWriter.Null);
            return;
        }
        List<string> pending;
        try
        {
            pending = await Pending(app.Services.GetRequiredService<IDocumentStore>());
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            // No database yet: start anyway and say so on /health/ready; the check runs again at the next start.
            app.Logger.LogWarning("Could not check the database schema at start-up: {Error}", e.Message);
            return;
        }
        if (pending.Count > 0)
            throw new InvalidOperationException(
                $"The database schema is behind this version of the app ({string.Join(", ", pending)}). " +
                $"Run `dotnet Keurmerk.Web.dll {ApplyCommand}` (or `dotnet run --project src/Keurmerk.Web -- {ApplyCommand}`) first.");
    }

    /// <summary>The command: reports what it changes, applies it, checks nothing is left. Exit code 0 when the schema is current.</summary>
    public static async Task<int> RunApplyCommand(IServiceProvider services, IConfiguration configuration, TextWriter output)
    {
        var store = services.GetRequiredService<IDocumentStore>();
        var pending = await Pending(store);
        output.WriteLine(pending.Count == 0 ? "Marten schema: up to date." : $"Marten schema: {pending.Count} pending change(s):");
        foreach (var change in pending) output.WriteLine($"  {change}");
        await Apply(services, configuration, output);
        var left = await Pending(store);
        if (left.Count > 0)
        {
            output.WriteLine($"Still pending after applying: {string.Join(", ", left)}");
            return 1;
        }
        output.WriteLine("Database schema is current.");
        return 0;
    }

    /// <summary>Marten's tables, functions, sequences and the audit-chain trigger; Hangfire's schema; data migrations.</summary>
    private static async Task Apply(IServiceProvider services, IConfiguration configuration, TextWriter output)
    {
        var store = services.GetRequiredService<IDocumentStore>();
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync(AutoCreate.CreateOrUpdate);

        if (configuration.GetValue("Hangfire:Enabled", true))
        {
            var connectionString = configuration.GetConnectionString("Keurmerk")!;
            var schema = JobsSetup.HangfireSchema(configuration["Keurmerk:Schema"] ?? "keurmerk");
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            PostgreSqlObjectsInstaller.Install(connection, schema);
            output.WriteLine($"Hangfire schema {schema}: installed or upgraded.");
        }

        // A first key before any instance starts, so instances starting together do not each make their own.
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Keurmerk.KeyRing.Probe").Protect("probe");
        var encrypted = await services.GetRequiredService<SecretProtection>().EncryptPlainWebhookSecrets(store);
        output.WriteLine($"Webhook secrets encrypted now: {encrypted}.");
    }

    /// <summary>Each pending change as "object (Create|Update)"; empty when the database matches the configuration.</summary>
    private static async Task<List<string>> Pending(IDocumentStore store)
    {
        var migration = await store.Storage.Database.CreateMigrationAsync();
        return migration.Difference == SchemaPatchDifference.None
            ? []
            : migration.Deltas.Where(d => d.Difference != SchemaPatchDifference.None)
                .Select(d => $"{d.SchemaObject.Identifier} ({d.Difference})").ToList();
    }
}
