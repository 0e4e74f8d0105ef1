using Keurmerk.Audits.Credentials;
using Keurmerk.Audits.Register;
using Marten;
using Marten.Patching;
using System.Text.Json.Nodes;

namespace Keurmerk.Web.Infrastructure.Credentials;

public sealed record CredentialOptions
{
    /// <summary>How long a status list (and a verification bundle built from it) may be relied on before fetching a new one.</summary>
    public TimeSpan StatusListTtl { get; init; } = TimeSpan.FromHours(24);
}

/// <summary>Issues credentials, composes the signed status lists and the verification bundle a school takes offline.</summary>
public sealed class CredentialService(IDocumentSession session, IssuerKeys keys, CredentialOptions options, TimeProvider clock)
{
    public IssuerKeys Keys => keys;

    /// <summary>The certificate's credential, signed once and then kept; null for an unknown number.</summary>
    public async Task<string?> CredentialFor(string certificateNumber, CancellationToken ct)
    {
        var entry = await session.Query<RegisterEntry>().FirstOrDefaultAsync(r => r.CertificateNumber == certificateNumber, ct);
        if (entry is null) return null;
        var record = await session.LoadAsync<CertificateCredential>(entry.Id, ct) ?? await Allocate(entry, ct);
        if (record.Jwt is { } kept) return kept;

        var jwt = Jose.Sign(CredentialDocuments.Certificate(keys.Identity, entry, record, clock.GetUtcNow()), keys.Current, Jose.CredentialType);
        // Only the signed form is added: the status bits stay as the last transaction left them.
        await session.PatchAsync(record.Id, jwt, ct);
        return jwt;
    }

    /// <summary>The JSON form: the VC 2.0 EnvelopedVerifiableCredential that carries the same signed JWT.</summary>
    public static JsonObject Enveloped(string jwt) => new()
    {
        ["@context"] = new JsonArray(CredentialDocuments.VcContext),
        ["id"] = $"data:{Jose.CredentialMediaType},{jwt}",
        ["type"] = "EnvelopedVerifiableCredential",
    };

    /// <summary>The signed status list for a purpose, composed from the bits set now.</summary>
    public async Task<string> StatusList(string purpose, CancellationToken ct)
    {
        var set = purpose == StatusLists.Revocation
            ? await session.Query<CertificateCredential>().Where(c => c.Revoked).Select(c => c.StatusListIndex).ToListAsync(ct)
            : await session.Query<CertificateCredential>().Where(c => c.Suspended).Select(c => c.StatusListIndex).ToListAsync(ct);
        var payload = CredentialDocuments.StatusList(keys.Identity, purpose, StatusLists.Bits(set), clock.GetUtcNow(), options.StatusListTtl);
        return Jose.Sign(payload, keys.Current, Jose.CredentialType);
    }

    /// <summary>
    /// What a school takes offline, signed by the issuer: the issuer keys with their periods, the current
    /// status lists, the issuer ids to accept, when it was made and how long it may be relied on.
    /// </summary>
    public async Task<string> Bundle(CancellationToken ct)
    {
        var lists = new List<string>();
        foreach (var purpose in StatusLists.Purposes) lists.Add(await StatusList(purpose, ct));
        return Jose.Sign(BundlePayload(keys, lists, clock.GetUtcNow(), options.StatusListTtl), keys.Current, Jose.BundleType);
    }

    public static JsonObject BundlePayload(IssuerKeys keys, IEnumerable<string> statusLists, DateTimeOffset now, TimeSpan ttl) => new()
    {
        ["type"] = "KeurmerkVerificationBundle",
        ["iss"] = keys.Identity.Did,
        ["iat"] = now.ToUnixTimeSeconds(),
        ["exp"] = (now + ttl).ToUnixTimeSeconds(),
        ["issuedAt"] = Jwk.Time(now),
        ["ttl"] = (long)ttl.TotalSeconds,
        ["trustedIssuers"] = new JsonArray(keys.Identity.Did),
        ["keys"] = keys.Jwks()["keys"]!.DeepClone(),
        ["statusLists"] = new JsonArray([.. statusLists.Select(l => (JsonNode)l)]),
    };

    /// <summary>A record for a certificate issued before credentials existed; a racing allocation for the same certificate wins.</summary>
    private async Task<CertificateCredential> Allocate(RegisterEntry entry, CancellationToken ct)
    {
        var rules = new CredentialStatusRules(clock);
        var record = (await rules.Allocate(session, entry.Id, entry.CertificateNumber, [], ct)) with
        {
            Suspended = entry.Status == CertificateStatus.Suspended,
            Revoked = entry.Status == CertificateStatus.Revoked,
        };
        session.Insert(record);
        try
        {
            await session.SaveChangesAsync(ct);
            return record;
        }
        catch (JasperFx.DocumentAlreadyExistsException)
        {
            session.Eject(record);
            return await session.LoadAsync<CertificateCredential>(entry.Id, ct) ?? throw new InvalidOperationException("credential record vanished");
        }
    }
}

file static class CredentialPatch
{
    public static async Task PatchAsync(this IDocumentSession session, Guid id, string jwt, CancellationToken ct)
    {
        session.Patch<CertificateCredential>(id).Set(c => c.Jwt, jwt);
        await session.SaveChangesAsync(ct);
    }
}
