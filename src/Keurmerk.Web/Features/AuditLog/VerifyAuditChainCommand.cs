using Keurmerk.Audits.AuditChain;
using Npgsql;

namespace Keurmerk.Web.Features.AuditLog;

/// <summary>
/// <c>dotnet run --project src/Keurmerk.Web -- verify-audit-chain</c>: recomputes the event hash chain
/// without starting the web host and prints the report. Read-only: it never installs or repairs anything,
/// so it cannot bless rows that were changed. Exit code 0 intact, 1 broken or not installed, 2 database unreachable.
/// </summary>
public static class VerifyAuditChainCommand
{
    public const string Argument = "verify-audit-chain";

    public static bool IsRequested(string[] args) => args.Contains(Argument, StringComparer.OrdinalIgnoreCase);

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
}
