using Keurmerk.Audits.Notifications;
using Keurmerk.Tests;
using Keurmerk.Web.Infrastructure.Mail;
using Keurmerk.Web.Tests.Support;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using System.Net;

namespace Keurmerk.Web.Tests.Jobs;

/// <summary>The database goes away while jobs run: they fail, nothing is lost, and the app recovers without a restart.</summary>
public class DatabaseOutageTests(DatabaseOutageTests.ProxiedApp app) : IClassFixture<DatabaseOutageTests.ProxiedApp>
{
    public sealed class ProxiedApp : AppFixture
    {
        public TcpProxy Proxy { get; }

        public ProxiedApp()
        {
            var real = new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString);
            Proxy = new TcpProxy(real.Host == "localhost" ? "127.0.0.1" : real.Host!, real.Port);
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            var viaProxy = new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString) { Host = "127.0.0.1", Port = Proxy.Port, Timeout = 3 };
            builder.UseSetting("ConnectionStrings:Keurmerk", viaProxy.ConnectionString);
        }
    }

    [Fact]
    public async Task OutboxDeliveryDuringAnOutage_Fails_ThenDeliversEverythingOnceTheDatabaseIsBack()
    {
        var (employer, _) = await app.SubmittedAssessment();
        var delivery = app.Services.GetRequiredService<NotificationDelivery>();
        var client = app.NewSession().Client;

        app.Proxy.TakeDown();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health")).StatusCode);
        await Assert.ThrowsAnyAsync<Exception>(delivery.DeliverDue); // Hangfire records the failure and retries

        app.Proxy.BringUp();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        await delivery.DeliverDue();

        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var mail = await session.Query<Notification>().SingleAsync(n => n.To == employer.Email && n.Kind == "submitted");
        Assert.NotNull(mail.SentAt);
        Assert.Single(Directory.GetFiles(app.MailFolder, $"{mail.Id:N}.eml"));
        Assert.Equal(HttpStatusCode.OK, (await app.NewSession().Client.GetAsync($"/register")).StatusCode);
    }
}
