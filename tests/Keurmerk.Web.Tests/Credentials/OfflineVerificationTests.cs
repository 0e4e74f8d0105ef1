using Keurmerk.Web.Features.Credentials;
using Keurmerk.Web.Infrastructure.Credentials;
using Keurmerk.Web.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using static Keurmerk.Web.Tests.Credentials.CredentialSupport;

namespace Keurmerk.Web.Tests.Credentials;

/// <summary>A school verifies with what it saved while online (the bundle and the issuer's keys), and no network.</summary>
public class OfflineVerificationTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task ValidBeforeSuspension_SuspendedWithAFreshBundle_ValidAgainAfterReinstatement()
    {
        var certified = await app.CertifyNewEmployer();
        var credential = await certified.Employer.Session.DownloadCredential(certified.CertificateNumber);
        var morningBundle = await app.Bundle();
        var triage = await app.Triage(certified);

        Assert.Equal(VerificationOutcome.Valid, (await app.VerifyOffline(credential, morningBundle)).Outcome);

        await triage("suspend", Reason("Signaal wordt onderzocht."));
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        // The morning's bundle still says what was true when it was made, and says when that was.
        var old = await app.VerifyOffline(credential, morningBundle);
        Assert.Equal(VerificationOutcome.Valid, old.Outcome);
        Assert.Equal(app.Clock.GetUtcNow().AddMinutes(-5), old.StatusAsOf);
        Assert.Equal(VerificationOutcome.Suspended, (await app.VerifyOffline(credential, await app.Bundle())).Outcome);

        await triage("reinstate", Reason("Onderzoek afgerond."));
        Assert.Equal(VerificationOutcome.Valid, (await app.VerifyOffline(credential, await app.Bundle())).Outcome);

        await triage("revoke", new() { ["publicReason"] = "StandardNotMet", ["explanation"] = "Geen begeleiding geboden." });
        Assert.Equal(VerificationOutcome.Revoked, (await app.VerifyOffline(credential, await app.Bundle())).Outcome);
    }

    [Fact]
    public async Task TheJsonForm_VerifiesLikeTheJwt_AndExpiryNeedsNoBit()
    {
        var certified = await app.CertifyNewEmployer();
        var json = await certified.Employer.Session.Client.GetStringAsync($"/certificates/{certified.CertificateNumber}/credential.json");
        var bundle = await app.Bundle();

        Assert.Equal(VerificationOutcome.Valid, (await app.VerifyOffline(json, bundle)).Outcome);
        var validUntil = DateTimeOffset.Parse((string)Jose.Parse(CredentialVerifier.Unwrap(json))!.Payload["validUntil"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(VerificationOutcome.Expired, (await app.VerifyOffline(json, bundle, validUntil.AddSeconds(1))).Outcome);
    }

    [Fact]
    public async Task BadInput_IsReportedAsSuch_NeverAsValid()
    {
        var certified = await app.CertifyNewEmployer();
        var credential = await certified.Employer.Session.DownloadCredential(certified.CertificateNumber);
        var bundle = await app.Bundle();
        var keys = await app.TrustedKeys();
        var issuer = Jose.Parse(credential)!.KeyOwner;

        Assert.Equal(VerificationOutcome.SignatureInvalid, (await app.VerifyOffline(WithChangedByte(credential), bundle)).Outcome);
        Assert.Equal(VerificationOutcome.Malformed, (await app.VerifyOffline("not a credential", bundle)).Outcome);
        Assert.Equal(VerificationOutcome.BundleNotTrusted, (await app.VerifyOffline(credential, WithChangedByte(bundle))).Outcome);

        // Someone else's key, claiming to be the issuer: as the credential's signer, and as the bundle's.
        using var stranger = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var strangerKey = new IssuerKey(IssuerKeys.KeyIdFor(issuer, stranger), stranger, DateTimeOffset.MinValue, null, CanSign: true);
        var forged = Jose.Sign(Jose.Parse(credential)!.Payload, strangerKey, Jose.CredentialType);
        Assert.Equal(VerificationOutcome.NotTrusted, (await app.VerifyOffline(forged, bundle)).Outcome);
        var forgedBundlePayload = Jose.Parse(bundle)!.Payload;
        forgedBundlePayload["keys"]!.AsArray().Add(strangerKey.PublicJwk());
        var forgedBundle = Jose.Sign(forgedBundlePayload, strangerKey, Jose.BundleType);
        Assert.Equal(VerificationOutcome.BundleNotTrusted, (await app.VerifyOffline(forged, forgedBundle)).Outcome);

        // A day and a bit later the bundle (and its status lists) are past their ttl: genuine, but status as of then.
        var stale = await app.VerifyOffline(credential, bundle, app.Clock.GetUtcNow().AddHours(25));
        Assert.Equal(VerificationOutcome.StatusOutOfDate, stale.Outcome);
        Assert.Equal(app.Clock.GetUtcNow(), stale.StatusAsOf);
        Assert.False(stale.IsValid);

        // A trusted key, used after its period ended.
        var current = keys.Single();
        var retired = current.DeepClone().AsObject();
        retired["validUntil"] = Jwk.Time(app.Clock.GetUtcNow().AddDays(-1));
        var retiredBundle = Jose.Parse(bundle)!.Payload;
        retiredBundle["keys"] = new JsonArray(retired);
        Assert.Equal(VerificationOutcome.KeyOutsidePeriod, (await CredentialVerifier.Verify(credential,
            SignWithAppKey(retiredBundle), keys, app.Clock.GetUtcNow())).Outcome);
    }

    [Fact]
    public async Task TheCommand_ExitsZeroForValid_OneForAnythingElse_WithoutTheNetwork()
    {
        var certified = await app.CertifyNewEmployer();
        var folder = Directory.CreateTempSubdirectory("keurmerk-verify-").FullName;
        try
        {
            var credential = Path.Combine(folder, "credential.jwt");
            var bundle = Path.Combine(folder, "bundle.jwt");
            var trust = Path.Combine(folder, "jwks.json");
            await File.WriteAllTextAsync(credential, await certified.Employer.Session.DownloadCredential(certified.CertificateNumber));
            await File.WriteAllTextAsync(trust, await app.CreateClient().GetStringAsync("/.well-known/jwks.json"));
            var configuration = new ConfigurationBuilder().Build();
            var environment = new CommandEnvironment();

            async Task<(int Code, string Output)> Run(params string[] args)
            {
                var output = new StringWriter();
                return (await CredentialCommands.Run(args, configuration, environment, output), output.ToString());
            }

            // The command reads the real clock: the bundle is made at that time too.
            if (app.Clock.GetUtcNow() < DateTimeOffset.UtcNow) app.Clock.SetUtcNow(DateTimeOffset.UtcNow);
            await File.WriteAllTextAsync(bundle, await app.Bundle());
            var (code, text) = await Run("verify-credential", credential, "--bundle", bundle, "--trust", trust);
            Assert.True(code == 0, text);
            Assert.StartsWith("VALID", text);

            await File.WriteAllTextAsync(credential, WithChangedByte(await File.ReadAllTextAsync(credential)));
            (code, text) = await Run("verify-credential", credential, "--bundle", bundle, "--trust", trust);
            Assert.Equal(1, code);
            Assert.StartsWith("SIGNATUREINVALID", text);
            Assert.Equal(2, (await Run("verify-credential", credential)).Code);
            Assert.Equal(2, (await Run("verify-credential", Path.Combine(folder, "missing.jwt"), "--bundle", bundle, "--trust", trust)).Code);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string SignWithAppKey(JsonObject payload)
    {
        var keys = (IssuerKeys)app.Services.GetService(typeof(IssuerKeys))!;
        return Jose.Sign(payload, keys.Current, Jose.BundleType);
    }

    private sealed class CommandEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";
        public string ApplicationName { get; set; } = "Keurmerk.Web";
        public string ContentRootPath { get; set; } = Path.GetTempPath();
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
