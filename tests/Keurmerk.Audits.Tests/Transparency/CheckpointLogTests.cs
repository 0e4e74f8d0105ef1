using Keurmerk.Audits.AuditChain;
using Keurmerk.Audits.Tests.AuditChain;
using Keurmerk.Audits.Transparency;
using Keurmerk.Tests;
using Npgsql;

namespace Keurmerk.Audits.Tests.Transparency;

/// <summary>Chain heads, the stored leaves of each checkpoint, and the append-only guard on the real PostgreSQL.</summary>
public class CheckpointLogTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private string Schema => fixture.Store.Schema();

    private async Task<NpgsqlConnection> Open()
    {
        var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static StoredCheckpoint Checkpoint(long sequence, IReadOnlyList<CheckpointLeaf> leaves, string previous = "") =>
        new(sequence, DateTimeOffset.UnixEpoch.AddDays(sequence), leaves.Count, leaves.Sum(l => l.Version),
            Convert.ToHexStringLower(CheckpointLeaf.Root(leaves)), previous, $"hash-{sequence}-{Guid.NewGuid():N}", "kid", "jws");

    [Fact]
    public async Task CurrentHeads_AreEachStreamsLastChainLink_InIdOrder()
    {
        var a = await fixture.Store.NewStream(answers: 2);
        var b = await fixture.Store.NewStream(answers: 4);
        await using var connection = await Open();

        var heads = await CheckpointLog.CurrentHeads(connection, Schema);

        Assert.Equal(heads.Select(h => h.StreamId).Order(CheckpointLeaf.Order), heads.Select(h => h.StreamId));
        Assert.Equal(new CheckpointLeaf(a, 3, (await ChainStreams.Links(fixture.Store, a))[^1].Hash), heads.Single(h => h.StreamId == a));
        Assert.Equal(5, heads.Single(h => h.StreamId == b).Version);
    }

    [Fact]
    public async Task HeadQuery_ProbesTheChainIndex_InsteadOfScanningEveryEvent()
    {
        await fixture.Store.NewStream();
        await using var connection = await Open();
        await using var command = new NpgsqlCommand($"""
            set local enable_seqscan = off;
            explain select s.id, h.version, h.hash from {Schema}.mt_streams s
              cross join lateral (select c.version, c.hash from {Schema}.{AuditChainSchema.TableName} c
                                   where c.stream_id = s.id order by c.version desc limit 1) h
            """, connection);
        await using var transaction = await connection.BeginTransactionAsync();

        var plan = string.Join("\n", await ReadAll(command));

        Assert.Contains("Index Scan Backward using audit_chain_stream_version", plan);
        Assert.Contains("Limit", plan);
    }

    [Fact]
    public async Task LeavesOfACheckpoint_AreRebuiltFromTheRowsThatChanged()
    {
        var a = new CheckpointLeaf(Guid.CreateVersion7(), 1, "aa");
        var b = new CheckpointLeaf(Guid.CreateVersion7(), 2, "bb");
        var c = new CheckpointLeaf(Guid.CreateVersion7(), 1, "cc");
        await using var connection = await Open();
        var first = (await CheckpointLog.Latest(connection, Schema))?.Sequence + 1 ?? 1;
        var before = first == 1 ? [] : await CheckpointLog.LeavesOf(connection, Schema, first - 1);
        List<CheckpointLeaf> one = [.. before, a, b];
        List<CheckpointLeaf> two = [.. before, a with { Version = 2, HeadHash = "a2" }, c];

        await CheckpointLog.Append(connection, Schema, Checkpoint(first, one), one, before);
        await CheckpointLog.Append(connection, Schema, Checkpoint(first + 1, two), two, one);

        Assert.Equal(one.Order(By).ToList(), await CheckpointLog.LeavesOf(connection, Schema, first));
        Assert.Equal(two.Order(By).ToList(), await CheckpointLog.LeavesOf(connection, Schema, first + 1));
        Assert.Equal(3, await Count(connection, $"select count(*) from {Schema}.{TransparencySchema.LeafTable} where checkpoint = {first + 1}"));
    }

    [Theory]
    [InlineData("update {0}.audit_checkpoint set root = 'x'")]
    [InlineData("delete from {0}.audit_checkpoint")]
    [InlineData("truncate {0}.audit_checkpoint cascade")]
    [InlineData("update {0}.audit_checkpoint_leaf set head_hash = 'x'")]
    [InlineData("delete from {0}.audit_checkpoint_leaf")]
    [InlineData("truncate {0}.audit_checkpoint_leaf")]
    public async Task StoredCheckpoints_CannotBeChangedOrRemoved(string sql)
    {
        var leaf = new CheckpointLeaf(Guid.CreateVersion7(), 1, "aa");
        await using var connection = await Open();
        var sequence = (await CheckpointLog.Latest(connection, Schema))?.Sequence + 1 ?? 1;
        var before = sequence == 1 ? [] : await CheckpointLog.LeavesOf(connection, Schema, sequence - 1);
        await CheckpointLog.Append(connection, Schema, Checkpoint(sequence, [.. before, leaf]), [.. before, leaf], before);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => new NpgsqlCommand(string.Format(sql, Schema), connection).ExecuteNonQueryAsync());

        Assert.Contains("append-only", refused.MessageText);
        Assert.NotNull(await CheckpointLog.Get(connection, Schema, sequence));
    }

    private static readonly IComparer<CheckpointLeaf> By = Comparer<CheckpointLeaf>.Create((x, y) => CheckpointLeaf.Order.Compare(x.StreamId, y.StreamId));

    private static async Task<long> Count(NpgsqlConnection connection, string sql) =>
        (long)(await new NpgsqlCommand(sql, connection).ExecuteScalarAsync())!;

    private static async Task<List<string>> ReadAll(NpgsqlCommand command)
    {
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        do
        {
            while (await reader.ReadAsync()) lines.Add(reader.GetValue(0).ToString()!);
        } while (await reader.NextResultAsync());
        return lines;
    }
}
