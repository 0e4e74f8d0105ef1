using Keurmerk.Web.Tests.Credentials;
using Keurmerk.Web.Tests.Support;
using System.Text.Json.Nodes;

namespace Keurmerk.Web.Tests.Transparency;

/// <summary>
/// A checkpoint and a proof checked by code that is not ours: jose from npm for the JWS, Node's SHA-256 and
/// RFC 9162's algorithm for the audit path (node/checkpoint.mjs). Proves the format standard, not just self-consistent.
/// </summary>
public class IndependentCheckpointTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly AppFixture app = fixture;

    [Fact]
    public async Task JoseAcceptsTheCheckpoint_AndTheProofLeadsToItsRoot_ButNotAChangedOne()
    {
        var (_, stream) = await app.SubmittedAssessment();
        var sequence = await app.CurrentCheckpoint();
        var client = app.CreateClient();
        var checkpoint = JsonNode.Parse(await client.GetStringAsync($"/transparency/checkpoints/{sequence}"))!;
        var jws = checkpoint["jws"]!.GetValue<string>();
        var parts = jws.Split('.');

        var result = await NodeVerifier.Run("checkpoint.mjs", new JsonObject
        {
            ["jwks"] = JsonNode.Parse(await client.GetStringAsync("/.well-known/jwks.json")),
            ["checkpoint"] = jws,
            ["proof"] = JsonNode.Parse(await client.GetStringAsync($"/transparency/checkpoints/{sequence}/proof/{stream}")),
            ["refuse"] = new JsonObject { ["changedPayload"] = $"{parts[0]}.{parts[1][..^2]}AA.{parts[2]}" },
        });

        Assert.Equal("ES256", result["header"]!["alg"]!.GetValue<string>());
        Assert.Equal(sequence, result["payload"]!["sequence"]!.GetValue<long>());
        Assert.Equal(checkpoint["checkpoint"]!["root"]!.GetValue<string>(), result["payload"]!["root"]!.GetValue<string>());
        Assert.True(result["proofVerifies"]!.GetValue<bool>(), result.ToJsonString());
        Assert.NotEqual("ACCEPTED", result["refused"]!["changedPayload"]!.GetValue<string>());
    }
}
