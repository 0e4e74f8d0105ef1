using Keurmerk.Audits.Notifications;
using Keurmerk.Web.Infrastructure.Mail;
using Keurmerk.Web.Tests.Support;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Keurmerk.Web.Tests.Jobs;

/// <summary>Mail through a real SMTP conversation: a server that is down delays mail, loses none, and nothing is sent twice.</summary>
public class OutboxTests(OutboxTests.SmtpApp app) : IClassFixture<OutboxTests.SmtpApp>
{
    public sealed class SmtpApp : AppFixture
    {
        public TestSmtpServer Smtp { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Mail:Mode", "Smtp");
            builder.UseSetting("Mail:SmtpHost", "127.0.0.1");
            builder.UseSetting("Mail:SmtpPort", Smtp.Port.ToString());
        }
    }

    private async Task<Notification?> Outbox(string to, string kind)
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.Query<Notification>().FirstOrDefaultAsync(n => n.To == to && n.Kind == kind);
    }

    // Only the submission's mail: the employer's sign-up confirmation goes out through the same outbox.
    private IEnumerable<string> SubmissionMailsFor(string email) =>
        app.Smtp.Received.Where(m => m.Contains(email) && m.Contains("Zelfevaluatie ontvangen"));

    [Fact]
    public async Task SubmissionMail_IsStoredWithTheChange_DelayedWhileSmtpFails_ThenDeliveredExactlyOnce()
    {
        var delivery = app.Services.GetRequiredService<NotificationDelivery>();
        await delivery.DeliverDue(); // whatever the demo seeding left behind
        app.Smtp.Failing = true;

        var (employer, _) = await app.SubmittedAssessment();
        var stored = await Outbox(employer.Email, "submitted");
        Assert.NotNull(stored); // in the outbox with the submission, before any delivery

        await delivery.DeliverDue();
        await delivery.DeliverDue(); // not due again yet: back-off
        var failed = (await Outbox(employer.Email, "submitted"))!;
        Assert.Null(failed.SentAt);
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("temporarily unavailable", failed.LastError);
        Assert.Empty(SubmissionMailsFor(employer.Email));

        app.Smtp.Failing = false;
        app.Clock.Advance(NotificationDelivery.Backoff(1));
        await delivery.DeliverDue();
        await delivery.DeliverDue();
        app.Clock.Advance(TimeSpan.FromHours(2));
        await delivery.DeliverDue();

        Assert.Single(SubmissionMailsFor(employer.Email));
        Assert.NotNull((await Outbox(employer.Email, "submitted"))!.SentAt);
    }
}
