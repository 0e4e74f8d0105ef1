using Keurmerk.Audits.AuditChain;
using Npgsql;
using NpgsqlTypes;

namespace Keurmerk.Audits.Transparency;

/// <summary>
/// What today's events say a checkpoint's leaves should be: each stream's chain recomputed in C# from its
/// stored events up to the version the checkpoint committed to, trusting neither the chain table nor the
/// stored leaves. A stream rewritten consistently (events and every hash) passes the plain chain check,
/// but its recomputed head no longer matches the one a checkpoint signed.
/// </summary>
public static class CommittedHistory
{
    /// <summary>For each committed leaf, today's leaf at the same version; a stream whose events stop before that version is left out.</summary>
    public static async Task<Dictionary<Guid, CheckpointLeaf>> Recompute(NpgsqlConnection connection, string schema,
        IReadOnlyList<CheckpointLeaf> committed, CancellationToken ct = default)
    {
        var today = new Dictionary<Guid, CheckpointLeaf>();
        await using var command = new NpgsqlCommand($"""
            select e.stream_id, e.version, e.type, e.data::text, coalesce(encode(e.bdata, 'hex'), '')
              from unnest($1::uuid[], $2::bigint[]) as c(stream_id, version)
              join {schema}.mt_events e on e.stream_id = c.stream_id and e.version <= c.version
             where e.type <> '{AuditChainSchema.TombstoneType}'
             order by e.stream_id, e.version
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = committed.Select(l => l.StreamId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter { Value = committed.Select(l => l.Version).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        command.CommandTimeout = 0; // one pass over the committed events: long on a large history, and that is fine for a check

        Guid? stream = null;
        long version = 0;
        var hash = "";
        var intact = true;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var id = reader.GetGuid(0);
            if (id != stream)
            {
                if (stream is { } done && intact) today[done] = new CheckpointLeaf(done, version, hash);
                (stream, version, hash, intact) = (id, 0, "", true);
            }
            var v = reader.GetInt64(1);
            if (!intact) continue;
            // A version missing from the middle: the stream can no longer reach the committed head.
            if (v != version + 1) { intact = false; continue; }
            hash = AuditChainVerifier.Hash(AuditChainVerifier.CanonicalText(id, v, reader.GetString(2), reader.GetString(3), reader.GetString(4), hash));
            version = v;
        }
        if (stream is { } last && intact) today[last] = new CheckpointLeaf(last, version, hash);
        return today;
    }
}
