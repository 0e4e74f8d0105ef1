namespace Keurmerk.Audits.Schools;

/// <summary>
/// A school's own endpoint that hears when a certificate of an organisation it follows changes status.
/// The secret is kept because every delivery is signed with it (HMAC needs the key itself, a hash of
/// it would not do), encrypted with the shared Data Protection key ring (SecretProtection in the web
/// project): <c>Secret</c> holds that protected form. It is shown to the school once, right after
/// registration, and never again: pages read webhooks without it (see WebhookSummary).
/// </summary>
public sealed record Webhook(Guid Id, Guid SchoolUserId, string Url, string Secret, DateTimeOffset RegisteredAt);
