using Keurmerk.Audits.Transparency;
using System.Security.Cryptography;

namespace Keurmerk.Audits.Tests.Transparency;

/// <summary>The tree hash and audit paths against the Certificate Transparency reference vectors for RFC 6962.</summary>
public class MerkleTreeTests
{
    private static readonly byte[][] Leaves =
        [.. new[] { "", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f" }.Select(Convert.FromHexString)];

    private static readonly string[] Roots =
    [
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ];

    private static List<byte[]> Hashes(int size) => [.. Leaves.Take(size).Select(l => MerkleTree.LeafHash(l))];

    [Fact]
    public void Root_MatchesTheReferenceRoot_ForEverySizeFromEmptyToEight()
    {
        for (var size = 0; size <= 8; size++)
            Assert.Equal(Roots[size], Convert.ToHexStringLower(MerkleTree.Root(Hashes(size))));
    }

    [Theory]
    [InlineData(0, 8, new[] { "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7", "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e", "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4" })]
    [InlineData(5, 8, new[] { "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b", "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0", "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7" })]
    [InlineData(2, 3, new[] { "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125" })]
    public void AuditPath_MatchesTheReferenceProof_AndVerifies(int index, int size, string[] expected)
    {
        var hashes = Hashes(size);

        var path = MerkleTree.AuditPath(hashes, index);

        Assert.Equal(expected, path.Select(Convert.ToHexStringLower));
        Assert.True(MerkleTree.VerifyInclusion(hashes[index], index, size, path, Convert.FromHexString(Roots[size])));
    }

    [Fact]
    public void EveryLeafsPath_VerifiesInEveryTreeSize_AndNotForAnotherLeafOrPosition()
    {
        var many = Enumerable.Range(0, 37).Select(i => MerkleTree.LeafHash([(byte)i, (byte)(i * 7)])).ToList();
        for (var size = 1; size <= many.Count; size++)
        {
            var hashes = many.Take(size).ToList();
            var root = MerkleTree.Root(hashes);
            for (var i = 0; i < size; i++)
            {
                var path = MerkleTree.AuditPath(hashes, i);
                Assert.True(MerkleTree.VerifyInclusion(hashes[i], i, size, path, root), $"leaf {i} of {size}");
                Assert.False(MerkleTree.VerifyInclusion(MerkleTree.LeafHash([0xff]), i, size, path, root));
                if (size > 1) Assert.False(MerkleTree.VerifyInclusion(hashes[i], (i + 1) % size, size, path, root));
            }
        }
    }

    [Fact]
    public void LeafAndNode_AreDomainSeparated()
    {
        var left = MerkleTree.LeafHash([1]);
        var right = MerkleTree.LeafHash([2]);

        var node = MerkleTree.NodeHash(left, right);

        Assert.Equal(SHA256.HashData([1, .. left, .. right]), node);
        Assert.Equal(SHA256.HashData([0, 1]), left);
    }

    [Fact]
    public void LeafOrder_IsTheOrderOfTheIdsText_AsInPostgreSql()
    {
        var ids = Enumerable.Range(0, 500).Select(_ => Guid.NewGuid()).ToList();

        var ordered = ids.Order(CheckpointLeaf.Order).ToList();

        Assert.Equal(ids.OrderBy(id => id.ToString("D"), StringComparer.Ordinal), ordered);
    }
}
