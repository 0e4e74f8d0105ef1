using System.Security.Cryptography;

namespace Keurmerk.Audits.Transparency;

/// <summary>
/// The Merkle tree hash of RFC 6962 (section 2.1, as in RFC 9162): a leaf is SHA-256(0x00 || leaf), a node
/// SHA-256(0x01 || left || right), and a tree of n leaves splits at the largest power of two below n.
/// The 0x00/0x01 prefixes keep a leaf from ever being passed off as a node.
/// </summary>
public static class MerkleTree
{
    public static byte[] LeafHash(ReadOnlySpan<byte> leaf)
    {
        var input = new byte[leaf.Length + 1];
        leaf.CopyTo(input.AsSpan(1));
        return SHA256.HashData(input);
    }

    public static byte[] NodeHash(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        Span<byte> input = stackalloc byte[1 + left.Length + right.Length];
        input[0] = 1;
        left.CopyTo(input[1..]);
        right.CopyTo(input[(1 + left.Length)..]);
        return SHA256.HashData(input);
    }

    /// <summary>MTH(D[n]) from the leaves' hashes; the empty tree's root is SHA-256 of nothing.</summary>
    public static byte[] Root(IReadOnlyList<byte[]> leafHashes) =>
        leafHashes.Count == 0 ? SHA256.HashData([]) : RootOf(leafHashes, 0, leafHashes.Count);

    /// <summary>PATH(m, D[n]): the sibling hashes from the leaf up to the root, nearest first.</summary>
    public static IReadOnlyList<byte[]> AuditPath(IReadOnlyList<byte[]> leafHashes, int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, leafHashes.Count);
        var path = new List<byte[]>();
        Path(leafHashes, 0, leafHashes.Count, index, path);
        return path;
    }

    /// <summary>RFC 9162 section 2.1.3.2: does this path lead from this leaf hash at this index to the root?</summary>
    public static bool VerifyInclusion(byte[] leafHash, long index, long treeSize, IReadOnlyList<byte[]> path, byte[] root)
    {
        if (index < 0 || index >= treeSize) return false;
        long fn = index, sn = treeSize - 1;
        var r = leafHash;
        foreach (var p in path)
        {
            if (sn == 0) return false;
            if ((fn & 1) == 1 || fn == sn)
            {
                r = NodeHash(p, r);
                if ((fn & 1) == 0)
                    while ((fn & 1) == 0 && fn != 0) { fn >>= 1; sn >>= 1; }
            }
            else
            {
                r = NodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && r.AsSpan().SequenceEqual(root);
    }

    private static byte[] RootOf(IReadOnlyList<byte[]> hashes, int start, int count)
    {
        if (count == 1) return hashes[start];
        var k = Split(count);
        return NodeHash(RootOf(hashes, start, k), RootOf(hashes, start + k, count - k));
    }

    private static void Path(IReadOnlyList<byte[]> hashes, int start, int count, int index, List<byte[]> path)
    {
        if (count == 1) return;
        var k = Split(count);
        if (index < k)
        {
            Path(hashes, start, k, index, path);
            path.Add(RootOf(hashes, start + k, count - k));
        }
        else
        {
            Path(hashes, start + k, count - k, index - k, path);
            path.Add(RootOf(hashes, start, k));
        }
    }

    /// <summary>The largest power of two smaller than n (n &gt; 1).</summary>
    private static int Split(int n)
    {
        var k = 1;
        while (k << 1 < n) k <<= 1;
        return k;
    }
}
