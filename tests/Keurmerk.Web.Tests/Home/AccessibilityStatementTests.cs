using Keurmerk.Web.Tests.Support;

namespace Keurmerk.Web.Tests.Home;

public class AccessibilityStatementTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task EveryPageFooter_LinksTheStatement_WhichNamesTheStandardAndHowItIsTested()
    {
        var session = app.NewSession();
        var home = await session.Get("/");
        var link = home.QuerySelector("footer a[href='/toegankelijkheid']");
        Assert.NotNull(link);
        Assert.Equal("Toegankelijkheidsverklaring", link.TextContent.Trim());

        var statement = (await session.Get("/toegankelijkheid")).QuerySelector("main")!.TextContent;

        Assert.Contains("WCAG", statement);
        Assert.Contains("2.1", statement);
        Assert.Contains("niveau AA", statement);
        Assert.Contains("axe-core", statement);
        Assert.Contains("390 pixels", statement);
    }

    [Fact]
    public async Task Statement_InEnglish()
    {
        var page = await app.NewSession().Get("/accessibility?culture=en&ui-culture=en");

        Assert.Equal("Accessibility statement", page.QuerySelector("h1")!.TextContent.Trim());
    }
}
