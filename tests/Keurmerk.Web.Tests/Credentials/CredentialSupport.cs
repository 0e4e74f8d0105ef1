using Keurmerk.Audits.Credentials;
using Keurmerk.Web.Infrastructure.Credentials;
using Keurmerk.Web.Tests.Signals;
using Keurmerk.Web.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Text.Json.Nodes;

namespace Keurmerk.Web.Tests.Credentials;

/// <summary>Downloads and status changes through the app's own pages, and what a school would save while online.</summary>
public static class CredentialSupport
{
    public static async Task<string> DownloadCredential(this WebSession employer, string number)
    {
        var response = await employer.Client.GetAsync($"/certificates/{number}/credential.jwt");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public static async Task<string> Bundle(this AppFixture app) => await app.CreateClient().GetStringAsync("/verify/bundle");

    public static async Task<List<JsonObject>> TrustedKeys(this AppFixture app) =>
        [.. JsonNode.Parse(await app.CreateClient().GetStringAsync("/.well-known/jwks.json"))!["keys"]!.AsArray().OfType<JsonObject>()];

    public static async Task<VerificationResult> VerifyOffline(this AppFixture app, string credential, string bundle, DateTimeOffset? now = null) =>
        await CredentialVerifier.Verify(credential, bundle, await app.TrustedKeys(), now ?? app.Clock.GetUtcNow());

    public static async Task<CertificateCredential> CredentialRecord(this AppFixture app, Guid assessmentId)
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.LoadAsync<CertificateCredential>(assessmentId))!;
    }

    public static async Task<bool> StatusBit(this AppFixture app, string purpose, int index)
    {
        var list = Jose.Parse(await app.CreateClient().GetStringAsync($"/credentials/status/{purpose}"))!;
        return StatusLists.IsSet(StatusLists.Decode((string)list.Payload["credentialSubject"]!["encodedList"]!), index);
    }

    /// <summary>A signal raised by the public, then the assessor's measure on the certificate, through the triage page.</summary>
    public static async Task<Func<string, Dictionary<string, string>, Task>> Triage(this AppFixture app, CertifiedEmployer certified)
    {
        var reference = await app.NewSession().RaiseSignal(certified.Employer.KvkNumber);
        var signalId = (await app.SignalByReference(reference)).Id;
        var assessor = await app.LoggedIn(Certification.AssessorA);
        return async (step, values) => Assert.Equal(HttpStatusCode.Redirect, (await assessor.Triage(signalId, step, values)).StatusCode);
    }

    public static Dictionary<string, string> Reason(string reason) => new() { ["reason"] = reason };

    /// <summary>One byte of the signed content changed (a digit of "iat"), still well-formed JSON, signature kept.</summary>
    public static string WithChangedByte(string jwt)
    {
        var parts = jwt.Split('.');
        var payload = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(Jwk.FromBase64Url(parts[1])));
        var at = System.Text.Encoding.UTF8.GetString(payload).IndexOf("\"iat\":", StringComparison.Ordinal) + 7;
        payload[at] = (byte)(payload[at] == '9' ? '8' : payload[at] + 1);
        return $"{parts[0]}.{Jwk.Base64Url(payload)}.{parts[2]}";
    }
}
