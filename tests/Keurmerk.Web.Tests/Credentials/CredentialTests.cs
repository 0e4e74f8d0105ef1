using Keurmerk.Audits.Credentials;
using Keurmerk.Web.Infrastructure.Credentials;
using Keurmerk.Web.Tests.Support;
using System.Net;
using System.Text.Json.Nodes;
using static Keurmerk.Web.Tests.Credentials.CredentialSupport;

namespace Keurmerk.Web.Tests.Credentials;

/// <summary>A certificate as a signed Open Badges 3.0 credential, its status bits, and the keys that verify it.</summary>
public class CredentialTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Employer_DownloadsTheCredential_AsJwtAndJson_SignedByAPublishedKey()
    {
        var certified = await app.CertifyNewEmployer();
        var employer = certified.Employer.Session;

        var response = await employer.Client.GetAsync($"/certificates/{certified.CertificateNumber}/credential.jwt");
        Assert.Equal("application/vc+jwt", response.Content.Headers.ContentType?.MediaType);
        var jwt = await response.Content.ReadAsStringAsync();

        var parsed = Jose.Parse(jwt)!;
        Assert.Equal(("ES256", "vc+jwt"), (parsed.Algorithm, parsed.Type));
        Assert.Contains(await app.TrustedKeys(), k => (string?)k["kid"] == parsed.KeyId);
        var vc = parsed.Payload;
        Assert.Equal(["VerifiableCredential", "OpenBadgeCredential"], vc["type"]!.AsArray().Select(t => (string)t!));
        Assert.Equal("Stichting ELBHO", (string?)vc["issuer"]!["name"]);
        Assert.Equal(parsed.KeyOwner, (string?)vc["issuer"]!["id"]);
        var subject = vc["credentialSubject"]!;
        Assert.Equal(certified.Employer.KvkNumber, (string?)subject["identifier"]![0]!["identityHash"]);
        Assert.Equal("Keurmerk Inclusief Stagebedrijf, Haagse Stagestandaard versie 1", (string?)subject["achievement"]!["name"]);
        var register = JsonNode.Parse(await app.CreateClient().GetStringAsync($"/api/certificates/{certified.CertificateNumber}"))!;
        var (from, until) = CredentialDocuments.Validity(DateOnly.Parse((string)register["validFrom"]!, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse((string)register["validUntil"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Jwk.Time(from), (string?)vc["validFrom"]);
        Assert.Equal(Jwk.Time(until), (string?)vc["validUntil"]);
        var status = vc["credentialStatus"]!.AsArray();
        Assert.Equal(["revocation", "suspension"], status.Select(s => (string)s!["statusPurpose"]!));
        var index = int.Parse((string)status[0]!["statusListIndex"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((await app.CredentialRecord(certified.AssessmentId)).StatusListIndex, index);

        // The same bytes every time, and the JSON form envelopes exactly them.
        Assert.Equal(jwt, await employer.DownloadCredential(certified.CertificateNumber));
        var json = JsonNode.Parse(await employer.Client.GetStringAsync($"/certificates/{certified.CertificateNumber}/credential.json"))!;
        Assert.Equal("EnvelopedVerifiableCredential", (string?)json["type"]);
        Assert.Equal($"data:application/vc+jwt,{jwt}", (string?)json["id"]);
    }

    [Fact]
    public async Task OnlyTheCertifiedEmployer_AndElbho_MayDownloadIt()
    {
        var certified = await app.CertifyNewEmployer();
        var url = $"/certificates/{certified.CertificateNumber}/credential.jwt";

        Assert.StartsWith("/account/login", Employers.RedirectPath(await app.NewSession().Client.GetAsync(url)));
        var other = await app.SignUpNewEmployer();
        Assert.StartsWith("/account/denied", Employers.RedirectPath(await other.Session.Client.GetAsync(url)));
        Assert.Equal(HttpStatusCode.OK, (await (await app.LoggedIn(Certification.AssessorA)).Client.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoggedIn(Certification.AssessorA)).Client.GetAsync("/certificates/HSS-1999-00000/credential.jwt")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await other.Session.Client.GetAsync($"/certificates/{new string('9', 200)}/credential.jwt")).StatusCode);
    }

    [Fact]
    public async Task Suspension_Reinstatement_Revocation_FlipTheBits_InTheSameRequest()
    {
        var certified = await app.CertifyNewEmployer();
        var triage = await app.Triage(certified);
        var index = (await app.CredentialRecord(certified.AssessmentId)).StatusListIndex;
        Assert.False(await app.StatusBit(StatusLists.Suspension, index));

        await triage("suspend", Reason("Signaal wordt onderzocht."));
        Assert.True((await app.CredentialRecord(certified.AssessmentId)).Suspended);
        Assert.True(await app.StatusBit(StatusLists.Suspension, index));
        Assert.False(await app.StatusBit(StatusLists.Revocation, index));

        await triage("reinstate", Reason("Onderzoek afgerond."));
        Assert.False(await app.StatusBit(StatusLists.Suspension, index));

        await triage("revoke", new() { ["publicReason"] = "StandardNotMet", ["explanation"] = "Geen begeleiding geboden." });
        Assert.True(await app.StatusBit(StatusLists.Revocation, index));
        Assert.False(await app.StatusBit(StatusLists.Suspension, index));
    }

    [Fact]
    public async Task StatusLists_AreSignedW3cBitstringLists_WithAShortTtl_AndAtLeast131072Entries()
    {
        foreach (var purpose in StatusLists.Purposes)
        {
            var response = await app.CreateClient().GetAsync($"/credentials/status/{purpose}");
            Assert.Equal("application/vc+jwt", response.Content.Headers.ContentType?.MediaType);
            var list = Jose.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal("vc+jwt", list.Type);
            Assert.Equal(["VerifiableCredential", "BitstringStatusListCredential"], list.Payload["type"]!.AsArray().Select(t => (string)t!));
            var subject = list.Payload["credentialSubject"]!;
            Assert.Equal(purpose, (string?)subject["statusPurpose"]);
            Assert.Equal(24 * 3600 * 1000L, (long)subject["ttl"]!);
            Assert.True(StatusLists.Decode((string)subject["encodedList"]!).Length * 8 >= 131_072);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/credentials/status/whatever")).StatusCode);
    }

    [Fact]
    public async Task IssuerKeys_ArePublishedAsJwksAndDidWeb_WithoutAnyPrivatePart()
    {
        var jwks = await app.CreateClient().GetStringAsync("/.well-known/jwks.json");
        var did = JsonNode.Parse(await app.CreateClient().GetStringAsync("/.well-known/did.json"))!;

        Assert.Equal("did:web:localhost", (string?)did["id"]);
        var keys = await app.TrustedKeys();
        Assert.Equal(keys.Select(k => (string?)k["kid"]), did["verificationMethod"]!.AsArray().Select(m => (string?)m!["id"]));
        Assert.Equal(keys.Select(k => (string?)k["kid"]), did["assertionMethod"]!.AsArray().Select(m => (string?)m));
        Assert.All(keys, k => Assert.StartsWith("did:web:localhost#", (string?)k["kid"]));
        Assert.DoesNotContain("\"d\"", jwks);
        Assert.DoesNotContain("\"d\"", did.ToJsonString());
    }

    [Fact]
    public async Task OfflinePage_CarriesTheKeysItTrusts_AndLoadsOnlyItsScriptFile_Relatively()
    {
        var page = await app.NewSession().Get("/verify/offline");

        var trusted = JsonNode.Parse(page.QuerySelector("#verifier")!.GetAttribute("data-trusted-keys")!)!["keys"]!.AsArray();
        Assert.Equal((await app.TrustedKeys()).Select(k => (string?)k["kid"]), trusted.Select(k => (string?)k!["kid"]));
        var script = Assert.Single(page.QuerySelectorAll("script"));
        Assert.Equal("offline-verifier.js", script.GetAttribute("src"));
        Assert.Empty(script.TextContent.Trim());
        Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.Equal("bundle", page.QuerySelector("a[download][href='bundle']")?.GetAttribute("href"));

        var js = await app.CreateClient().GetAsync("/verify/offline-verifier.js");
        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
        Assert.Contains("crypto.subtle.verify", await js.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CertificatePage_LinksTheCredential_AndThePdfSaysWhereItIs()
    {
        var certified = await app.CertifyNewEmployer();

        var page = await certified.Employer.Session.Get($"/assessments/{certified.AssessmentId}");
        var links = page.QuerySelectorAll("#credential-downloads a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/certificates/{certified.CertificateNumber}/credential.jwt", links);
        Assert.Contains($"/certificates/{certified.CertificateNumber}/credential.json", links);
        var pdf = await app.CreateClient().GetByteArrayAsync($"/certificates/{certified.CertificateNumber}/pdf");
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.Contains("/verify/offline", string.Join(" ", document.GetPage(1).GetWords().Select(w => w.Text)));
    }
}
