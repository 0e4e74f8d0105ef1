using System.Text;

namespace Keurmerk.Audits.Transparency;

/// <summary>
/// One leaf of a checkpoint's tree: a stream's chain head as it was. The leaf's bytes are the UTF-8 of
/// "streamId\nversion\nheadHash" (the id lower-case with hyphens, the hash lower-case hex).
/// </summary>
public sealed record CheckpointLeaf(Guid StreamId, long Version, string HeadHash)
{
    public byte[] Bytes() => Encoding.UTF8.GetBytes($"{StreamId:D}\n{Version}\n{HeadHash}");

    public byte[] Hash() => MerkleTree.LeafHash(Bytes());

    /// <summary>Leaves are ordered by the id's text, which is PostgreSQL's uuid order too.</summary>
    public static IComparer<Guid> Order { get; } = Comparer<Guid>.Create(CompareAsText);

    /// <summary>The order of the ids' text: that of their big-endian bytes, compared without writing the text out.</summary>
    private static int CompareAsText(Guid a, Guid b)
    {
        Span<byte> left = stackalloc byte[16];
        Span<byte> right = stackalloc byte[16];
        a.TryWriteBytes(left, bigEndian: true, out _);
        b.TryWriteBytes(right, bigEndian: true, out _);
        return left.SequenceCompareTo(right);
    }

    public static byte[] Root(IReadOnlyList<CheckpointLeaf> ordered) => MerkleTree.Root([.. ordered.Select(l => l.Hash())]);
}

/// <summary>
/// A published checkpoint as stored: the signed JWS is the checkpoint, the other columns are what it says,
/// kept beside it for queries. Hash is SHA-256 over the JWS text; the next checkpoint's Previous is this Hash.
/// </summary>
public sealed record StoredCheckpoint(
    long Sequence,
    DateTimeOffset IssuedAt,
    long TreeSize,
    long EventCount,
    string Root,
    string Previous,
    string Hash,
    string KeyId,
    string Jws);
