using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Keurmerk.Web.Infrastructure.Credentials;

/// <summary>
/// One ES256 (P-256) issuer key and the period it signed in. A retired key keeps only its public half
/// and stays published, so what it signed keeps verifying; it is never used to sign again.
/// </summary>
public sealed record IssuerKey(string KeyId, ECDsa Key, DateTimeOffset ActiveFrom, DateTimeOffset? ActiveUntil, bool CanSign)
{
    public bool WasActiveAt(DateTimeOffset moment) => moment >= ActiveFrom && (ActiveUntil is null || moment < ActiveUntil);

    /// <summary>The public JWK with its period of use (extra JWK members, ignored by libraries that do not know them).</summary>
    public JsonObject PublicJwk()
    {
        var jwk = Jwk.Public(Key);
        jwk["kid"] = KeyId;
        jwk["alg"] = "ES256";
        jwk["use"] = "sig";
        jwk["validFrom"] = Jwk.Time(ActiveFrom);
        if (ActiveUntil is { } until) jwk["validUntil"] = Jwk.Time(until);
        return jwk;
    }
}

/// <summary>The issuer's keys, oldest first; the newest one that can sign signs.</summary>
public sealed class IssuerKeys(IssuerIdentity identity, IReadOnlyList<IssuerKey> keys)
{
    public IssuerIdentity Identity => identity;

    public IReadOnlyList<IssuerKey> All => keys;

    public IssuerKey Current => keys.LastOrDefault(k => k.CanSign && k.ActiveUntil is null)
        ?? throw new InvalidOperationException("No issuer key can sign: configure Credentials:Keys with a private key without ActiveUntil.");

    public JsonObject Jwks() => new() { ["keys"] = new JsonArray([.. keys.Select(k => (JsonNode)k.PublicJwk())]) };

    /// <summary>The key id: the issuer's DID with the key's RFC 7638 thumbprint as fragment.</summary>
    public static string KeyIdFor(string did, ECDsa key) => $"{did}#{Jwk.Thumbprint(key)}";
}

/// <summary>Who issues: the DID (did:web), the public base address credentials point at, and ELBHO's name and site.</summary>
public sealed record IssuerIdentity(string Did, string BaseUrl, string Name, string Url)
{
    public const string ElbhoName = "Stichting ELBHO";
    public const string ElbhoUrl = "https://www.elbho.nl";

    /// <summary>did:web for the public base address: the host, with a port percent-encoded, and a path as colon-separated segments.</summary>
    public static IssuerIdentity For(string baseUrl)
    {
        var uri = new Uri(baseUrl.TrimEnd('/') + "/");
        var host = uri.IsDefaultPort ? uri.Host : $"{uri.Host}%3A{uri.Port}";
        var path = uri.AbsolutePath.Trim('/');
        var did = "did:web:" + host + (path.Length == 0 ? "" : ":" + path.Replace('/', ':'));
        return new IssuerIdentity(did, baseUrl.TrimEnd('/'), ElbhoName, ElbhoUrl);
    }
}

/// <summary>JWK helpers for EC P-256 public keys (encoding only; the cryptography is .NET's ECDsa).</summary>
public static class Jwk
{
    public static JsonObject Public(ECDsa key)
    {
        var p = key.ExportParameters(includePrivateParameters: false);
        return new JsonObject { ["kty"] = "EC", ["crv"] = "P-256", ["x"] = Base64Url(p.Q.X!), ["y"] = Base64Url(p.Q.Y!) };
    }

    /// <summary>RFC 7638: SHA-256 over the required members in lexicographic order, no whitespace.</summary>
    public static string Thumbprint(ECDsa key)
    {
        var p = key.ExportParameters(includePrivateParameters: false);
        var canonical = $$"""{"crv":"P-256","kty":"EC","x":"{{Base64Url(p.Q.X!)}}","y":"{{Base64Url(p.Q.Y!)}}"}""";
        return Base64Url(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>An EC P-256 public key from a JWK; null when the JWK is not one.</summary>
    public static ECDsa? ToPublicKey(JsonObject jwk)
    {
        try
        {
            if ((string?)jwk["kty"] != "EC" || (string?)jwk["crv"] != "P-256") return null;
            var x = FromBase64Url((string?)jwk["x"] ?? "");
            var y = FromBase64Url((string?)jwk["y"] ?? "");
            if (x.Length != 32 || y.Length != 32) return null;
            return ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = new ECPoint { X = x, Y = y } });
        }
        catch (Exception e) when (e is FormatException or CryptographicException or InvalidOperationException)
        {
            return null;
        }
    }

    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static byte[] FromBase64Url(string text)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '='));
    }

    public static string Time(DateTimeOffset moment) => moment.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
