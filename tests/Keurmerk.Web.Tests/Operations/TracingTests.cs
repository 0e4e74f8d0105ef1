using Keurmerk.Web.Infrastructure.Mail;
using Keurmerk.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;
using System.Collections.Concurrent;
using System.Diagnostics;

namespace Keurmerk.Web.Tests.Operations;

/// <summary>OpenTelemetry as configured for production, with an in-memory exporter in place of OTLP.</summary>
public class TracingTests(TracingTests.TracedApp app) : IClassFixture<TracingTests.TracedApp>
{
    public sealed class TracedApp : AppFixture
    {
        private readonly List<Activity> _exported = [];

        public IReadOnlyList<Activity> Exported
        {
            get { lock (_exported) return [.. _exported]; }
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Telemetry:Tracing", "true");
            builder.ConfigureServices(services => services.ConfigureOpenTelemetryTracerProvider(tracing =>
                tracing.AddProcessor(new SimpleActivityExportProcessor(new LockedInMemoryExporter(_exported)))));
        }
    }

    /// <summary>The in-memory exporter's list is not thread-safe; requests and jobs export concurrently.</summary>
    private sealed class LockedInMemoryExporter(List<Activity> exported) : BaseExporter<Activity>
    {
        public override ExportResult Export(in Batch<Activity> batch)
        {
            lock (exported)
                foreach (var activity in batch) exported.Add(activity);
            return ExportResult.Success;
        }
    }

    private static string? Statement(Activity a) => (a.GetTagItem("db.query.text") ?? a.GetTagItem("db.statement"))?.ToString();

    [Fact]
    public async Task ASubmission_IsOneTrace_WithTheRequest_TheMartenAppend_AndTheOutboxMailSentLater()
    {
        var (_, id) = await app.SubmittedAssessment();
        await app.Services.GetRequiredService<NotificationDelivery>().DeliverDue();

        var spans = app.Exported;
        var request = Assert.Single(spans, s => s.Kind == ActivityKind.Server && s.GetTagItem("url.path")?.ToString() == $"/assessments/{id}/submit");
        Assert.Equal("POST", request.GetTagItem("http.request.method"));
        var trace = spans.Where(s => s.TraceId == request.TraceId).ToList();
        Assert.Contains(trace, s => Statement(s) is { } sql && sql.Contains("mt_events", StringComparison.Ordinal) || Statement(s)?.Contains("append_event", StringComparison.Ordinal) == true);
        var mail = Assert.Single(trace, s => s.OperationName == "outbox.mail.send" && s.GetTagItem("keurmerk.notification.kind")?.ToString() == "submitted");
        Assert.Equal(ActivityStatusCode.Unset, mail.Status);
        Assert.True(mail.StartTimeUtc >= request.StartTimeUtc + request.Duration); // sent by the job after the request ended
    }
}
