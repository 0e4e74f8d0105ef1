namespace Keurmerk.Audits.Users;

public static class Roles
{
    public const string Employer = "Employer";
    public const string Assessor = "Assessor";
    public const string School = "School";
    public const string Admin = "Admin";

    /// <summary>The network around the standard (municipality, Datalab, schools' coordinators): reads the dashboard, nothing else.</summary>
    public const string Network = "Network";

    public static readonly string[] All = [Employer, Assessor, School, Admin, Network];
}

/// <summary>A login, stored as a Marten document; ASP.NET Core Identity works on it through MartenUserStore.</summary>
public sealed class AppUser
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string UserName { get; set; } = "";
    public string NormalizedUserName { get; set; } = "";
    public string Email { get; set; } = "";
    public string NormalizedEmail { get; set; } = "";
    public bool EmailConfirmed { get; set; }
    public string? PasswordHash { get; set; }
    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");
    public string DisplayName { get; set; } = "";
    public List<string> Roles { get; set; } = [];

    /// <summary>The employer organisation an Employer user belongs to; null for other roles.</summary>
    public Guid? OrganisationId { get; set; }

    /// <summary>Set when the account was deleted: its name, e-mail and password are erased, its id stays in the events.</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    // Identity's lockout: failed logins in a row, and until when logging in is refused.
    public int AccessFailedCount { get; set; }
    public DateTimeOffset? LockoutEnd { get; set; }
    public bool LockoutEnabled { get; set; } = true;
}
