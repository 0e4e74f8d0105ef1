using Keurmerk.Browser.Tests.Support;

namespace Keurmerk.Browser.Tests.Pages;

/// <summary>
/// Every page in <see cref="SitePages"/>, as its role sees it, at desktop and at phone width: it loads, axe finds no
/// critical or serious violation at either width, and nothing scrolls sideways at 390 px.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageSweepTests(BrowserApp app)
{
    [Theory]
    [MemberData(nameof(SitePages.Keys), MemberType = typeof(SitePages))]
    public async Task Page_IsAccessible_AndFitsAPhone(string key)
    {
        var visit = SitePages.ByKey(key);
        var scenario = await app.Scenario();
        var context = scenario.Account(visit.Role) is { } account
            ? await app.LoggedInContext(account.Email, account.Password)
            : await app.PublicContext();
        var page = await context.NewPageAsync();
        try
        {
            var path = scenario.Fill(visit.Path);
            var response = await page.GotoAsync(path);
            Assert.True(response!.Status == visit.Status, $"{key}: expected {visit.Status}, got {response.Status}");

            await page.AssertNoSeriousAxeViolations($"{key} at 1280px");
            if (visit.Screenshot is { } name) await page.Screenshot(name);

            await page.SetViewportSizeAsync(Viewports.Phone.Width, Viewports.Phone.Height);
            await page.AssertNoHorizontalScroll(key);
            await page.AssertNoSeriousAxeViolations($"{key} at 390px");
            if (visit.Screenshot is { } phoneName) await page.Screenshot(phoneName);
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
