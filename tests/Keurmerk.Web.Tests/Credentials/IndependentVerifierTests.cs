using Keurmerk.Web.Tests.Support;
using System.Text.Json.Nodes;
using static Keurmerk.Web.Tests.Credentials.CredentialSupport;

namespace Keurmerk.Web.Tests.Credentials;

/// <summary>
/// Our JWTs are standard, not just self-consistent: jose (npm) verifies the credential and the status
/// lists with the published JWKS and did.json, and the offline page's script runs under Node's WebCrypto.
/// </summary>
public class IndependentVerifierTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Jose_VerifiesCredentialAndStatusLists_BeforeAndAfterSuspension_AndThePageScriptAgrees()
    {
        var certified = await app.CertifyNewEmployer();
        var credential = await certified.Employer.Session.DownloadCredential(certified.CertificateNumber);
        var client = app.CreateClient();
        var jwks = JsonNode.Parse(await client.GetStringAsync("/.well-known/jwks.json"))!;
        var anchors = jwks["keys"]!.DeepClone();
        var bundleBefore = await app.Bundle();

        async Task<JsonObject> Check(JsonArray pageCases) => await NodeVerifier.Run(new JsonObject
        {
            ["now"] = app.Clock.GetUtcNow().ToString("O"),
            ["did"] = (string?)JsonNode.Parse(await client.GetStringAsync("/.well-known/did.json"))!["id"],
            ["jwks"] = jwks.DeepClone(),
            ["didDocument"] = JsonNode.Parse(await client.GetStringAsync("/.well-known/did.json")),
            ["credential"] = credential,
            ["statusLists"] = new JsonObject
            {
                ["revocation"] = await client.GetStringAsync("/credentials/status/revocation"),
                ["suspension"] = await client.GetStringAsync("/credentials/status/suspension"),
            },
            ["refuse"] = new JsonObject { ["changedByte"] = WithChangedByte(credential) },
            ["pageScript"] = NodeVerifier.PageScript,
            ["pageCases"] = pageCases,
        });

        var before = await Check([
            new JsonObject { ["credential"] = credential, ["bundle"] = bundleBefore, ["anchors"] = anchors.DeepClone() },
            new JsonObject { ["credential"] = WithChangedByte(credential), ["bundle"] = bundleBefore, ["anchors"] = anchors.DeepClone() },
            new JsonObject { ["credential"] = credential, ["bundle"] = WithChangedByte(bundleBefore), ["anchors"] = anchors.DeepClone() },
            new JsonObject { ["credential"] = credential, ["bundle"] = bundleBefore, ["anchors"] = new JsonArray() },
            new JsonObject { ["credential"] = credential, ["bundle"] = bundleBefore, ["anchors"] = anchors.DeepClone(),
                ["now"] = app.Clock.GetUtcNow().AddHours(25).ToString("O") },
        ]);

        Assert.Equal("vc+jwt", (string?)before["header"]!["typ"]);
        Assert.Equal("ES256", (string?)before["header"]!["alg"]);
        Assert.Equal(certified.Employer.KvkNumber, (string?)before["payload"]!["credentialSubject"]!["identifier"]![0]!["identityHash"]);
        Assert.True((bool)before["didKeyVerifies"]!);
        Assert.Equal("ERR_JWS_SIGNATURE_VERIFICATION_FAILED", (string?)before["refused"]!["changedByte"]);
        foreach (var purpose in new[] { "revocation", "suspension" })
        {
            Assert.False((bool)before["status"]![purpose]!["set"]!);
            Assert.True((bool)before["status"]![purpose]!["sameList"]!);
            Assert.True((int)before["status"]![purpose]!["entries"]! >= 131_072);
        }
        Assert.Equal(["valid", "signature-invalid", "bundle-not-trusted", "bundle-not-trusted", "status-out-of-date"],
            before["page"]!.AsArray().Select(r => (string?)r!["outcome"]));

        var triage = await app.Triage(certified);
        await triage("suspend", Reason("Signaal wordt onderzocht."));
        var after = await Check([new JsonObject { ["credential"] = credential, ["bundle"] = await app.Bundle(), ["anchors"] = anchors.DeepClone() }]);

        Assert.True((bool)after["status"]!["suspension"]!["set"]!);
        Assert.False((bool)after["status"]!["revocation"]!["set"]!);
        Assert.Equal("suspended", (string?)after["page"]![0]!["outcome"]);
    }
}
