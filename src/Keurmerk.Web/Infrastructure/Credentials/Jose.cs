using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Keurmerk.Web.Infrastructure.Credentials;

/// <summary>Compact JWS with ES256 through Microsoft.IdentityModel.JsonWebTokens: no cryptography of our own.</summary>
public static class Jose
{
    /// <summary>VC-JOSE-COSE: a credential or status list secured as a JWT has this typ; served as application/vc+jwt.</summary>
    public const string CredentialType = "vc+jwt";
    public const string CredentialMediaType = "application/vc+jwt";

    /// <summary>The verification bundle a school downloads.</summary>
    public const string BundleType = "keurmerk-bundle+jwt";

    /// <summary>
    /// The library caches signature providers by key thumbprint; our public keys are short-lived ECDsa
    /// objects made from JWKs and disposed after use, so a cached provider could hold a disposed key.
    /// </summary>
    private static readonly CryptoProviderFactory Uncached = new() { CacheSignatureProviders = false };

    public static string Sign(JsonObject payload, IssuerKey key, string type)
    {
        if (!key.CanSign) throw new InvalidOperationException($"Key {key.KeyId} is retired or public only; it cannot sign.");
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        var credentials = new SigningCredentials(new ECDsaSecurityKey(key.Key) { KeyId = key.KeyId, CryptoProviderFactory = Uncached }, SecurityAlgorithms.EcdsaSha256);
        return handler.CreateToken(payload.ToJsonString(), credentials, new Dictionary<string, object> { [JwtHeaderParameterNames.Typ] = type });
    }

    /// <summary>A compact JWS taken apart without checking anything; null when it is not one.</summary>
    public static Parsed? Parse(string token)
    {
        var parts = token.Trim().Split('.');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0)) return null;
        try
        {
            var header = JsonNode.Parse(Encoding.UTF8.GetString(Jwk.FromBase64Url(parts[0]))) as JsonObject;
            var payload = JsonNode.Parse(Encoding.UTF8.GetString(Jwk.FromBase64Url(parts[1]))) as JsonObject;
            if (header is null || payload is null) return null;
            return new Parsed(token.Trim(), header, payload, (string?)header["kid"] ?? "", (string?)header["alg"] ?? "", (string?)header["typ"] ?? "");
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>True when the token is an ES256 JWS of the given typ whose signature holds for this key.</summary>
    public static async Task<bool> SignatureHolds(string token, ECDsa publicKey, string kid, string type)
    {
        var handler = new JsonWebTokenHandler();
        var result = await handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKey = new ECDsaSecurityKey(publicKey) { KeyId = kid, CryptoProviderFactory = Uncached },
            ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
            ValidTypes = [type],
            ValidateIssuer = false,
            ValidateAudience = false,
            // Validity periods are the verifier's own checks: it reports "expired" rather than "invalid".
            ValidateLifetime = false,
            RequireExpirationTime = false,
            RequireSignedTokens = true,
        });
        return result.IsValid;
    }

    public sealed record Parsed(string Token, JsonObject Header, JsonObject Payload, string KeyId, string Algorithm, string Type)
    {
        /// <summary>The DID the key id belongs to (the part before '#').</summary>
        public string KeyOwner => KeyId.Split('#')[0];

        public DateTimeOffset? IssuedAt => Payload["iat"] is JsonValue v && v.TryGetValue<long>(out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
    }
}
