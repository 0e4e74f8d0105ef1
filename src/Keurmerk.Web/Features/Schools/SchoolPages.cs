using Keurmerk.Audits.Schools;
using Keurmerk.Web.Features.Register;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Keurmerk.Web.Features.Schools;

/// <summary>An organisation the school follows and where its certificate stands today (null: none in force yet).</summary>
public sealed record FollowedOrganisation(Follow Follow, CertificateStanding? Standing);

/// <summary>A webhook as the page shows it: without its secret, which is shown once at registration only.</summary>
public sealed record WebhookSummary(Guid Id, string Url, DateTimeOffset RegisteredAt);

/// <summary>The secret of a webhook just registered: in this one response, and nowhere on the page again.</summary>
public sealed record NewWebhook(string Url, string Secret);

public sealed record SchoolPage(
    IReadOnlyList<FollowedOrganisation> Follows,
    IReadOnlyList<WebhookSummary> Webhooks,
    IReadOnlyList<WebhookDelivery> Deliveries,
    NewWebhook? Created = null,
    string? Kvk = null,
    string? Url = null)
{
    /// <summary>What a receiver gets, made by the real serializer (so it cannot drift from it) and indented for reading.</summary>
    public static string ExampleBody { get; } = JsonNode.Parse(new CertificateStatusChange(Guid.Empty, Guid.Empty, "12345678",
            "Bakkerij De Korrel", "HSS-2026-00042", "suspended", new DateOnly(2028, 11, 22), new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero))
        .ToJson())!.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    /// <summary>The address a delivery went to; its webhook may have been removed since.</summary>
    public string? UrlOf(WebhookDelivery delivery) => Webhooks.FirstOrDefault(w => w.Id == delivery.WebhookId)?.Url;
}
