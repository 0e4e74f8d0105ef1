using Hangfire.PostgreSql;
using JasperFx;
using Keurmerk.Audits.Projections;
using Keurmerk.Audits.Register;
using Keurmerk.Domain.Assessments;
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
        var rebuild = await DropProjectionTablesThatCannotBeAltered(store, output);
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync(AutoCreate.CreateOrUpdate);
        if (rebuild || await HasEventsButNoProjectedDocuments(store))
        {
            var report = await ProjectionRebuild.RebuildAll((DocumentStore)store);
            output.WriteLine($"Projections rebuilt from the events: {report.Streams} streams in {report.Took.TotalSeconds:0.0} s.");
        }

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

    /// <summary>Documents that are projections of the events only: their tables may be dropped and rebuilt.</summary>
    private static readonly Type[] ProjectedDocuments = [typeof(RegisterEntry), typeof(Assessment)];

    /// <summary>
    /// A projection's table that Weasel cannot alter in place (say, a new NOT NULL search column) is dropped;
    /// the rebuild after the schema step fills it again from the events, which are never touched.
    /// </summary>
    private static async Task<bool> DropProjectionTablesThatCannotBeAltered(IDocumentStore store, TextWriter output)
    {
        var tables = ProjectedDocuments.Select(t => store.Options.FindOrResolveDocumentType(t).TableName.QualifiedName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var migration = await store.Storage.Database.CreateMigrationAsync();
        var invalid = migration.Deltas
            .Where(d => d.Difference == SchemaPatchDifference.Invalid && tables.Contains(d.SchemaObject.Identifier.QualifiedName))
            .Select(d => d.SchemaObject.Identifier.QualifiedName).ToList();
        if (invalid.Count == 0) return false;
        await using var connection = new NpgsqlConnection(store.Options.Tenancy.Default.Database.CreateConnection().ConnectionString);
        await connection.OpenAsync();
        foreach (var table in invalid)
        {
            output.WriteLine($"Dropping {table} (a projection whose table cannot be altered in place); it is rebuilt from the events.");
            await using var command = new NpgsqlCommand($"drop table if exists {table} cascade", connection);
            await command.ExecuteNonQueryAsync();
        }
        return true;
    }

    /// <summary>An existing database meeting a projection added by this version (say, the stored Assessment state): fill it.</summary>
    private static async Task<bool> HasEventsButNoProjectedDocuments(IDocumentStore store)
    {
        await using var session = store.QuerySession();
        var schema = store.Options.Events.DatabaseSchemaName;
        var table = store.Options.FindOrResolveDocumentType(typeof(Assessment)).TableName.QualifiedName;
        var found = await session.QueryAsync<bool>(
            $"select exists(select 1 from {schema}.mt_events) and not exists(select 1 from {table})");
        return found.Single();
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
