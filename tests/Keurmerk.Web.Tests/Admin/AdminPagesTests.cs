using Keurmerk.Domain.Assessments;
using Keurmerk.Web.Infrastructure.Mail;
using Keurmerk.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using System.Net;

namespace Keurmerk.Web.Tests.Admin;

public class AdminPagesTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Admin = "beheer@keurmerk.demo";

    [Fact]
    public async Task LifecyclePage_ShowsTheGraphExportedFromTheMachine()
    {
        var page = await (await app.LoggedIn(Admin)).Get("/admin/lifecycle");

        Assert.Equal(AssessmentLifecycle.MermaidGraph().Trim(), page.QuerySelector("#mermaid")!.TextContent.Trim());
        Assert.Contains("digraph", page.QuerySelector("#dot")!.TextContent);
    }

    [Fact]
    public async Task MailPage_ListsDeliveredMessagesFromThePickupFolder()
    {
        var (employer, _) = await app.SubmittedAssessment();
        await app.Services.GetRequiredService<NotificationDelivery>().DeliverDue();

        var page = await (await app.LoggedIn(Admin)).Get("/admin/mail");

        Assert.Contains(page.QuerySelectorAll(".mail-message"), m => m.TextContent.Contains(employer.Email) && m.TextContent.Contains("Zelfevaluatie ontvangen"));
        Assert.NotEmpty(Directory.GetFiles(app.MailFolder, "*.eml"));
    }

    [Theory]
    [InlineData("/admin/lifecycle")]
    [InlineData("/admin/mail")]
    public async Task AdminPages_AreDeniedToAssessors(string url)
    {
        var response = await (await app.LoggedIn("beoordelaar@elbho.demo")).Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/denied", response.Headers.Location!.ToString());
    }
}
