using Keurmerk.Audits.Credentials;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Keurmerk.Web.Infrastructure.Credentials;

public enum VerificationOutcome
{
    Valid,
    Suspended,
    Revoked,
    Expired,
    NotYetValid,
    /// <summary>Not signed by a trusted issuer: an issuer not on the trust list, or a key the bundle does not publish.</summary>
    NotTrusted,
    /// <summary>The signature does not hold: the credential was changed after signing.</summary>
    SignatureInvalid,
    /// <summary>Signed by a trusted key, but at a time outside the period that key was in use.</summary>
    KeyOutsidePeriod,
    /// <summary>The bundle or a status list in it is older than its ttl: the status shown is as of then.</summary>
    StatusOutOfDate,
    /// <summary>The bundle is not signed by a key the verifier trusts, or its signature does not hold.</summary>
    BundleNotTrusted,
    /// <summary>The status list needed is missing from the bundle or does not verify.</summary>
    StatusUnavailable,
    Malformed,
}

public sealed record VerificationResult(VerificationOutcome Outcome, string Message, DateTimeOffset? StatusAsOf = null)
{
    public bool IsValid => Outcome == VerificationOutcome.Valid;

    public string ToText() => $"{Outcome.ToString().ToUpperInvariant()}: {Message}" +
        (StatusAsOf is { } asOf ? $" (status as of {Jwk.Time(asOf)})" : "");
}

/// <summary>
/// Verifies a credential against a verification bundle without the network: the bundle must be signed by
/// one of the anchor keys (the issuer keys the verifier already trusts), the credential by a key the
/// bundle publishes for a trusted issuer and within that key's period, and its status is read from the
/// bundle's signed status lists. The offline page (wwwroot/verify/offline-verifier.js) does the same in the browser.
/// </summary>
public static class CredentialVerifier
{
    public static async Task<VerificationResult> Verify(string credentialText, string bundleText, IReadOnlyList<JsonObject> anchors, DateTimeOffset now)
    {
        try
        {
            return await VerifyUnchecked(credentialText, bundleText, anchors, now);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or JsonException or ArgumentException)
        {
            // A member of the wrong JSON type somewhere: never valid, and never a crash.
            return new(VerificationOutcome.Malformed, $"The credential or bundle is not well formed ({e.Message}).");
        }
    }

