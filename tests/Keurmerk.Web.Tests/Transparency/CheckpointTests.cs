using Hangfire;
using Hangfire.Storage;
using Keurmerk.Audits.Transparency;
using Keurmerk.Tests;
using Keurmerk.Web.Features.Transparency;
using Keurmerk.Web.Infrastructure.Credentials;
using Keurmerk.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Keurmerk.Web.Tests.Transparency;

/// <summary>The checkpoint job, the public checkpoint endpoints and the check of a saved checkpoint, over real HTTP.</summary>
public class CheckpointTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly AppFixture app = fixture;

    private HttpClient Client => app.CreateClient();

    private async Task<JsonNode> GetJson(string url) => JsonNode.Parse(await Client.GetStringAsync(url))!;

    [Fact]
    public async Task Job_PublishesNothing_WhenNothingChanged_AndChainsTheNextToThePrevious()
    {
        var before = await app.CurrentCheckpoint();

        var unchanged = await app.PublishCheckpoint();
        await app.SubmittedAssessment();
        var next = await app.PublishCheckpoint();

        Assert.Null(unchanged);
        Assert.NotNull(next);
        Assert.Equal(before + 1, next.Sequence);
        var previous = await GetJson($"/transparency/checkpoints/{before}");
        Assert.Equal(previous["hash"]!.GetValue<string>(), next.Previous);
        Assert.Equal(CheckpointToken.HashOf(previous["jws"]!.GetValue<string>()), next.Previous);
        Assert.Null(await app.PublishCheckpoint());
    }

    [Fact]
    public async Task Checkpoint_IsAnEs256JwsWithTheIssuerKid_ThatVerifiesAgainstThePublishedJwks()
    {
        var sequence = await app.CurrentCheckpoint();

        var checkpoint = await GetJson($"/transparency/checkpoints/{sequence}");
        var jwks = (await GetJson("/.well-known/jwks.json"))["keys"]!.AsArray().OfType<JsonObject>().ToList();

        var parsed = Jose.Parse(checkpoint["jws"]!.GetValue<string>())!;
        Assert.Equal("ES256", parsed.Algorithm);
        Assert.Equal(CheckpointToken.Type, parsed.Type);
        Assert.Contains(jwks, k => (string?)k["kid"] == parsed.KeyId);
        var (claims, _, refusal) = await CheckpointToken.Open(checkpoint.ToJsonString(), jwks);
        Assert.Null(refusal);
        Assert.Equal(sequence, claims!.Sequence);
        Assert.Equal(claims.Root, checkpoint["checkpoint"]!["root"]!.GetValue<string>());
        Assert.Equal(claims.EventCount, checkpoint["checkpoint"]!["eventCount"]!.GetValue<long>());
        Assert.True(claims.TreeSize > 0);
    }

    [Fact]
    public async Task Proof_LeadsFromTheStreamsHead_ToTheSignedRoot()
    {
        var (_, id) = await app.SubmittedAssessment();
        await app.PublishCheckpoint();
        var sequence = await app.CurrentCheckpoint();

        var proof = await GetJson($"/transparency/checkpoints/{sequence}/proof/{id}");
        var checkpoint = await GetJson($"/transparency/checkpoints/{sequence}");

        var leaf = new CheckpointLeaf(Guid.Parse(proof["leaf"]!["streamId"]!.GetValue<string>()), proof["leaf"]!["version"]!.GetValue<long>(),
            proof["leaf"]!["headHash"]!.GetValue<string>());
        Assert.Equal(id, leaf.StreamId);
        Assert.Equal(Convert.ToHexStringLower(leaf.Hash()), proof["leafHash"]!.GetValue<string>());
        var path = proof["auditPath"]!.AsArray().Select(p => Convert.FromHexString(p!.GetValue<string>())).ToList();
        var signedRoot = Jose.Parse(checkpoint["jws"]!.GetValue<string>())!.Payload["root"]!.GetValue<string>();
        Assert.True(MerkleTree.VerifyInclusion(leaf.Hash(), proof["leafIndex"]!.GetValue<long>(), proof["treeSize"]!.GetValue<long>(), path,
            Convert.FromHexString(signedRoot)));
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        var head = (await CheckpointLog.CurrentHeads(connection, app.Schema)).Single(h => h.StreamId == id);
        Assert.Equal(head, leaf);
    }

    [Theory]
    [InlineData("/transparency/checkpoints?pageSize=0")]
    [InlineData("/transparency/checkpoints?pageSize=101")]
    [InlineData("/transparency/checkpoints?from=0")]
    [InlineData("/transparency/checkpoints?from=abc")]
    [InlineData("/transparency/checkpoints?from=99999999999999999999999")]
    [InlineData("/transparency/checkpoints/abc")]
    [InlineData("/transparency/checkpoints/0")]
    [InlineData("/transparency/checkpoints/-1")]
    [InlineData("/transparency/checkpoints/99999999999999999999999")]
    [InlineData("/transparency/checkpoints/1/proof/not-a-uuid")]
    public async Task BadValues_Are400_WithAProblem(string url)
    {
        var response = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task UnknownCheckpointOrStream_Is404()
    {
        var sequence = await app.CurrentCheckpoint();

        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/transparency/checkpoints/{sequence + 1000}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/transparency/checkpoints/{sequence + 1000}/proof/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/transparency/checkpoints/{sequence}/proof/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task List_IsPagedInSequenceOrder_WithALinkToTheNextPage()
    {
        await app.CurrentCheckpoint();
        await app.SubmittedAssessment();
        await app.PublishCheckpoint();

        var first = await GetJson("/transparency/checkpoints?pageSize=1");
        var second = await GetJson(first["next"]!.GetValue<string>());

        Assert.Equal(1, first["items"]![0]!["sequence"]!.GetValue<long>());
        Assert.Equal(2, second["items"]![0]!["sequence"]!.GetValue<long>());
        Assert.Equal(first["items"]![0]!["hash"]!.GetValue<string>(), second["items"]![0]!["checkpoint"]!["previous"]!.GetValue<string>());
        var all = await GetJson("/transparency/checkpoints?from=1&pageSize=100");
        Assert.Null(all["next"]);
        var sequences = all["items"]!.AsArray().Select(i => i!["sequence"]!.GetValue<long>()).ToList();
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long)i), sequences);
    }

    [Fact]
    public async Task Command_AgainstASavedCheckpoint_HoldsWhileNothingWasRewritten()
    {
        var sequence = await app.CurrentCheckpoint();
        var file = await app.SaveCheckpoint(sequence);
        await app.SubmittedAssessment(); // history grows after the checkpoint: that is not a rewrite

        var (exitCode, output) = await app.VerifyAuditChain("--against", file, "--trust", await app.SaveJwks());
        var (withServerKeys, _) = await app.VerifyAuditChain("--against", file);

        Assert.Equal(0, exitCode);
        Assert.Contains("History HOLDS", output);
        Assert.Equal(0, withServerKeys);
    }

    [Fact]
    public async Task TamperedSignatureOrUnknownKey_IsRefused_NotChecked()
    {
        var sequence = await app.CurrentCheckpoint();
        var checkpoint = (await GetJson($"/transparency/checkpoints/{sequence}")).AsObject();
        var jws = checkpoint["jws"]!.GetValue<string>();
        var parts = jws.Split('.');
        var payload = JsonNode.Parse(Encoding.UTF8.GetString(Jwk.FromBase64Url(parts[1])))!.AsObject();
        payload["root"] = new string('0', 64);
        checkpoint["jws"] = $"{parts[0]}.{Jwk.Base64Url(Encoding.UTF8.GetBytes(payload.ToJsonString()))}.{parts[2]}";
        var jwks = await app.SaveJwks();

        var changed = await app.VerifyAuditChain("--against", await app.Save(checkpoint.ToJsonString()), "--trust", jwks);
        var stranger = await app.VerifyAuditChain("--against", await app.SaveCheckpoint(sequence), "--trust",
            await app.Save("""{"keys":[]}"""));
        var garbage = await app.VerifyAuditChain("--against", await app.Save("not a checkpoint"), "--trust", jwks);
        var missing = await app.VerifyAuditChain("--against", "/nonexistent/checkpoint.json", "--trust", jwks);

        Assert.Equal(2, changed.ExitCode);
        Assert.Contains("signature does not hold", changed.Output);
        Assert.Equal(2, stranger.ExitCode);
        Assert.Contains("do not trust", stranger.Output);
        Assert.Equal(2, garbage.ExitCode);
        Assert.Equal(2, missing.ExitCode);
    }

    [Fact]
    public async Task ACheckpointWhosePreviousHashDoesNotMatchTheStoredChain_IsReported()
    {
        var sequence = await app.CurrentCheckpoint();
        var stored = await GetJson($"/transparency/checkpoints/{sequence}");
        var claims = stored["checkpoint"]!;
        // A fork: the same sequence and root, signed with the issuer's own key, but after another previous checkpoint.
        var keys = app.Services.GetRequiredService<IssuerKeys>();
        var forged = Jose.Sign(CheckpointToken.Payload(keys.Identity.Did, sequence, app.Clock.GetUtcNow(), claims["treeSize"]!.GetValue<long>(),
            claims["eventCount"]!.GetValue<long>(), claims["root"]!.GetValue<string>(), new string('a', 64)), keys.Current, CheckpointToken.Type);

        var (exitCode, output) = await app.VerifyAuditChain("--against", await app.Save(forged), "--trust", await app.SaveJwks());

        Assert.Equal(1, exitCode);
        Assert.Contains(sequence == 1 ? "the first has none" : "does not match stored checkpoint", output);
        Assert.Contains($"stored checkpoint {sequence} is not this checkpoint", output);
    }

    [Fact]
    public async Task AdminChainPage_ShowsTheLatestCheckpoint()
    {
        var sequence = await app.CurrentCheckpoint();

        var page = await (await app.LoggedIn("beheer@keurmerk.demo")).Get("/admin/audit-chain");

        var latest = page.QuerySelector("#latest-checkpoint")!;
        Assert.Equal(sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), latest.GetAttribute("data-sequence"));
        Assert.Contains("Laatste controlepunt", latest.TextContent);
    }

    [Fact]
    public void Job_IsScheduledHourly_ThroughTheRecurringJobManager()
    {
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();

        var job = connection.GetRecurringJobs().Single(j => j.Id == CheckpointPublisher.JobId);

        Assert.Equal(Cron.Hourly(), job.Cron);
        Assert.Equal(typeof(CheckpointPublisher), job.Job.Type);
    }

    [Fact]
    public async Task Endpoints_AreInTheOpenApiDocument()
    {
        var paths = (await GetJson("/openapi/v1.json"))["paths"]!.AsObject().Select(p => p.Key).ToList();

        Assert.Contains("/transparency/checkpoints", paths);
        Assert.Contains("/transparency/checkpoints/latest", paths);
        Assert.Contains("/transparency/checkpoints/{sequence}", paths);
        Assert.Contains("/transparency/checkpoints/{sequence}/proof/{streamId}", paths);
    }
}
