using Keurmerk.Audits.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using System.Security.Claims;

namespace Keurmerk.Web.Infrastructure.Identity;

/// <summary>Puts roles, display name and organisation into the login cookie.</summary>
public sealed class KeurmerkClaimsFactory(UserManager<AppUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    public const string OrganisationClaim = "keurmerk:organisation";
    public const string DisplayNameClaim = "keurmerk:display-name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaims(user.Roles.Select(r => new Claim(Options.ClaimsIdentity.RoleClaimType, r)));
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        if (user.OrganisationId is { } organisationId)
            identity.AddClaim(new Claim(OrganisationClaim, organisationId.ToString()));
        return identity;
    }
}

public static class ClaimsPrincipalExtensions
{
    public static Guid UserId(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not signed in."));

    public static Guid? OrganisationId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(KeurmerkClaimsFactory.OrganisationClaim), out var id) ? id : null;

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(KeurmerkClaimsFactory.DisplayNameClaim) ?? user.Identity?.Name ?? "";
}
