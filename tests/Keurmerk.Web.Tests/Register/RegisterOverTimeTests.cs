using Keurmerk.Domain;
using Keurmerk.Web.Features.Register;
using Keurmerk.Web.Infrastructure.Demo;
using Keurmerk.Web.Tests.Support;

namespace Keurmerk.Web.Tests.Register;

/// <summary>
/// An organisation that renewed: both certificates are listed, the one in force first. A class of its
/// own, so its extra certificates do not change what the other register tests count.
/// </summary>
public class RegisterRenewalTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Renewal_ListsEveryCertificate_CurrentFirst_AndOnAnOldDateTheOldOne()
    {
        var now = app.Clock.GetUtcNow();
        var renewed = new DemoOrganisation($"Hoveniersbedrijf Groen Rijswijk {Employers.UniqueSuffix()}", Employers.NewKvkNumber(),
            SizeClass.Small, "groen", "Rijswijk", "Joyce Pinas", "joyce@groen-rijswijk.example");
        var old = await app.Certify(renewed, decidedAt: now.AddYears(-DemoCertificates.ValidityYears).AddDays(-3));
        var current = await app.Certify(renewed, decidedAt: now.AddDays(-10));

        var organisation = await app.Organisation(renewed);
        Assert.Equal([(current, "certified"), (old, "expired")], organisation.Certificates.Select(c => (c.CertificateNumber, c.Status)));
        Assert.Equal(("certified", current), (organisation.Status, organisation.CertificateNumber));

        var aYearAgo = DutchCalendar.DateOf(now.AddYears(-1)).ToString("yyyy-MM-dd");
        var then = await app.Organisation(renewed, on: aYearAgo);
        Assert.Equal(("certified", old), (then.Status, then.CertificateNumber));
        Assert.Equal([(old, "certified"), (current, "none")], then.Certificates.Select(c => (c.CertificateNumber, c.Status)));

        var page = await app.NewSession().Get($"/register?q={renewed.KvkNumber}");
        Assert.Equal([(current, "Gecertificeerd"), (old, "Verlopen")], RegisterPageTests.Rows(page).Select(r => (r.Number, r.Status)));
    }
}

/// <summary>
/// Time passes without the expiry job: a certificate past its last valid day must read as expired
/// everywhere, although its stored status still says certified. Moves the clock, so a class of its own.
/// </summary>
public class RegisterAfterValidityTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task CertifiedPastValidUntil_IsExpired_InTheFilterThePageAndTheCheck()
    {
        var before = (await app.Organisation(DemoCertificates.Valid)).Certificates.Single();
        Assert.Equal("certified", before.Status);

        app.Clock.Advance(TimeSpan.FromDays(365 * DemoCertificates.ValidityYears));

        var client = app.CreateClient();
        var certified = await client.GetJson<RegisterPageResponse>("/api/register?status=certified");
        Assert.DoesNotContain(certified.Items, i => i.CertificateNumber == before.CertificateNumber);
        var expired = await client.GetJson<RegisterPageResponse>("/api/register?status=expired");
        Assert.Contains(expired.Items, i => i.CertificateNumber == before.CertificateNumber && i.Status == "expired");

        var certificate = await client.GetJson<CertificateResponse>($"/api/certificates/{before.CertificateNumber}");
        Assert.Equal(("expired", before.ValidUntil.AddDays(1)), (certificate.Status, certificate.StatusSince));

        var page = await app.NewSession().Get($"/register?q={DemoCertificates.Valid.KvkNumber}");
        Assert.Equal("Verlopen", Assert.Single(RegisterPageTests.Rows(page)).Status);
        var check = await app.NewSession().Get($"/verify/{before.CertificateNumber}");
        Assert.Equal("✗ Niet geldig: verlopen", check.QuerySelector(".verdict-headline")!.TextContent.Trim());
    }
}
