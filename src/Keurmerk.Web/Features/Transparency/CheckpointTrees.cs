using Keurmerk.Audits.Transparency;
using Marten;

namespace Keurmerk.Web.Features.Transparency;

/// <summary>One checkpoint's leaves, in order, with their hashes: what an inclusion proof is cut from.</summary>
public sealed class CheckpointTree(IReadOnlyList<CheckpointLeaf> leaves)
{
    private readonly byte[][] _hashes = [.. leaves.Select(l => l.Hash())];
    private readonly Dictionary<Guid, int> _index = leaves.Select((l, i) => (l.StreamId, i)).ToDictionary(x => x.StreamId, x => x.i);

    public int Size => leaves.Count;

    public byte[] Root() => MerkleTree.Root(_hashes);

    /// <summary>The stream's leaf, its position and its audit path; null when the checkpoint has no such stream.</summary>
    public (CheckpointLeaf Leaf, int Index, byte[] LeafHash, IReadOnlyList<byte[]> Path)? Proof(Guid streamId) =>
        _index.TryGetValue(streamId, out var i) ? (leaves[i], i, _hashes[i], MerkleTree.AuditPath(_hashes, i)) : null;
}

/// <summary>
/// Checkpoints never change, so their trees can be kept: the few most recently asked for stay in memory
/// (a tree of 250,000 streams is some 20 MB), so a run of proof requests reads the leaves once.
/// </summary>
public sealed class CheckpointTrees(IDocumentStore store)
{
    private const int Kept = 2;
    private readonly Lock _lock = new();
    private readonly LinkedList<(long Sequence, Task<CheckpointTree> Tree)> _recent = new();

    public Task<CheckpointTree> Of(long sequence, CancellationToken ct)
    {
        lock (_lock)
        {
            var found = _recent.FirstOrDefault(r => r.Sequence == sequence);
            if (found.Tree is { IsFaulted: false, IsCanceled: false })
            {
                _recent.Remove(found);
                _recent.AddFirst(found);
                return found.Tree.WaitAsync(ct);
            }
            if (found.Tree is not null) _recent.Remove(found);
            // Not the caller's token: the load is shared with whoever asks next.
            var tree = Load(sequence);
            _recent.AddFirst((sequence, tree));
            while (_recent.Count > Kept) _recent.RemoveLast();
            return tree.WaitAsync(ct);
        }
    }

    private async Task<CheckpointTree> Load(long sequence)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        return new CheckpointTree(await CheckpointLog.LeavesOf(connection, store.Options.Events.DatabaseSchemaName, sequence));
    }
}
