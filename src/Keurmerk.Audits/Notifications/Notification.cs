using System.Diagnostics;

namespace Keurmerk.Audits.Notifications;

/// <summary>
/// An e-mail waiting in the outbox. It is stored in the same transaction as the change that causes it,
/// so a change is never saved without its mail, nor a mail sent for a change that was rolled back.
/// A background job delivers it; SentAt marks it done, so a retry never sends it again.
/// </summary>
public sealed class Notification
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string To { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";

    /// <summary>What kind of message this is, e.g. "submitted" or "expiry-reminder-30".</summary>
    public string Kind { get; set; } = "";

    /// <summary>Set for messages that must exist only once (reminders), so a job that runs twice adds nothing.</summary>
    public string? DeduplicationKey { get; set; }

    public Guid? AssessmentId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }

    /// <summary>The W3C trace the change that caused this mail ran in, so its delivery later shows in the same trace.</summary>
    public string? TraceParent { get; set; }

    public static Notification Create(string to, string kind, MailText text, DateTimeOffset now, Guid? assessmentId = null, string? deduplicationKey = null) => new()
    {
        To = to,
        Kind = kind,
        Subject = text.Subject,
        Body = text.Body,
        AssessmentId = assessmentId,
        DeduplicationKey = deduplicationKey is null ? null : $"{deduplicationKey}:{to.ToLowerInvariant()}",
        CreatedAt = now,
        NextAttemptAt = now,
        TraceParent = Activity.Current?.Id,
    };
}

/// <summary>A message in both languages: Dutch first, the English below it.</summary>
public sealed record MailText(string Subject, string Body)
{
    public static MailText Bilingual(string subjectNl, string subjectEn, string bodyNl, string bodyEn) =>
        new($"{subjectNl} / {subjectEn}", $"{bodyNl}\n\n-- English --\n\n{bodyEn}\n\nKeurmerk inclusieve stagebedrijven · Stichting ELBHO");
}
