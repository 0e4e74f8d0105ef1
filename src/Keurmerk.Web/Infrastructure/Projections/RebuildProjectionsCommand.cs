using Keurmerk.Audits;
using Keurmerk.Audits.Projections;
using Marten;
using Npgsql;

namespace Keurmerk.Web.Infrastructure.Projections;

/// <summary>
/// <c>dotnet run --project src/Keurmerk.Web -- rebuild-projections</c>: rebuilds every stored projection
/// from the events without starting the web host, and reports streams per second. Run it after an
/// upgrade that changes a projection (new columns or documents), with the app stopped or read-only.
/// Exit code 0 done, 2 database unreachable.
/// </summary>
public static class RebuildProjectionsCommand
{
    public const string Argument = "rebuild-projections";

    public static bool IsRequested(string[] args) => args.Contains(Argument, StringComparer.OrdinalIgnoreCase);

    public static async Task<int> Run(string connectionString, string schema, TextWriter output)
    {
        try
        {
            using var store = DocumentStore.For(options => KeurmerkStore.Configure(options, connectionString, schema));
            await output.WriteLineAsync($"Rebuilding {string.Join(", ", ProjectionRebuild.StoredProjections(store))}...");
            var report = await ProjectionRebuild.RebuildAll(store, rebuilt => output.WriteLine($"  {rebuilt.Name}: {rebuilt.Took.TotalSeconds:F1} s"));
            await output.WriteLineAsync(report.ToText());
            return 0;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            await output.WriteLineAsync($"Projections NOT REBUILT: the database is unavailable ({e.Message}).");
            return 2;
        }
    }
}
