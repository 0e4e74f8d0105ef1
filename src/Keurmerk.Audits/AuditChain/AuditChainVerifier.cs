using Marten;
using Npgsql;
using System.Security.Cryptography;
using System.Text;

namespace Keurmerk.Audits.AuditChain;

/// <summary>
/// Recomputes every stream's hash chain in C#, independently of the trigger that wrote it, from the
/// rows as PostgreSQL stores them now, and reports per stream whether it holds or where it first breaks.
/// </summary>
public static class AuditChainVerifier
{
    public static async Task<AuditChainReport> VerifyAsync(IDocumentStore store, TimeProvider? clock = null, CancellationToken ct = default)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        return await VerifyAsync(connection, store.Options.Events.DatabaseSchemaName, clock, ct);
    }

    public static async Task<AuditChainReport> VerifyAsync(NpgsqlConnection connection, string schema, TimeProvider? clock = null, CancellationToken ct = default)
    {
        var now = (clock ?? TimeProvider.System).GetUtcNow();
        if (!await Exists(connection, schema, ct)) return new AuditChainReport(false, [], now);

        var recordedVersions = await RecordedVersions(connection, schema, ct);
        var orphans = await OrphanedLinks(connection, schema, ct);
        var streams = new List<StreamChain>();
        var checker = (StreamChecker?)null;

        await using (var command = new NpgsqlCommand($"""
            select e.stream_id, e.version, e.type, e.data::text, coalesce(encode(e.bdata, 'hex'), ''), c.hash, c.previous_hash
              from {schema}.mt_events e
              left join {schema}.{AuditChainSchema.TableName} c on c.seq_id = e.seq_id
             where e.type <> '{AuditChainSchema.TombstoneType}'
             order by e.stream_id, e.version
            """, connection))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var row = new StoredEvent(reader.GetGuid(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                    reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6));
                if (checker?.StreamId != row.StreamId)
                {
                    if (checker is not null) streams.Add(checker.Finish(recordedVersions, orphans));
                    checker = new StreamChecker(row.StreamId);
                }
                checker.Check(row);
            }
        }
        if (checker is not null) streams.Add(checker.Finish(recordedVersions, orphans));

        // Streams whose every event is gone, but whose stream row or chain links remain.
        var seen = streams.Select(s => s.StreamId).ToHashSet();
        foreach (var id in recordedVersions.Keys.Concat(orphans.Keys).Where(id => !seen.Contains(id)).Distinct())
            streams.Add(new StreamChecker(id).Finish(recordedVersions, orphans));

        return new AuditChainReport(true, streams, now);
    }

    /// <summary>The exact text the trigger hashes (see AuditChainSchema): one field per line, jsonb in PostgreSQL's canonical text form.</summary>
    public static string CanonicalText(Guid streamId, long version, string type, string data, string binaryDataHex, string previousHash) =>
        $"{streamId:D}\n{version}\n{type}\n{data}\n{binaryDataHex}\n{previousHash}";

    public static string Hash(string canonicalText) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalText)));

    private static async Task<bool> Exists(NpgsqlConnection connection, string schema, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("select to_regclass($1) is not null and to_regclass($2) is not null", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = $"{schema}.{AuditChainSchema.TableName}" });
        command.Parameters.Add(new NpgsqlParameter { Value = $"{schema}.mt_events" });
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>The version mt_streams says each stream has reached: a deleted last event shows up against it.</summary>
    private static async Task<Dictionary<Guid, long>> RecordedVersions(NpgsqlConnection connection, string schema, CancellationToken ct)
    {
        var versions = new Dictionary<Guid, long>();
        await using var command = new NpgsqlCommand($"""
            select s.id, coalesce(s.version, 0) from {schema}.mt_streams s
             where not exists (select 1 from {schema}.mt_events e where e.stream_id = s.id and e.type = '{AuditChainSchema.TombstoneType}')
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) versions[reader.GetGuid(0)] = reader.GetInt64(1);
        return versions;
    }

    /// <summary>Links whose event row no longer exists, by stream: the lowest missing version.</summary>
    private static async Task<Dictionary<Guid, long>> OrphanedLinks(NpgsqlConnection connection, string schema, CancellationToken ct)
    {
        var orphans = new Dictionary<Guid, long>();
        await using var command = new NpgsqlCommand($"""
            select c.stream_id, min(c.version) from {schema}.{AuditChainSchema.TableName} c
             where not exists (select 1 from {schema}.mt_events e where e.seq_id = c.seq_id)
             group by c.stream_id
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) orphans[reader.GetGuid(0)] = reader.GetInt64(1);
        return orphans;
    }

    private sealed record StoredEvent(Guid StreamId, long Version, string Type, string Data, string BinaryDataHex, string? Hash, string? PreviousHash);

    /// <summary>Walks one stream in version order, remembering the first break.</summary>
    private sealed class StreamChecker(Guid streamId)
    {
        private long _count;
        private long _lastVersion;
        private string _previousHash = "";
        private ChainBreak? _break;

        public Guid StreamId => streamId;

        public void Check(StoredEvent e)
        {
            _count++;
            if (_break is not null) return;
            var expected = _lastVersion + 1;
            _lastVersion = e.Version;
            _break = Compare(e, expected);
            _previousHash = e.Hash ?? "";
        }

        private ChainBreak? Compare(StoredEvent e, long expected)
        {
            if (e.Version != expected)
                return new ChainBreak(expected, ChainBreakKind.EventMissing, $"version {expected} is missing; the next stored version is {e.Version}");
            if (e.Hash is null || e.PreviousHash is null)
                return new ChainBreak(e.Version, ChainBreakKind.NotChained, "no hash was recorded for this event");
            if (e.PreviousHash != _previousHash)
                return new ChainBreak(e.Version, ChainBreakKind.LinkBroken,
                    $"recorded previous hash {Short(e.PreviousHash)} is not the hash of version {e.Version - 1} ({Short(_previousHash)})");
            var computed = Hash(CanonicalText(e.StreamId, e.Version, e.Type, e.Data, e.BinaryDataHex, e.PreviousHash));
            return computed == e.Hash
                ? null
                : new ChainBreak(e.Version, ChainBreakKind.ContentChanged, $"stored content hashes to {Short(computed)}, recorded hash is {Short(e.Hash)}");
        }

        public StreamChain Finish(Dictionary<Guid, long> recordedVersions, Dictionary<Guid, long> orphans)
        {
            if (_break is null && orphans.TryGetValue(streamId, out var orphan))
                _break = new ChainBreak(orphan, ChainBreakKind.EventMissing, $"version {orphan} was hashed when appended but is no longer stored");
            if (_break is null && recordedVersions.TryGetValue(streamId, out var recorded) && recorded > _lastVersion)
                _break = new ChainBreak(_lastVersion + 1, ChainBreakKind.EventMissing, $"the stream is at version {recorded} but events stop at {_lastVersion}");
            return new StreamChain(streamId, _count, _break);
        }

        private static string Short(string hash) => hash.Length == 0 ? "(none)" : hash[..Math.Min(12, hash.Length)] + "…";
    }
}
