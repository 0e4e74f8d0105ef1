using Keurmerk.Audits.Users;
using Microsoft.AspNetCore.Identity;

namespace Keurmerk.Web.Infrastructure.Security;

/// <summary>
/// Absolute links for account mails. From Keurmerk:PublicBaseUrl when set (set it in production: a link
/// built from the request's Host header could be pointed elsewhere by whoever sends the request).
/// </summary>
public sealed class AccountLinks(IConfiguration configuration)
{
    public string To(HttpRequest request, string path, params (string Name, string Value)[] query)
    {
        var baseUrl = (configuration["Keurmerk:PublicBaseUrl"] ?? $"{request.Scheme}://{request.Host}").TrimEnd('/');
        return baseUrl + path + QueryString.Create(query.Select(q => new KeyValuePair<string, string?>(q.Name, q.Value)));
    }
}

/// <summary>A hash to check a password against when there is no user, so an unknown address costs as much time as a known one.</summary>
public static class DummyPassword
{
    private static string? hash;

    public static void Verify(IPasswordHasher<AppUser> hasher, string password)
    {
        var dummy = new AppUser();
        hash ??= hasher.HashPassword(dummy, Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(dummy, hash, password);
    }
}
