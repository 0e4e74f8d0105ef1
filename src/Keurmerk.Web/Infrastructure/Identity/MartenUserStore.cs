using Keurmerk.Audits.Users;
using Marten;
using Microsoft.AspNetCore.Identity;

namespace Keurmerk.Web.Infrastructure.Identity;

/// <summary>ASP.NET Core Identity's user store on Marten documents: no Entity Framework.</summary>
public sealed class MartenUserStore(IDocumentSession session) :
    IUserPasswordStore<AppUser>,
    IUserEmailStore<AppUser>,
    IUserSecurityStampStore<AppUser>,
    IUserRoleStore<AppUser>,
    IUserLockoutStore<AppUser>
{
    public async Task<IdentityResult> CreateAsync(AppUser user, CancellationToken ct)
    {
        // Anything else stored on this session (the new organisation) commits with the user, or neither does.
        session.Insert(user);
        await session.SaveChangesAsync(ct);
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> UpdateAsync(AppUser user, CancellationToken ct)
    {
        session.Update(user);
        await session.SaveChangesAsync(ct);
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> DeleteAsync(AppUser user, CancellationToken ct)
    {
        session.Delete(user);
        await session.SaveChangesAsync(ct);
        return IdentityResult.Success;
    }

    public async Task<AppUser?> FindByIdAsync(string userId, CancellationToken ct) =>
        Guid.TryParse(userId, out var id) ? await session.LoadAsync<AppUser>(id, ct) : null;

    public Task<AppUser?> FindByNameAsync(string normalizedUserName, CancellationToken ct) =>
        session.Query<AppUser>().FirstOrDefaultAsync(u => u.NormalizedUserName == normalizedUserName, ct);

    public Task<AppUser?> FindByEmailAsync(string normalizedEmail, CancellationToken ct) =>
        session.Query<AppUser>().FirstOrDefaultAsync(u => u.NormalizedEmail == normalizedEmail, ct);

    public Task<string> GetUserIdAsync(AppUser user, CancellationToken ct) => Task.FromResult(user.Id.ToString());
    public Task<string?> GetUserNameAsync(AppUser user, CancellationToken ct) => Task.FromResult<string?>(user.UserName);
    public Task SetUserNameAsync(AppUser user, string? userName, CancellationToken ct) => Set(() => user.UserName = userName ?? "");
    public Task<string?> GetNormalizedUserNameAsync(AppUser user, CancellationToken ct) => Task.FromResult<string?>(user.NormalizedUserName);
    public Task SetNormalizedUserNameAsync(AppUser user, string? normalizedName, CancellationToken ct) => Set(() => user.NormalizedUserName = normalizedName ?? "");

    public Task SetPasswordHashAsync(AppUser user, string? passwordHash, CancellationToken ct) => Set(() => user.PasswordHash = passwordHash);
    public Task<string?> GetPasswordHashAsync(AppUser user, CancellationToken ct) => Task.FromResult(user.PasswordHash);
    public Task<bool> HasPasswordAsync(AppUser user, CancellationToken ct) => Task.FromResult(user.PasswordHash is not null);

    public Task SetEmailAsync(AppUser user, string? email, CancellationToken ct) => Set(() => user.Email = email ?? "");
    public Task<string?> GetEmailAsync(AppUser user, CancellationToken ct) => Task.FromResult<string?>(user.Email);
    public Task<bool> GetEmailConfirmedAsync(AppUser user, CancellationToken ct) => Task.FromResult(user.EmailConfirmed);
    public Task SetEmailConfirmedAsync(AppUser user, bool confirmed, CancellationToken ct) => Set(() => user.EmailConfirmed = confirmed);
    public Task<string?> GetNormalizedEmailAsync(AppUser user, CancellationToken ct) => Task.FromResult<string?>(user.NormalizedEmail);
    public Task SetNormalizedEmailAsync(AppUser user, string? normalizedEmail, CancellationToken ct) => Set(() => user.NormalizedEmail = normalizedEmail ?? "");

    public Task SetSecurityStampAsync(AppUser user, string stamp, CancellationToken ct) => Set(() => user.SecurityStamp = stamp);
    public Task<string?> GetSecurityStampAsync(AppUser user, CancellationToken ct) => Task.FromResult<string?>(user.SecurityStamp);

    public Task AddToRoleAsync(AppUser user, string roleName, CancellationToken ct) =>
        Set(() => { if (!user.Roles.Contains(roleName)) user.Roles.Add(roleName); });
    public Task RemoveFromRoleAsync(AppUser user, string roleName, CancellationToken ct) => Set(() => user.Roles.Remove(roleName));
    public Task<IList<string>> GetRolesAsync(AppUser user, CancellationToken ct) => Task.FromResult<IList<string>>(user.Roles.ToList());
    public Task<bool> IsInRoleAsync(AppUser user, string roleName, CancellationToken ct) => Task.FromResult(user.Roles.Contains(roleName));

    public async Task<IList<AppUser>> GetUsersInRoleAsync(string roleName, CancellationToken ct) =>
        (await session.Query<AppUser>().Where(u => u.Roles.Contains(roleName)).ToListAsync(ct)).ToList();

    public Task<DateTimeOffset?> GetLockoutEndDateAsync(AppUser user, CancellationToken ct) => Task.FromResult(user.LockoutEnd);
    public Task SetLockoutEndDateAsync(AppUser user, DateTimeOffset? lockoutEnd, CancellationToken ct) => Set(() => user.LockoutEnd = lockoutEnd);
    public Task<int> IncrementAccessFailedCountAsync(AppUser user, CancellationToken ct) => Task.FromResult(++user.AccessFailedCount);
    public Task ResetAccessFailedCountAsync(AppUser user, CancellationToken ct) => Set(() => user.AccessFailedCount = 0);
    public Task<int> GetAccessFailedCountAsync(AppUser user, CancellationToken ct) => Task.FromResult(user.AccessFailedCount);
    public Task<bool> GetLockoutEnabledAsync(AppUser user, CancellationToken ct) => Task.FromResult(user.LockoutEnabled);
    public Task SetLockoutEnabledAsync(AppUser user, bool enabled, CancellationToken ct) => Set(() => user.LockoutEnabled = enabled);

    public void Dispose() { }

    private static Task Set(Action change)
    {
        change();
        return Task.CompletedTask;
    }
}
