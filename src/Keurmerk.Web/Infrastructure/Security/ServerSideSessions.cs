using Keurmerk.Audits.Users;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using System.Security.Claims;
using System.Security.Cryptography;

namespace Keurmerk.Web.Infrastructure.Security;

/// <summary>
/// Keeps login sessions in PostgreSQL (Marten documents), so logging out, changing the password or an
/// admin's "end all sessions" ends a session for real: a copied cookie points at a deleted document.
/// Shared by every app instance on the same database.
/// </summary>
public sealed class ServerSideSessions(IDocumentStore store, TimeProvider clock) : ITicketStore
{
    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        // 256 random bits: the key is the session, so it must not be guessable.
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await using var session = store.LightweightSession();
        session.Store(ToDocument(key, ticket));
        await session.SaveChangesAsync();
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => Renew(key, ticket, reissue: false);

    // The cookie handler signs in again under the request's existing key; after EndAll that key is gone.
    public Task RenewAsync(string key, AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken) =>
        Renew(key, ticket, reissue: httpContext.Items.ContainsKey(ReissueItem));

    /// <summary>Lets this request's sign-in store its session again after EndAll ended it (a password change).</summary>
    public static void AllowReissue(HttpContext context) => context.Items[ReissueItem] = true;

    private const string ReissueItem = "keurmerk:reissue-session";

    private async Task Renew(string key, AuthenticationTicket ticket, bool reissue)
    {
        await using var session = store.LightweightSession();
        // Only a session that still exists is renewed: one ended meanwhile (logout elsewhere, an admin) stays ended.
        var existing = await session.LoadAsync<AuthSession>(key);
        if (existing is null && !reissue) return;
        var renewed = ToDocument(key, ticket);
        renewed.CreatedAt = existing?.CreatedAt ?? renewed.CreatedAt;
        session.Store(renewed);
        await session.SaveChangesAsync();
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        await using var session = store.QuerySession();
        var document = await session.LoadAsync<AuthSession>(key);
        if (document is null || document.ExpiresAt <= clock.GetUtcNow()) return null;
        return TicketSerializer.Default.Deserialize(document.Ticket);
    }

    public async Task RemoveAsync(string key)
    {
        await using var session = store.LightweightSession();
        session.Delete<AuthSession>(key);
        await session.SaveChangesAsync();
    }

    /// <summary>Ends every session of a user, on every instance: after a password change or reset, or by an admin.</summary>
    public async Task EndAll(Guid userId, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        session.DeleteWhere<AuthSession>(s => s.UserId == userId);
        await session.SaveChangesAsync(ct);
    }

    public async Task<int> Count(Guid userId, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.Query<AuthSession>().CountAsync(s => s.UserId == userId && s.ExpiresAt > clock.GetUtcNow(), ct);
    }

    /// <summary>Removes sessions that expired (a daily job): an abandoned session is not kept for ever.</summary>
    public async Task RemoveExpired()
    {
        await using var session = store.LightweightSession();
        var now = clock.GetUtcNow();
        session.DeleteWhere<AuthSession>(s => s.ExpiresAt < now);
        await session.SaveChangesAsync();
    }

    private AuthSession ToDocument(string key, AuthenticationTicket ticket) => new()
    {
        Id = key,
        UserId = Guid.TryParse(ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty,
        Ticket = TicketSerializer.Default.Serialize(ticket),
        CreatedAt = clock.GetUtcNow(),
        ExpiresAt = ticket.Properties.ExpiresUtc,
    };
}
