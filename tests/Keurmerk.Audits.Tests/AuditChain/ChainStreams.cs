using Keurmerk.Audits.AuditChain;
using Keurmerk.Domain;
using Keurmerk.Domain.Assessments;
using Keurmerk.Tests;
using Marten;
using Npgsql;

namespace Keurmerk.Audits.Tests.AuditChain;

/// <summary>Writes assessment streams through Marten, and changes stored rows behind its back the way someone with database access could.</summary>
public static class ChainStreams
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A stream of 1 + answers events: the start and the first answer in one transaction, each further answer in one of its own.</summary>
    public static async Task<Guid> NewStream(this IDocumentStore store, int answers = 4)
    {
        var id = Guid.CreateVersion7();
        var by = Guid.CreateVersion7();
        await using (var session = store.LightweightSession())
        {
            session.Events.StartStream<Assessment>(id,
                new AssessmentStarted(id, Guid.CreateVersion7(), "Drukkerij Zuid", "87654321", "Delft", "techniek", SizeClass.Small, "test", 1, by, Now),
                Answer(id, 1, by));
            await session.SaveChangesAsync();
        }
        for (var i = 2; i <= answers; i++)
        {
            await using var session = store.LightweightSession();
            session.Events.Append(id, Answer(id, i, by));
            await session.SaveChangesAsync();
        }
        return id;
    }

    private static CriterionAnswered Answer(Guid id, int number, Guid by) => new(id, $"AL-{number:00}", "yes", by, Now.AddMinutes(number));

    public static string Schema(this IDocumentStore store) => store.Options.Events.DatabaseSchemaName;

    /// <summary>Runs SQL on the test database with @stream and @version bound.</summary>
    public static async Task<int> Sql(string sql, Guid stream, long version)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("stream", stream);
        command.Parameters.AddWithValue("version", version);
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>The stream's rows in the chain table, in version order.</summary>
    public static async Task<List<(long Version, string Hash, string PreviousHash)>> Links(IDocumentStore store, Guid stream)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"select version, hash, previous_hash from {store.Schema()}.{AuditChainSchema.TableName} where stream_id = $1 order by version", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = stream });
        await using var reader = await command.ExecuteReaderAsync();
        var links = new List<(long, string, string)>();
        while (await reader.ReadAsync()) links.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        return links;
    }
}
