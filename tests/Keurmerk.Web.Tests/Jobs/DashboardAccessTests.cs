using Keurmerk.Web.Tests.Support;
using System.Net;

namespace Keurmerk.Web.Tests.Jobs;

public class DashboardAccessTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Anonymous_IsSentToLogin()
    {
        var response = await app.NewSession().Client.GetAsync("/admin/jobs");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData("beoordelaar@elbho.demo")]
    [InlineData("werkgever@korrel.demo")]
    [InlineData("stagebureau@hhs.demo")]
    public async Task OtherRoles_AreDenied_NeverShownTheDashboard(string email)
    {
        var session = await app.LoggedIn(email);

        var response = await session.Client.GetAsync("/admin/jobs");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/account/denied", response.Headers.Location?.ToString() ?? "");
        Assert.DoesNotContain("Hangfire", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Admin_SeesTheDashboardWithTheRecurringJobs()
    {
        var admin = await app.LoggedIn("beheer@keurmerk.demo");

        var response = await admin.Client.GetAsync("/admin/jobs/recurring");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("expire-certificates", html);
        Assert.Contains("deliver-notifications", html);
        Assert.Contains("remove-expired-sessions", html);
    }
}
