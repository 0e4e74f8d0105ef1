using Keurmerk.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using System.Net;

namespace Keurmerk.Web.Tests.Health;

public class HealthTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Health_WhenDatabaseAnswers_Is200()
    {
        var response = await app.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Health_WhenDatabaseDoesNotAnswer_Is503()
    {
        // Same app, pointed at a port where no PostgreSQL listens; start-up schema changes and seeding are off.
        await using var unreachable = new UnreachableDatabaseApp();

        var response = await unreachable.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    private sealed class UnreachableDatabaseApp : AppFixture
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Keurmerk", "Host=127.0.0.1;Port=1;Username=nobody;Database=none;Timeout=2");
            builder.UseSetting("Demo:Seed", "false");
            builder.UseSetting("Keurmerk:ApplySchemaOnStartup", "false");
            builder.UseSetting("Hangfire:Enabled", "false");
        }
    }
}
