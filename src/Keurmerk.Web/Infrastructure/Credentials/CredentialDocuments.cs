using Keurmerk.Audits.Credentials;
using Keurmerk.Audits.Register;
using System.Text.Json.Nodes;

namespace Keurmerk.Web.Infrastructure.Credentials;

/// <summary>
/// The JSON of what we sign: a certificate as a W3C Verifiable Credential 2.0 in the Open Badges 3.0 shape
/// (OpenBadgeCredential), and a Bitstring Status List credential. Registered JWT claims (iss, jti, iat, exp)
/// sit beside the credential's own properties, as VC-JOSE-COSE allows.
/// </summary>
public static class CredentialDocuments
{
    public const string VcContext = "https://www.w3.org/ns/credentials/v2";
    public const string OpenBadgesContext = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static string StatusListUrl(IssuerIdentity issuer, string purpose) => $"{issuer.BaseUrl}/credentials/status/{purpose}";

    public static string AchievementName(int criteriaVersion, string language = "nl") => language == "en"
        ? $"Keurmerk Inclusief Stagebedrijf (inclusive internship company), Haagse Stagestandaard version {criteriaVersion}"
        : $"Keurmerk Inclusief Stagebedrijf, Haagse Stagestandaard versie {criteriaVersion}";

    /// <summary>Validity from the start of the first day to the end of the last, in Dutch time.</summary>
    public static (DateTimeOffset From, DateTimeOffset Until) Validity(DateOnly from, DateOnly until) =>
        (StartOfDay(from), StartOfDay(until.AddDays(1)).AddSeconds(-1));

    private static DateTimeOffset StartOfDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Amsterdam.GetUtcOffset(local)).ToUniversalTime();
    }

    public static JsonObject Certificate(IssuerIdentity issuer, RegisterEntry entry, CertificateCredential record, DateTimeOffset issuedAt)
    {
        var (validFrom, validUntil) = Validity(entry.ValidFrom, entry.ValidUntil);
        var id = $"{issuer.BaseUrl}/credentials/{Uri.EscapeDataString(entry.CertificateNumber)}";
        return new JsonObject
        {
            ["@context"] = new JsonArray(VcContext, OpenBadgesContext),
            ["id"] = id,
            ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
            ["name"] = $"Keurmerk {entry.CertificateNumber}: {entry.OrganisationName}",
            ["issuer"] = new JsonObject
            {
                ["id"] = issuer.Did,
                ["type"] = new JsonArray("Profile"),
                ["name"] = issuer.Name,
                ["url"] = issuer.Url,
            },
            ["validFrom"] = Jwk.Time(validFrom),
            ["validUntil"] = Jwk.Time(validUntil),
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = $"{issuer.BaseUrl}/api/register/{entry.KvkNumber}",
                ["type"] = new JsonArray("AchievementSubject"),
                ["name"] = entry.OrganisationName,
                ["identifier"] = new JsonArray(new JsonObject
                {
                    ["type"] = "IdentityObject",
                    ["identityType"] = "identifier",
                    ["hashed"] = false,
                    // The KvK number (Dutch chamber of commerce), in the clear: it is public in the register too.
                    ["identityHash"] = entry.KvkNumber,
                }),
                ["achievement"] = new JsonObject
                {
                    ["id"] = $"{issuer.BaseUrl}/achievements/haagse-stagestandaard/v{entry.CriteriaVersion}",
                    ["type"] = new JsonArray("Achievement"),
                    ["achievementType"] = "Certificate",
                    ["name"] = AchievementName(entry.CriteriaVersion),
                    ["description"] = "Keurmerk voor inclusieve stagebedrijven, beoordeeld door Stichting ELBHO volgens de Haagse Stagestandaard.",
                    ["criteria"] = new JsonObject
                    {
                        ["narrative"] = $"Voldoet aan de Haagse Stagestandaard, versie {entry.CriteriaVersion}, na beoordeling door twee beoordelaars van ELBHO.",
                    },
                    ["version"] = entry.CriteriaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
                },
            },
            ["credentialStatus"] = new JsonArray([.. StatusLists.Purposes.Select(purpose => (JsonNode)new JsonObject
            {
                ["id"] = $"{StatusListUrl(issuer, purpose)}#{record.StatusListIndex}",
                ["type"] = "BitstringStatusListEntry",
                ["statusPurpose"] = purpose,
                ["statusListIndex"] = record.StatusListIndex.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["statusListCredential"] = StatusListUrl(issuer, purpose),
            })]),
            ["iss"] = issuer.Did,
            ["jti"] = id,
            ["iat"] = issuedAt.ToUnixTimeSeconds(),
            ["exp"] = validUntil.ToUnixTimeSeconds(),
        };
    }

    /// <summary>A status list credential, valid for its ttl from now: a copy older than that must be fetched again.</summary>
    public static JsonObject StatusList(IssuerIdentity issuer, string purpose, byte[] bits, DateTimeOffset now, TimeSpan ttl)
    {
        var url = StatusListUrl(issuer, purpose);
        return new JsonObject
        {
            ["@context"] = new JsonArray(VcContext),
            ["id"] = url,
            ["type"] = new JsonArray("VerifiableCredential", "BitstringStatusListCredential"),
            ["issuer"] = issuer.Did,
            ["validFrom"] = Jwk.Time(now),
            ["validUntil"] = Jwk.Time(now + ttl),
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = $"{url}#list",
                ["type"] = "BitstringStatusList",
                ["statusPurpose"] = purpose,
                ["encodedList"] = StatusLists.Encode(bits),
                ["ttl"] = (long)ttl.TotalMilliseconds,
            },
            ["iss"] = issuer.Did,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["exp"] = (now + ttl).ToUnixTimeSeconds(),
        };
    }
}
