using AngleSharp.Dom;
using Keurmerk.Web.Infrastructure.Demo;
using Keurmerk.Web.Tests.Support;
using System.Net;

namespace Keurmerk.Web.Tests.Register;

/// <summary>A register row as a school reads it.</summary>
public sealed record RegisterRowText(string Organisation, string City, string Kvk, string Status, string Number, string? Link);

public class RegisterPageTests(AppFixture app) : IClassFixture<AppFixture>
{
    public static List<RegisterRowText> Rows(IDocument page) =>
        page.QuerySelectorAll("table.register-table tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").ToArray())
            .Select(td => new RegisterRowText(td[0].TextContent.Trim(), td[1].TextContent.Trim(), td[2].TextContent.Trim(),
                td[3].TextContent.Trim(), td[4].TextContent.Trim(), td[4].QuerySelector("a")?.GetAttribute("href")))
            .ToList();

    [Fact]
    public async Task Search_ByKvkNumber_FindsTheCertificate_WithoutAnyContactDetails()
    {
        var number = await app.CertificateNumberOf(DemoCertificates.Valid);

        var page = await app.NewSession().Get($"/register?q={DemoCertificates.Valid.KvkNumber}");

        var row = Assert.Single(Rows(page));
        Assert.Equal(new RegisterRowText(DemoCertificates.Valid.Name, "Den Haag", DemoCertificates.Valid.KvkNumber, "Gecertificeerd", number, $"/verify/{number}"), row);
        Assert.DoesNotContain("@", page.QuerySelector("table.register-table")!.TextContent);
        Assert.DoesNotContain(DemoCertificates.Valid.ContactEmail, page.Source.Text);
        Assert.DoesNotContain(DemoCertificates.Valid.ContactPerson, page.Source.Text);
    }

    [Fact]
    public async Task Search_ByCity_IgnoresCase_AndShowsTheEffectiveStatusInDutch()
    {
        var page = await app.NewSession().Get("/register?q=zoetermeer");

        var row = Assert.Single(Rows(page), r => r.Kvk == DemoCertificates.Expired.KvkNumber);
        Assert.Equal(("Zoetermeer", "Verlopen"), (row.City, row.Status));
        Assert.All(Rows(page), r => Assert.Contains("zoetermeer", $"{r.Organisation} {r.City}".ToLowerInvariant()));
        Assert.DoesNotContain("@", page.QuerySelector("table.register-table")!.TextContent);
    }

    [Fact]
    public async Task StatusFilter_ShowsOnlyThatStatus()
    {
        var page = await app.NewSession().Get("/register?status=suspended");

        var rows = Rows(page);
        Assert.Contains(rows, r => r.Kvk == DemoCertificates.Suspended.KvkNumber);
        Assert.All(rows, r => Assert.Equal("Geschorst", r.Status));
    }

    [Fact]
    public async Task Verify_ValidCertificate_SaysValid_AndLinksThePdf()
    {
        var number = await app.CertificateNumberOf(DemoCertificates.Valid);

        var page = await app.NewSession().Get($"/verify/{number}");

        Assert.Equal("certified", Verdict(page).GetAttribute("data-status"));
        Assert.StartsWith("✓ Geldig", Headline(page));
        Assert.Contains(DemoCertificates.Valid.Name, page.Body!.TextContent);
        Assert.Contains(DemoCertificates.Valid.KvkNumber, page.Body!.TextContent);
        Assert.Contains("versie 1", page.Body!.TextContent);
        Assert.NotNull(page.QuerySelector($"a[href='/certificates/{number}/pdf']"));
    }

    [Fact]
    public async Task Verify_SuspendedCertificate_SaysNotValidBecauseSuspended()
    {
        var page = await app.NewSession().Get($"/verify/{await app.CertificateNumberOf(DemoCertificates.Suspended)}");

        Assert.Equal("suspended", Verdict(page).GetAttribute("data-status"));
        Assert.Equal("✗ Niet geldig: geschorst", Headline(page));
    }

    [Fact]
    public async Task Verify_ExpiredCertificate_SaysSinceWhen()
    {
        var certificate = (await app.Organisation(DemoCertificates.Expired)).Certificates.Single();

        var page = await app.NewSession().Get($"/verify/{certificate.CertificateNumber}");

        Assert.Equal("✗ Niet geldig: verlopen", Headline(page));
        Assert.Contains($"verlopen sinds {certificate.StatusSince!.Value.ToString("d MMMM yyyy", new System.Globalization.CultureInfo("nl-NL"))}",
            Verdict(page).TextContent);
    }

    [Fact]
    public async Task Verify_InEnglish_SaysValid()
    {
        var page = await app.NewSession().Get($"/verify/{await app.CertificateNumberOf(DemoCertificates.Valid)}?culture=en&ui-culture=en");

        Assert.StartsWith("✓ Valid", Headline(page));
    }

    [Fact]
    public async Task Verify_UnknownNumber_Is404WithAClearMessage()
    {
        var page = await app.NewSession().Get("/verify/HSS-1999-99999", HttpStatusCode.NotFound);

        Assert.Equal("Onbekend certificaatnummer", Headline(page));
        Assert.Contains("HSS-1999-99999", Verdict(page).TextContent);
    }

    private static IElement Verdict(IDocument page) => page.QuerySelector(".verdict") ?? throw new InvalidOperationException("No verdict on the page.");

    private static string Headline(IDocument page) => Verdict(page).QuerySelector(".verdict-headline")!.TextContent.Trim();
}
