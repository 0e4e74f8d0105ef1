using Keurmerk.Tests;
using Keurmerk.Web.Features.AuditLog;
using Keurmerk.Web.Tests.Support;
using System.Net;

namespace Keurmerk.Web.Tests.AuditLog;

/// <summary>The admin's audit chain check at /admin/audit-chain and its command-line twin, on an untouched store.</summary>
public class AuditChainPageTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Admin = "beheer@keurmerk.demo";

    [Fact]
    public async Task Admin_SeesTheChainIntact()
    {
        await app.SubmittedAssessment();

        var page = await (await app.LoggedIn(Admin)).Get("/admin/audit-chain");

        var status = page.QuerySelector("#chain-status")!;
        Assert.Equal("true", status.GetAttribute("data-intact"));
        Assert.Contains("Intact", status.TextContent);
    }

    [Theory]
    [InlineData(Certification.AssessorA)]
    [InlineData("werkgever@korrel.demo")]
    public async Task OthersThanAdmins_AreDenied(string email)
    {
        var response = await (await app.LoggedIn(email)).Client.GetAsync("/admin/audit-chain");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/denied", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Anonymous_IsSentToLogin()
    {
        var response = await app.NewSession().Client.GetAsync("/admin/audit-chain");

        Assert.Contains("/account/login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Command_ExitsZero_AndSaysIntact()
    {
        var output = new StringWriter();

        var exitCode = await VerifyAuditChainCommand.Run(TestDatabase.ConnectionString, app.Schema, output);

        Assert.Equal(0, exitCode);
        Assert.StartsWith("Audit chain intact", output.ToString());
    }
}