    private static async Task<VerificationResult> VerifyUnchecked(string credentialText, string bundleText, IReadOnlyList<JsonObject> anchors, DateTimeOffset now)
    {
        var (bundle, refusal) = await OpenBundle(bundleText, anchors);
        if (bundle is null) return refusal!;

        var credential = Jose.Parse(Unwrap(credentialText));
        if (credential is null) return new(VerificationOutcome.Malformed, "This is not a signed credential (expected a vc+jwt or its JSON envelope).");
        var signed = await CheckSigned(credential, bundle, "credential");
        if (signed is not null) return signed;

        var asOf = bundle.IssuedAt;
        var stale = now > bundle.IssuedAt + bundle.Ttl;
        bool suspended = false, revoked = false;
        foreach (var entry in (credential.Payload["credentialStatus"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var purpose = (string?)entry["statusPurpose"];
            var url = (string?)entry["statusListCredential"];
            if (!int.TryParse((string?)entry["statusListIndex"], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                return new(VerificationOutcome.Malformed, "The credential's status entry has no valid statusListIndex.");
            var list = bundle.StatusLists.FirstOrDefault(l => (string?)l.Payload["id"] == url);
            if (list is null) return new(VerificationOutcome.StatusUnavailable, $"The bundle has no status list {url}.");
            var listRefusal = await CheckSigned(list, bundle, "status list");
            if (listRefusal is not null)
                return new(VerificationOutcome.StatusUnavailable, $"The {purpose} status list in the bundle cannot be trusted: {listRefusal.Message}");
            var subject = list.Payload["credentialSubject"] as JsonObject;
            if ((string?)subject?["statusPurpose"] != purpose)
                return new(VerificationOutcome.StatusUnavailable, $"The status list {url} is not a {purpose} list.");
            byte[] bits;
            try
            {
                bits = StatusLists.Decode((string?)subject?["encodedList"] ?? "");
            }
            catch (FormatException e)
            {
                return new(VerificationOutcome.StatusUnavailable, $"The {purpose} status list cannot be read: {e.Message}");
            }
            var listValidUntil = Moment(list.Payload["validUntil"]);
            if (listValidUntil is null || now > listValidUntil) stale = true;
            if (Moment(list.Payload["validFrom"]) is { } listFrom && listFrom < asOf) asOf = listFrom;
            var set = StatusLists.IsSet(bits, index);
            if (purpose == StatusLists.Revocation) revoked |= set;
            if (purpose == StatusLists.Suspension) suspended |= set;
        }

        var validFrom = Moment(credential.Payload["validFrom"]);
        var validUntil = Moment(credential.Payload["validUntil"]);
        var number = (string?)credential.Payload["name"] ?? "the credential";
        if (revoked) return new(VerificationOutcome.Revoked, $"{number} has been revoked.", asOf);
        if (validUntil is { } until && now > until) return new(VerificationOutcome.Expired, $"{number} expired on {Jwk.Time(until)}.");
        if (validFrom is { } from && now < from) return new(VerificationOutcome.NotYetValid, $"{number} is valid only from {Jwk.Time(from)}.");
        if (suspended) return new(VerificationOutcome.Suspended, $"{number} is suspended.", asOf);
        if (stale)
            return new(VerificationOutcome.StatusOutOfDate,
                $"{number} is genuine, but the bundle is too old to say whether it is still valid: download a new bundle.", asOf);
        return new(VerificationOutcome.Valid, $"{number} is valid, signed by {bundle.Issuers[0]}.", asOf);
    }

    /// <summary>The JWT itself, from either the JWT or the JSON envelope (EnvelopedVerifiableCredential).</summary>
    public static string Unwrap(string text)
    {
        text = text.Trim();
        if (!text.StartsWith('{')) return text;
        try
        {
            var id = (string?)JsonNode.Parse(text)?["id"] ?? "";
            const string prefix = "data:" + Jose.CredentialMediaType + ",";
            return id.StartsWith(prefix, StringComparison.Ordinal) ? id[prefix.Length..] : "";
        }
        catch (JsonException)
        {
            return "";
        }
    }

    public sealed record Bundle(DateTimeOffset IssuedAt, TimeSpan Ttl, IReadOnlyList<string> Issuers, IReadOnlyList<JsonObject> Keys, IReadOnlyList<Jose.Parsed> StatusLists);

    public static async Task<(Bundle? Bundle, VerificationResult? Refusal)> OpenBundle(string bundleText, IReadOnlyList<JsonObject> anchors)
    {
        var parsed = Jose.Parse(bundleText);
        if (parsed is null || parsed.Type != Jose.BundleType)
            return (null, new(VerificationOutcome.Malformed, "This is not a verification bundle."));
        var anchor = anchors.FirstOrDefault(a => (string?)a["kid"] == parsed.KeyId);
        using var anchorKey = anchor is null ? null : Jwk.ToPublicKey(anchor);
        if (anchorKey is null)
            return (null, new(VerificationOutcome.BundleNotTrusted, $"The bundle is signed by a key you do not trust ({parsed.KeyId})."));
        if (!await Jose.SignatureHolds(parsed.Token, anchorKey, parsed.KeyId, Jose.BundleType))
            return (null, new(VerificationOutcome.BundleNotTrusted, "The bundle's signature does not hold: it was changed or signed by someone else."));
        if (parsed.IssuedAt is not { } issuedAt || !WasActiveAt(anchor!, issuedAt))
            return (null, new(VerificationOutcome.BundleNotTrusted, "The bundle was signed with a key outside the period that key was in use."));
        var p = parsed.Payload;
        var ttl = p["ttl"] is JsonValue t && t.TryGetValue<long>(out var seconds) ? TimeSpan.FromSeconds(seconds) : TimeSpan.Zero;
        var issuers = (p["trustedIssuers"] as JsonArray ?? []).Select(i => (string?)i).OfType<string>().ToList();
        var keys = (p["keys"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var lists = (p["statusLists"] as JsonArray ?? []).Select(l => Jose.Parse((string?)l ?? "")).OfType<Jose.Parsed>().ToList();
        if (issuers.Count == 0) return (null, new(VerificationOutcome.Malformed, "The bundle names no trusted issuer."));
        return (new Bundle(issuedAt, ttl, issuers, keys, lists), null);
    }

    /// <summary>Null when the token is signed by a trusted issuer's key, within its period; else why not.</summary>
    private static async Task<VerificationResult?> CheckSigned(Jose.Parsed token, Bundle bundle, string what)
    {
        if (token.Type != Jose.CredentialType || token.Algorithm != "ES256")
            return new(VerificationOutcome.Malformed, $"The {what} is not a vc+jwt signed with ES256.");
        var issuer = token.Payload["issuer"] is JsonObject o ? (string?)o["id"] : (string?)token.Payload["issuer"];
        if (issuer is null || !bundle.Issuers.Contains(issuer) || token.KeyOwner != issuer)
            return new(VerificationOutcome.NotTrusted, $"The {what} is not signed by a trusted issuer (issuer {issuer ?? "none"}, key {token.KeyId}).");
        var jwk = bundle.Keys.FirstOrDefault(k => (string?)k["kid"] == token.KeyId);
        using var key = jwk is null ? null : Jwk.ToPublicKey(jwk);
        if (key is null) return new(VerificationOutcome.NotTrusted, $"The {what} is signed by a key the issuer does not publish ({token.KeyId}).");
        if (!await Jose.SignatureHolds(token.Token, key, token.KeyId, Jose.CredentialType))
            return new(VerificationOutcome.SignatureInvalid, $"The {what}'s signature does not hold: it was changed after it was signed.");
        if (token.IssuedAt is not { } issuedAt || !WasActiveAt(jwk!, issuedAt))
            return new(VerificationOutcome.KeyOutsidePeriod, $"The {what} was signed with a key outside the period that key was in use.");
        return null;
    }

    private static bool WasActiveAt(JsonObject jwk, DateTimeOffset moment) =>
        Moment(jwk["validFrom"]) is { } from && moment >= from && (Moment(jwk["validUntil"]) is not { } until || moment < until);

    private static DateTimeOffset? Moment(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment) ? moment : null;
}
