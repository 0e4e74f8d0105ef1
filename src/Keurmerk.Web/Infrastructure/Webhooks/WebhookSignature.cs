using System.Security.Cryptography;
using System.Text;

namespace Keurmerk.Web.Infrastructure.Webhooks;

/// <summary>
/// How a receiver knows a POST comes from Keurmerk and was not changed on the way: an HMAC-SHA256 of
/// the exact body bytes, keyed with the secret as the school received it (its UTF-8 text).
/// </summary>
public static class WebhookSignature
{
    public const string Header = "X-Keurmerk-Signature";
    public const string DeliveryHeader = "X-Keurmerk-Delivery";
    public const string EventHeader = "X-Keurmerk-Event";

    /// <summary>32 random bytes as hex: easy to paste into a receiver's configuration.</summary>
    public static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public static string Sign(string secret, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}
