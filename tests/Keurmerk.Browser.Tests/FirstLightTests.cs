using Keurmerk.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Keurmerk.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class FirstLightTests(BrowserApp app)
{
    [Fact]
    public async Task Register_InChromium_ListsTheDemoCertificates()
    {
        var context = await app.NewContext();
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync("/register");
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("table.register-table tbody tr")).ToHaveCountAsync(3);
        await context.DisposeAsync();
    }
}
