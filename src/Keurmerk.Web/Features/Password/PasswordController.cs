using Keurmerk.Audits.Notifications;
using Keurmerk.Audits.Users;
using Keurmerk.Domain;
using Keurmerk.Web.Features.Account;
using Keurmerk.Web.Infrastructure.Identity;
using Keurmerk.Web.Infrastructure.Localization;
using Keurmerk.Web.Infrastructure.Security;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Keurmerk.Web.Features.Password;

[ValidateNever]
public sealed class ResetPasswordForm
{
    public string? User { get; set; }
    public string? Token { get; set; }
    public string? Password { get; set; }
}

[ValidateNever]
public sealed class ChangePasswordForm
{
    public string? CurrentPassword { get; set; }
    public string? NewPassword { get; set; }
}

/// <summary>
/// A forgotten password (a link by mail: one hour, once) and a changed one. Either way every session of
/// the account ends, so whoever had the old password or a stolen cookie is out.
/// </summary>
[Route("account")]
public sealed class PasswordController(
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    ServerSideSessions sessions,
    IDocumentStore store,
    AccountLinks links,
    TimeProvider clock) : Controller
{
    [HttpGet("forgot-password")]
    public IActionResult Forgot() => View(nameof(Forgot), "");

    /// <summary>The same answer whether or not the address has an account; only an owner of one gets a mail.</summary>
    [HttpPost("forgot-password")]
    public async Task<IActionResult> Forgot(string? email)
    {
        email = email?.Trim() ?? "";
        if (email.Length is 0 or > FieldLimits.Email)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ModelState.AddModelError("", Lang.T("Vul uw e-mailadres in.", "Enter your e-mail address."));
            return View(nameof(Forgot), email);
        }
        if (await users.FindByEmailAsync(email) is { } user)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var link = links.To(Request, "/account/reset-password", ("user", user.Id.ToString()), ("token", token));
            await using var mail = store.LightweightSession();
            mail.Store(Notification.Create(user.Email, "password-reset", AccountMails.ResetPassword(link), clock.GetUtcNow()));
            await mail.SaveChangesAsync();
        }
        return View("ResetSent", email);
    }

    [HttpGet("reset-password")]
    public IActionResult Reset(string? user, string? token) =>
        string.IsNullOrEmpty(user) || string.IsNullOrEmpty(token)
            ? LinkInvalid()
            : View(nameof(Reset), new ResetPasswordForm { User = user, Token = token });

    [HttpPost("reset-password")]
    public async Task<IActionResult> Reset(ResetPasswordForm form, CancellationToken ct)
    {
        var user = string.IsNullOrEmpty(form.User) || string.IsNullOrEmpty(form.Token) ? null : await users.FindByIdAsync(form.User);
        if (user is null) return LinkInvalid();
        var result = await users.ResetPasswordAsync(user, form.Token!, form.Password ?? "");
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == "InvalidToken")) return LinkInvalid();
            foreach (var error in result.Errors) ModelState.AddModelError("", AccountController.IdentityErrorText(error));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Reset), form);
        }
        // The link came through the mailbox: that confirms the address too, and the lockout is over.
        user.EmailConfirmed = true;
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await sessions.EndAll(user.Id, ct);
        TempData["Message"] = Lang.T("Uw wachtwoord is ingesteld. U bent overal uitgelogd; log in met het nieuwe wachtwoord.",
            "Your password has been set. You have been logged out everywhere; log in with the new password.");
        return Redirect("/account/login");
    }

    [HttpGet("password")]
    [Authorize]
    public IActionResult Change() => View(nameof(Change), new ChangePasswordForm());

    [HttpPost("password")]
    [Authorize]
    public async Task<IActionResult> Change(ChangePasswordForm form, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(User.UserId().ToString());
        if (user is null) return Challenge();
        var result = await users.ChangePasswordAsync(user, form.CurrentPassword ?? "", form.NewPassword ?? "");
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) ModelState.AddModelError("", AccountController.IdentityErrorText(error));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Change), new ChangePasswordForm());
        }
        // Every session ends, this one included; this browser gets a fresh one.
        await sessions.EndAll(user.Id, ct);
        ServerSideSessions.AllowReissue(HttpContext);
        await signIn.SignInAsync(user, isPersistent: true);
        TempData["Message"] = Lang.T("Uw wachtwoord is gewijzigd. Op andere apparaten bent u uitgelogd.",
            "Your password has been changed. You have been logged out on other devices.");
        return Redirect("/account/password");
    }

    private ViewResult LinkInvalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("~/Features/Account/LinkInvalid.cshtml");
    }
}
