using Keurmerk.Web.Infrastructure.Credentials;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Keurmerk.Web.Features.Transparency;

/// <summary>What a checkpoint says, as signed: the payload of its JWS.</summary>
public sealed record CheckpointClaims(string Issuer, long Sequence, DateTimeOffset IssuedAt, long TreeSize, long EventCount, string Root, string Previous)
{
    public static CheckpointClaims? Read(JsonObject payload)
    {
        try
        {
            var issuedAt = DateTimeOffset.Parse((string?)payload["issuedAt"] ?? "", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            var claims = new CheckpointClaims((string?)payload["iss"] ?? "", (long?)payload["sequence"] ?? 0, issuedAt,
                (long?)payload["treeSize"] ?? -1, (long?)payload["eventCount"] ?? -1, (string?)payload["root"] ?? "", (string?)payload["previous"] ?? "");
            return claims.Sequence >= 1 && claims.TreeSize >= 0 && claims.EventCount >= 0 && IsHash(claims.Root)
                && (claims.Previous.Length == 0 || IsHash(claims.Previous)) ? claims : null;
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or JsonException)
        {
            return null;
        }
    }

    private static bool IsHash(string text) => text.Length == 64 && text.All(char.IsAsciiHexDigitLower);
}

/// <summary>
/// A transparency checkpoint as a compact JWS (ES256, the issuer key, its kid in the header, typ
/// <see cref="Type"/>), and the check of one: signature, key, and the key's period of use.
/// </summary>
public static class CheckpointToken
{
    public const string Type = "keurmerk-checkpoint+jwt";

    public static JsonObject Payload(string issuer, long sequence, DateTimeOffset issuedAt, long treeSize, long eventCount, string root, string previous) => new()
    {
        ["iss"] = issuer,
        ["iat"] = issuedAt.ToUnixTimeSeconds(),
        ["sequence"] = sequence,
        ["issuedAt"] = Jwk.Time(issuedAt),
        ["treeSize"] = treeSize,
        ["eventCount"] = eventCount,
        ["root"] = root,
        ["previous"] = previous,
    };

    /// <summary>A checkpoint's own hash, which the next one names as previous: SHA-256 over the JWS text.</summary>
    public static string HashOf(string jws) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(jws)));

    /// <summary>The JWS in what a user saved: the JSON of a checkpoint endpoint (its "jws"), or the bare JWS.</summary>
    public static string? Unwrap(string text)
    {
        text = text.Trim();
        if (!text.StartsWith('{')) return text;
        try
        {
            return JsonNode.Parse(text) is JsonObject document && document["jws"] is JsonValue jws && jws.TryGetValue<string>(out var token) ? token : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The checkpoint's claims when it is signed by one of the trusted keys within its period; otherwise why not.</summary>
    public static async Task<(CheckpointClaims? Claims, string Jws, string? Refusal)> Open(string text, IReadOnlyList<JsonObject> trustedKeys)
    {
        var parsed = Unwrap(text) is { } jws ? Jose.Parse(jws) : null;
        if (parsed is null || parsed.Type != Type || parsed.Algorithm != "ES256")
            return (null, "", "this is not a Keurmerk checkpoint (a JWS of type keurmerk-checkpoint+jwt signed with ES256, or the JSON of /transparency/checkpoints/{sequence}).");
        var jwk = trustedKeys.FirstOrDefault(k => (string?)k["kid"] == parsed.KeyId);
        using var key = jwk is null ? null : Jwk.ToPublicKey(jwk);
        if (key is null) return (null, parsed.Token, $"the checkpoint is signed by a key you do not trust ({parsed.KeyId}).");
        if (!await Jose.SignatureHolds(parsed.Token, key, parsed.KeyId, Type))
            return (null, parsed.Token, "the checkpoint's signature does not hold: it was changed after it was signed, or signed by someone else.");
        var claims = CheckpointClaims.Read(parsed.Payload);
        if (claims is null) return (null, parsed.Token, "the checkpoint is signed but its contents are incomplete.");
        if (!WasActiveAt(jwk!, claims.IssuedAt) || parsed.IssuedAt != claims.IssuedAt)
            return (null, parsed.Token, "the checkpoint was signed with a key outside the period that key was in use.");
        return (claims, parsed.Token, null);
    }

    private static bool WasActiveAt(JsonObject jwk, DateTimeOffset moment) =>
        Moment(jwk["validFrom"]) is { } from && moment >= from && (Moment(jwk["validUntil"]) is not { } until || moment < until);

    private static DateTimeOffset? Moment(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment) ? moment : null;
}
