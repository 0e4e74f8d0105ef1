using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Signals;
using Marten;
using Marten.Services;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Keurmerk.Web.Infrastructure.Operations;

/// <summary>The app's own traces and metrics, beside those of ASP.NET Core, HttpClient and Npgsql.</summary>
public static class KeurmerkTelemetry
{
    public const string Name = "Keurmerk";

    public static readonly ActivitySource Source = new(Name);
    public static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Submissions = Meter.CreateCounter<long>("keurmerk.submissions", description: "Self-assessments submitted for review.");
    public static readonly Counter<long> Decisions = Meter.CreateCounter<long>("keurmerk.decisions", description: "Four-eyes decisions on assessments, by outcome.");
    public static readonly Counter<long> Signals = Meter.CreateCounter<long>("keurmerk.signals", description: "Signals raised about certified organisations.");
    public static readonly Counter<long> WebhookFailures = Meter.CreateCounter<long>("keurmerk.webhook.failures", description: "Webhook delivery attempts that failed.");
    public static readonly Counter<long> MailsSent = Meter.CreateCounter<long>("keurmerk.mail.sent", description: "Notifications delivered from the outbox.");

    /// <summary>The outbox mail's delivery, as a child of the request that stored it (see Notification.TraceParent).</summary>
    public static Activity? StartMailDelivery(string? traceParent)
    {
        ActivityContext.TryParse(traceParent, null, out var parent);
        return Source.StartActivity("outbox.mail.send", ActivityKind.Producer, parent);
    }

    /// <summary>Counts what was committed, not what was attempted: a save that fails counts nothing.</summary>
    public sealed class CommittedEvents : DocumentSessionListenerBase
    {
        public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
        {
            foreach (var e in commit.GetEvents())
            {
                switch (e.Data)
                {
                    case AssessmentSubmitted: Submissions.Add(1); break;
                    case AssessmentApproved: Decisions.Add(1, new KeyValuePair<string, object?>("outcome", "approved")); break;
                    case AssessmentRejected: Decisions.Add(1, new KeyValuePair<string, object?>("outcome", "rejected")); break;
                    case SignalRaised: Signals.Add(1); break;
                }
            }
            return Task.CompletedTask;
        }
    }
}
