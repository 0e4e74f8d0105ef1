using Keurmerk.Audits.AuditChain;
using Npgsql;
using NpgsqlTypes;

namespace Keurmerk.Audits.Transparency;

/// <summary>Reads chain heads and reads and appends checkpoints (see TransparencySchema); no signing here.</summary>
public static class CheckpointLog
{
    /// <summary>Serialises publishers: two app instances running the job at once publish one checkpoint, not two with the same sequence.</summary>
    private const long PublishLock = 0x6b65_7572_6d65_726b; // "keurmerk"

    /// <summary>
    /// Every stream's chain head, in leaf order. One index probe per stream (the chain's unique index on
    /// (stream_id, version), read backwards, LIMIT 1) driven by mt_streams: no pass over all events.
    /// </summary>
    public static async Task<List<CheckpointLeaf>> CurrentHeads(NpgsqlConnection connection, string schema, CancellationToken ct = default)
    {
        await using var command = new NpgsqlCommand($"""
            select s.id, h.version, h.hash
              from {schema}.mt_streams s
              cross join lateral (select c.version, c.hash from {schema}.{AuditChainSchema.TableName} c
                                   where c.stream_id = s.id order by c.version desc limit 1) h
            """, connection);
        return Ordered(await ReadLeaves(command, ct));
    }

    /// <summary>The leaves checkpoint <paramref name="sequence"/> committed to, in leaf order.</summary>
    public static async Task<List<CheckpointLeaf>> LeavesOf(NpgsqlConnection connection, string schema, long sequence, CancellationToken ct = default)
    {
        await using var command = new NpgsqlCommand($"""
            select stream_id, version, head_hash from (
                select distinct on (stream_id) stream_id, version, head_hash
                  from {schema}.{TransparencySchema.LeafTable}
                 where checkpoint <= $1
                 order by stream_id desc, checkpoint desc) l
             where version > 0
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = sequence });
        return Ordered(await ReadLeaves(command, ct));
    }

    public static async Task<StoredCheckpoint?> Latest(NpgsqlConnection connection, string schema, CancellationToken ct = default) =>
        (await Read(connection, $"select {Columns} from {schema}.{TransparencySchema.CheckpointTable} order by sequence desc limit 1", [], ct)).SingleOrDefault();

    public static async Task<StoredCheckpoint?> Get(NpgsqlConnection connection, string schema, long sequence, CancellationToken ct = default) =>
        (await Read(connection, $"select {Columns} from {schema}.{TransparencySchema.CheckpointTable} where sequence = $1", [sequence], ct)).SingleOrDefault();

    /// <summary>From <paramref name="from"/> on, in sequence order, at most <paramref name="count"/>.</summary>
    public static Task<List<StoredCheckpoint>> Page(NpgsqlConnection connection, string schema, long from, int count, CancellationToken ct = default) =>
        Read(connection, $"select {Columns} from {schema}.{TransparencySchema.CheckpointTable} where sequence >= $1 order by sequence limit $2", [from, count], ct);

    /// <summary>Every stored checkpoint from <paramref name="from"/> on, for checking how they link.</summary>
    public static Task<List<StoredCheckpoint>> From(NpgsqlConnection connection, string schema, long from, CancellationToken ct = default) =>
        Read(connection, $"select {Columns} from {schema}.{TransparencySchema.CheckpointTable} where sequence >= $1 order by sequence", [from], ct);

    /// <summary>Within the publishing transaction: waits for any other publisher to finish first.</summary>
    public static async Task LockForPublishing(NpgsqlConnection connection, CancellationToken ct = default)
    {
        await using var command = new NpgsqlCommand("select pg_advisory_xact_lock($1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = PublishLock });
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// Stores the checkpoint and the leaves that differ from the previous checkpoint's: new or moved heads,
    /// and a stream that is gone as version 0 (so it is no longer part of this checkpoint's leaves).
    /// </summary>
    public static async Task Append(NpgsqlConnection connection, string schema, StoredCheckpoint checkpoint,
        IReadOnlyList<CheckpointLeaf> leaves, IReadOnlyList<CheckpointLeaf> previousLeaves, CancellationToken ct = default)
    {
        await using (var insert = new NpgsqlCommand($"""
            insert into {schema}.{TransparencySchema.CheckpointTable}
                (sequence, issued_at, tree_size, event_count, root, previous_hash, hash, key_id, jws)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            """, connection))
        {
            foreach (var value in new object[] { checkpoint.Sequence, checkpoint.IssuedAt, checkpoint.TreeSize, checkpoint.EventCount,
                         checkpoint.Root, checkpoint.Previous, checkpoint.Hash, checkpoint.KeyId, checkpoint.Jws })
                insert.Parameters.Add(new NpgsqlParameter { Value = value });
            await insert.ExecuteNonQueryAsync(ct);
        }

        var before = previousLeaves.ToDictionary(l => l.StreamId);
        var now = leaves.Select(l => l.StreamId).ToHashSet();
        var changed = leaves.Where(l => !before.TryGetValue(l.StreamId, out var old) || old != l)
            .Concat(previousLeaves.Where(l => !now.Contains(l.StreamId)).Select(l => new CheckpointLeaf(l.StreamId, 0, "")));
        await using var copy = await connection.BeginBinaryImportAsync(
            $"copy {schema}.{TransparencySchema.LeafTable} (stream_id, checkpoint, version, head_hash) from stdin (format binary)", ct);
        foreach (var leaf in changed)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(leaf.StreamId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(checkpoint.Sequence, NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(leaf.Version, NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(leaf.HeadHash, NpgsqlDbType.Text, ct);
        }
        await copy.CompleteAsync(ct);
    }

    public static async Task<bool> Exists(NpgsqlConnection connection, string schema, CancellationToken ct = default)
    {
        await using var command = new NpgsqlCommand("select to_regclass($1) is not null", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = $"{schema}.{TransparencySchema.CheckpointTable}" });
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    private const string Columns = "sequence, issued_at, tree_size, event_count, root, previous_hash, hash, key_id, jws";

    private static async Task<List<StoredCheckpoint>> Read(NpgsqlConnection connection, string sql, object[] parameters, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters) command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var checkpoints = new List<StoredCheckpoint>();
        while (await reader.ReadAsync(ct))
            checkpoints.Add(new StoredCheckpoint(reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetInt64(2), reader.GetInt64(3),
                reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetString(8)));
        return checkpoints;
    }

    private static async Task<List<CheckpointLeaf>> ReadLeaves(NpgsqlCommand command, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        var leaves = new List<CheckpointLeaf>();
        while (await reader.ReadAsync(ct)) leaves.Add(new CheckpointLeaf(reader.GetGuid(0), reader.GetInt64(1), reader.GetString(2)));
        return leaves;
    }

    private static List<CheckpointLeaf> Ordered(List<CheckpointLeaf> leaves)
    {
        leaves.Sort((a, b) => CheckpointLeaf.Order.Compare(a.StreamId, b.StreamId));
        return leaves;
    }
}
