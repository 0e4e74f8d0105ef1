using Keurmerk.Audits.AuditChain;
using Keurmerk.Web.Features.Transparency;
using Keurmerk.Web.Infrastructure.Credentials;
using Npgsql;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Keurmerk.Web.Features.AuditLog;

/// <summary>
/// <c>dotnet run --project src/Keurmerk.Web -- verify-audit-chain</c>: recomputes the event hash chain
/// without starting the web host and prints the report. Read-only: it never installs or repairs anything,
/// so it cannot bless rows that were changed. Exit code 0 intact, 1 broken or not installed, 2 database unreachable.
/// With <c>--against &lt;checkpoint.json&gt; [--trust &lt;jwks.json&gt;]</c>: checks today's history against a saved,
/// signed checkpoint instead (see CheckpointCheck); exit 0 holds, 1 differs, 2 bad input or not checked.
/// </summary>
public static class VerifyAuditChainCommand
{
    public const string Argument = "verify-audit-chain";
    public const string Against = "--against";
    public const string Trust = "--trust";

    /// <summary>A checkpoint file is a few kilobytes; anything far larger is not one.</summary>
    private const long MaximumFileBytes = 1 << 20;

    public static bool IsRequested(string[] args) => args.Contains(Argument, StringComparer.OrdinalIgnoreCase);

    public static async Task<int> Run(string[] args, string connectionString, string schema, IConfiguration configuration, IHostEnvironment environment, TextWriter output)
    {
        if (!args.Contains(Against)) return await Run(connectionString, schema, output);
        var checkpointFile = Option(args, Against);
        if (checkpointFile is null || (args.Contains(Trust) && Option(args, Trust) is null))
        {
            await output.WriteLineAsync($"Usage: {Argument} [{Against} <checkpoint .json or .jwt> [{Trust} <jwks.json>]]");
            return 2;
        }
        try
        {
            var checkpoint = await ReadSmall(checkpointFile);
            var trusted = Option(args, Trust) is { } trustFile
                ? Keys(await ReadSmall(trustFile))
                : [.. IssuerKeyStore.Load(configuration, environment, TimeProvider.System, createIfMissing: false).All.Select(k => k.PublicJwk())];
            return await CheckpointCheck.Run(connectionString, schema, checkpoint, trusted, output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException)
        {
            await output.WriteLineAsync($"Checkpoint NOT CHECKED: {e.Message}");
            return 2;
        }
    }

    public static async Task<int> Run(string connectionString, string schema, TextWriter output)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            var report = await AuditChainVerifier.VerifyAsync(connection, schema);
            await output.WriteLineAsync(report.ToText());
            return report.Intact ? 0 : 1;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            await output.WriteLineAsync($"Audit chain NOT CHECKED: the database is unavailable ({e.Message}).");
            return 2;
        }
    }

    private static async Task<string> ReadSmall(string path) =>
        new FileInfo(path).Length > MaximumFileBytes
            ? throw new InvalidOperationException($"{path} is larger than {MaximumFileBytes / 1024} KB: it is not a checkpoint or a JWKS.")
            : await File.ReadAllTextAsync(path);

    /// <summary>The keys of a JWKS document (what /.well-known/jwks.json serves), saved once while online.</summary>
    private static List<JsonObject> Keys(string jwks) =>
        [.. (JsonNode.Parse(jwks)?["keys"] as JsonArray ?? throw new InvalidOperationException("The trust file is not a JWKS ({\"keys\": [...]}).")).OfType<JsonObject>()];

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && !args[at + 1].StartsWith("--", StringComparison.Ordinal) ? args[at + 1] : null;
    }
}
