using System.Text.Json;

namespace Keurmerk.Audits.Schools;

public enum WebhookDeliveryStatus { Pending, Delivered, Failed }

/// <summary>
/// One POST owed to one webhook. Stored in the same transaction as the status change it announces, so
/// a change is never saved without its deliveries, nor announced when it was rolled back. A background
/// job posts it; Delivered is final, so a retry never posts it again.
/// </summary>
public sealed class WebhookDelivery
{
    /// <summary>Also sent as a header, so a receiver can drop a repeat (a crash right after a 2xx, before it was recorded).</summary>
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid WebhookId { get; set; }
    public Guid SchoolUserId { get; set; }
    public string Event { get; set; } = CertificateStatusChange.EventName;
    public Guid AssessmentId { get; set; }
    public string OrganisationName { get; set; } = "";
    public string CertificateNumber { get; set; } = "";
    public string CertificateStatus { get; set; } = "";

    /// <summary>The exact JSON posted and signed, fixed when the change happened: every retry sends the same bytes.</summary>
    public string Body { get; set; } = "";

    public WebhookDeliveryStatus Status { get; set; } = WebhookDeliveryStatus.Pending;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? LastAttemptAt { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }

    public const string TestEvent = "webhook.test";

    /// <summary>A test message the school asked for: signed and delivered like a real one, but announcing no change.</summary>
    public static WebhookDelivery Test(Webhook webhook, DateTimeOffset now) => new()
    {
        WebhookId = webhook.Id,
        SchoolUserId = webhook.SchoolUserId,
        Event = TestEvent,
        Body = JsonSerializer.Serialize(new { @event = TestEvent, test = true, occurredAt = now.UtcDateTime }),
        CreatedAt = now,
        NextAttemptAt = now,
    };

    public bool IsTest => Event == TestEvent;

    public static WebhookDelivery For(Webhook webhook, CertificateStatusChange change, DateTimeOffset now) => new()
    {
        WebhookId = webhook.Id,
        SchoolUserId = webhook.SchoolUserId,
        AssessmentId = change.AssessmentId,
        OrganisationName = change.OrganisationName,
        CertificateNumber = change.CertificateNumber,
        CertificateStatus = change.Status,
        Body = change.ToJson(),
        CreatedAt = now,
        NextAttemptAt = now,
    };
}
