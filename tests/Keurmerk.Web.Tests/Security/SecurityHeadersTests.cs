using Keurmerk.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using System.Net;

namespace Keurmerk.Web.Tests.Security;

/// <summary>The security headers, on pages, the API, static files, downloads and error pages alike.</summary>
public class SecurityHeadersTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/register", HttpStatusCode.OK)]
    [InlineData("/api/register", HttpStatusCode.OK)]
    [InlineData("/api/register?page=0", HttpStatusCode.BadRequest)]
    [InlineData("/openapi/v1.json", HttpStatusCode.OK)]
    [InlineData("/css/site.css", HttpStatusCode.OK)]
    [InlineData("/bestaat-niet", HttpStatusCode.NotFound)]
    [InlineData("/register?q=%00", HttpStatusCode.BadRequest)]
    [InlineData("/assessments", HttpStatusCode.Redirect)]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string url, HttpStatusCode status)
    {
        var response = await app.NewSession().Client.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task ADownload_CarriesTheSecurityHeaders()
    {
        var employer = await app.SignUpNewEmployer();
        var id = await employer.StartAssessment();
        await employer.Session.SaveSection(id, "recruitment", new Dictionary<string, string> { ["REC-01"] = "yes" }, [("REC-01", "a.pdf", TestFiles.Pdf())]);
        var page = await employer.Session.Get(Employers.SectionUrl(id, "recruitment"));

        AssertSecurityHeaders(await employer.Session.Client.GetAsync(page.QuerySelector("#criterion-REC-01 .evidence-list a")!.GetAttribute("href")));
    }

    [Fact]
    public async Task OverHttps_OutsideDevelopment_HstsIsSent()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/register");

        Assert.Contains("max-age=31536000", string.Join("", response.Headers.GetValues("Strict-Transport-Security")));
    }

    /// <summary>The pages' own markup keeps to the policy: no inline script, no inline event handler.</summary>
    [Theory]
    [InlineData("/")]
    [InlineData("/register")]
    [InlineData("/signals/new")]
    [InlineData("/account/login")]
    [InlineData("/account/signup")]
    public async Task Pages_HaveNoInlineScript_NorInlineEventHandlers(string url)
    {
        var page = await app.NewSession().Get(url);

        Assert.All(page.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src"), $"Inline script on {url}: {s.OuterHtml}"));
        Assert.DoesNotContain(page.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        string Header(string name) =>
            response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
                ? string.Join(",", values) : "";

        var csp = Header("Content-Security-Policy");
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("'unsafe-inline'", csp.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", Header("X-Content-Type-Options"));
        Assert.Equal("DENY", Header("X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header("Referrer-Policy"));
        Assert.Contains("camera=()", Header("Permissions-Policy"));
        Assert.Equal("", Header("Server"));
    }
}
