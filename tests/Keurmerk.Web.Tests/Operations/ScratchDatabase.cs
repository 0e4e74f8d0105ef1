using Keurmerk.Tests;
using Npgsql;
using System.Diagnostics;

namespace Keurmerk.Web.Tests.Operations;

/// <summary>
/// A whole database of the test's own on the test cluster (a restore or an upgrade needs one, not just a
/// schema), dropped afterwards. pg_dump, pg_restore and psql are the PostgreSQL client tools test.sh installs.
/// </summary>
public sealed class ScratchDatabase : IAsyncDisposable
{
    private ScratchDatabase(string name) => Name = name;

    public string Name { get; }

    public string ConnectionString => new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString) { Database = Name, Pooling = false }.ConnectionString;

    public static async Task<ScratchDatabase> Create(string purpose)
    {
        var database = new ScratchDatabase($"t_{purpose}_{Guid.NewGuid():N}");
        await Admin($"create database \"{database.Name}\"");
        return database;
    }

    /// <summary>Runs a plain SQL dump (pg_dump's default format) into this database; stops at the first error.</summary>
    public Task Restore(string sqlFile) => Tool("psql", "-q", "-v", "ON_ERROR_STOP=1", "-d", Name, "-f", sqlFile);

    /// <summary>pg_dump of the given database's schemas in the custom format, as the backup runbook does it.</summary>
    public static Task Dump(string database, string file, params string[] schemas) =>
        Tool("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "-d", database, "-f", file, .. schemas.SelectMany(s => new[] { "-n", s })]);

    /// <summary>
    /// pg_restore of a custom-format dump into this database. The dump holds the app's schemas, not the
    /// pg_trgm extension its register indexes use, so the extension comes first, as in the README's runbook.
    /// </summary>
    public async Task RestoreCustom(string file)
    {
        await Tool("psql", "-q", "-v", "ON_ERROR_STOP=1", "-d", Name, "-c", "create extension if not exists pg_trgm");
        await Tool("pg_restore", "--no-owner", "--no-privileges", "--exit-on-error", "-d", Name, file);
    }

    public static string DatabaseOf(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).Database!;

    public async Task<T> Scalar<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task Tool(string tool, params string[] args)
    {
        var server = new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString);
        var info = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["PGHOST"] = server.Host;
        info.Environment["PGPORT"] = server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["PGUSER"] = server.Username;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', args)} failed ({process.ExitCode}): {await errors}{await output}");
    }

    private static async Task Admin(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Admin($"drop database if exists \"{Name}\" with (force)");
    }
}
