using Keurmerk.Audits.Transparency;
using Keurmerk.Web.Infrastructure.Credentials;
using Marten;

namespace Keurmerk.Web.Features.Transparency;

/// <summary>
/// The job <c>publish-audit-checkpoint</c>: when any stream's chain head moved since the last checkpoint,
/// signs a new one over all heads and stores it with the leaves that changed. Safe to run twice, or on two
/// instances at once: publishers take turns, and the second finds nothing changed.
/// </summary>
public sealed class CheckpointPublisher(IDocumentStore store, IssuerKeys keys, TimeProvider clock)
{
    public const string JobId = "publish-audit-checkpoint";

    public Task Publish() => PublishIfChanged();

    /// <summary>The new checkpoint, or null when the heads are those of the latest one.</summary>
    public async Task<StoredCheckpoint?> PublishIfChanged(CancellationToken ct = default)
    {
        var schema = store.Options.Events.DatabaseSchemaName;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await CheckpointLog.LockForPublishing(connection, ct);

        var latest = await CheckpointLog.Latest(connection, schema, ct);
        var heads = await CheckpointLog.CurrentHeads(connection, schema, ct);
        var root = Convert.ToHexStringLower(CheckpointLeaf.Root(heads));
        // Nothing moved, or nothing to commit to yet.
        if (latest is null ? heads.Count == 0 : latest.Root == root) return null;

        var previousLeaves = latest is null ? [] : await CheckpointLog.LeavesOf(connection, schema, latest.Sequence, ct);
        var sequence = (latest?.Sequence ?? 0) + 1;
        var previous = latest?.Hash ?? "";
        var now = clock.GetUtcNow();
        var issuedAt = DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds());
        var eventCount = heads.Sum(h => h.Version); // versions run from 1 without gaps: the head's version is the stream's count
        var key = keys.Current;
        var jws = Jose.Sign(CheckpointToken.Payload(keys.Identity.Did, sequence, issuedAt, heads.Count, eventCount, root, previous), key, CheckpointToken.Type);
        var checkpoint = new StoredCheckpoint(sequence, issuedAt, heads.Count, eventCount, root, previous, CheckpointToken.HashOf(jws), key.KeyId, jws);
        await CheckpointLog.Append(connection, schema, checkpoint, heads, previousLeaves, ct);
        await transaction.CommitAsync(ct);
        return checkpoint;
    }
}
