using Keurmerk.Audits.Schools;
using Marten;
using Microsoft.AspNetCore.DataProtection;

namespace Keurmerk.Web.Infrastructure.Operations;

/// <summary>
/// Secrets the app must read back (a webhook's signing secret), encrypted at rest with the shared Data
/// Protection key ring. The stored form starts with <see cref="Prefix"/>; a value without it is plain
/// text from before encryption, which <see cref="EncryptPlainWebhookSecrets"/> (run by db-apply)
/// rewrites and <see cref="Reveal"/> still reads meanwhile.
/// </summary>
public sealed class SecretProtection(IDataProtectionProvider provider)
{
    public const string Prefix = "dp1:";

    private readonly IDataProtector _protector = provider.CreateProtector("Keurmerk.Secrets.v1");

    public string Protect(string secret) => Prefix + _protector.Protect(secret);

    public string Reveal(string stored) => stored.StartsWith(Prefix, StringComparison.Ordinal) ? _protector.Unprotect(stored[Prefix.Length..]) : stored;

    public static bool IsProtected(string stored) => stored.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>Encrypts every webhook secret still stored in plain text; gives how many it changed. Safe to run again.</summary>
    public async Task<int> EncryptPlainWebhookSecrets(IDocumentStore store, CancellationToken ct = default)
    {
        await using var session = store.LightweightSession();
        var plain = await session.Query<Webhook>().Where(w => !w.Secret.StartsWith(Prefix)).ToListAsync(ct);
        foreach (var webhook in plain) session.Store(webhook with { Secret = Protect(webhook.Secret) });
        await session.SaveChangesAsync(ct);
        return plain.Count;
    }
}
