using Keurmerk.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Keurmerk.Web.Tests.Operations;

/// <summary>The app in-process on a database the test chose (a restored or upgraded one), in the environment it says, no job server.</summary>
public sealed class DatabaseApp(string connectionString, string schema, string environment, TimeProvider? clock = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("ConnectionStrings:Keurmerk", connectionString);
        builder.UseSetting("Keurmerk:Schema", schema);
        builder.UseSetting("Demo:Seed", "false");
        builder.UseSetting("Hangfire:Server", "false");
        builder.UseSetting("Logging:Json", "false");
        if (clock is not null)
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(clock);
            });
    }

    public WebSession NewSession() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
}
