using Keurmerk.Audits.Notifications;
using Keurmerk.Audits.Organisations;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Keurmerk.Web.Tests.Insight;

/// <summary>The app as ./run.sh seeds it, with a smaller history: the only test that seeds the demo's history.</summary>
public sealed class DemoHistoryAppFixture : InsightAppFixture
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Demo:HistoryOrganisations", "120");
        builder.UseSetting("Insight:SmallCellThreshold", "0");
    }
}

public sealed class DemoHistoryTests(DemoHistoryAppFixture app) : IClassFixture<DemoHistoryAppFixture>
{
    [Fact]
    public async Task TheDemoHistory_FillsEveryPartOfTheDashboard_WithoutMailingAnyone()
    {
        await app.CatchUp();
        var network = await app.LoggedIn(InsightSupport.Network);

        var page = await network.Get("/insight?from=2024-Q4&to=2026-Q4");

        int Total(string table, string column) => int.Parse(page.Cell(table, "Totaal", column), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Total("pipeline", "Aangemeld") >= 100);
        foreach (var step in new[] { "Zelfevaluatie gestart", "Ingediend", "In beoordeling", "Wijzigingen gevraagd", "Gecertificeerd", "Geschorst" })
            Assert.True(Total("pipeline", step) > 0, $"no {step} in the demo history");
        Assert.True(Total("signals", "Afgewezen") > 0);
        Assert.Contains(page.QuerySelectorAll("table[data-table='objections'] tfoot td"), td => td.TextContent.Trim() is not ("0" or ""));

        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        Assert.True(await session.Query<Organisation>().CountAsync() >= 120);
        Assert.Equal(0, await session.Query<Notification>().CountAsync(n => n.To.EndsWith("@demo-organisatie.demo")));
    }

    [Fact]
    public async Task TheDemoAccounts_StillWork()
    {
        var employer = await app.LoggedIn("werkgever@korrel.demo");
        await employer.Get("/assessments");
        var assessor = await app.LoggedIn("beoordelaar@elbho.demo");
        await assessor.Get("/review");
    }
}
