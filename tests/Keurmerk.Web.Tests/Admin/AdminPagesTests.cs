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
    public async Task LifecyclePage_DrawsEveryStatusAndTransitionOfTheMachine_AsAnSvg_WithoutScript()
    {
        var page = await (await app.LoggedIn(Admin)).Get("/admin/lifecycle");
        var machine = AssessmentLifecycle.For(AssessmentStatus.Draft, hasRecommendation: true).GetInfo();
        var expected = machine.States.SelectMany(s => s.FixedTransitions.Select(t =>
            $"{s.UnderlyingState} -{t.Trigger.UnderlyingTrigger}-> {t.DestinationState.UnderlyingState}")).Order().ToList();

        var svg = page.QuerySelector("#lifecycle svg")!;
        var states = svg.QuerySelectorAll("g.state").Select(g => g.GetAttribute("data-state")).Order().ToList();
        var drawn = svg.QuerySelectorAll("g.transition")
            .Select(g => $"{g.GetAttribute("data-from")} -{g.GetAttribute("data-trigger")}-> {g.GetAttribute("data-to")}").Order().ToList();

        Assert.Equal(Enum.GetNames<AssessmentStatus>().Order(), states);
        Assert.Contains("Draft -Submit-> Submitted", drawn);
        Assert.Contains("Suspended -Reinstate-> Certified", drawn);
        Assert.Equal(expected, drawn);
        Assert.Equal(expected.Count, page.QuerySelectorAll("#transitions tbody tr").Length);
        Assert.Empty(page.QuerySelectorAll("main script"));
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
