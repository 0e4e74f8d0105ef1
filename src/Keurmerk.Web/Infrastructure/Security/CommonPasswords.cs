using Keurmerk.Audits.Users;
using Keurmerk.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;
using System.Collections.Frozen;

namespace Keurmerk.Web.Infrastructure.Security;

/// <summary>
/// Refuses passwords that are on the list of common and breached passwords shipped with the app
/// (ASVS 2.1.7): the 10,000 most common ones, and every one of 10 characters or more among the most
/// common million (SecLists, from leaked password sets). Compared without regard to case.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    public const string ErrorCode = "PasswordTooCommon";

    private static readonly Lazy<FrozenSet<string>> List = new(Load);

    public static int Count => List.Value.Count;

    public static bool IsCommon(string password) => List.Value.Contains(password.Trim());

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError { Code = ErrorCode, Description = Message })
            : IdentityResult.Success);

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded in the app.");
        using var reader = new StreamReader(stream);
        var passwords = new List<string>();
        while (reader.ReadLine() is { } line)
            if (line.Length > 0) passwords.Add(line);
        return passwords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    public static string Message => Lang.T(
        "Dit wachtwoord staat op een lijst van veelgebruikte of uitgelekte wachtwoorden en is daardoor makkelijk te raden. Kies een ander.",
        "This password is on a list of common or leaked passwords, so it is easy to guess. Choose another one.");
}
