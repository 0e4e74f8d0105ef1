using Npgsql;

namespace Keurmerk.Tests;

/// <summary>
/// The real PostgreSQL that test.sh starts. Each test class gets a schema of its own, dropped again
/// when the class is done, so classes run side by side without seeing each other's data.
/// </summary>
public static class TestDatabase
{
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("ConnectionStrings__Keurmerk")
        ?? "Host=127.0.0.1;Port=54329;Username=keurmerk;Database=keurmerk";

    public static string NewSchemaName(string owner) =>
        $"t_{owner.ToLowerInvariant()[..Math.Min(owner.Length, 20)]}_{Guid.NewGuid():N}";

    public static async Task DropSchema(string schema)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"drop schema if exists \"{schema}\" cascade", connection);
        await command.ExecuteNonQueryAsync();
    }
}
