using Keurmerk.Audits.Notifications;
using Keurmerk.Audits.Organisations;
using Keurmerk.Audits.Users;
using Keurmerk.Web.Infrastructure.Localization;
using Keurmerk.Web.Infrastructure.Security;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Keurmerk.Web.Features.Account;

[Route("account")]
public sealed class AccountController(
    SignInManager<AppUser> signIn,
    UserManager<AppUser> users,
    IDocumentSession session,
    IDocumentStore store,
    RequestLimits limits,
    AccountLinks links,
    TimeProvider clock,
    ILogger<AccountController> logger) : Controller
{
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [HttpPost("login")]
    public async Task<IActionResult> Login(LoginForm form)
    {
        var email = (form.Email ?? "").Trim();
        using var lease = limits.LoginPerAccount.AttemptAcquire(users.NormalizeEmail(email) ?? "");
        if (!lease.IsAcquired)
        {
            logger.LogWarning("Login refused by the per-account rate limit from {Client}", HttpContext.Connection.RemoteIpAddress);
            ModelState.AddModelError("", RequestLimits.Message(RequestLimits.Refuse(Response, lease)));
            return View(form);
        }

        var result = await TimingSafeSignIn(email, form.Password ?? "");
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl! : "/");

        ModelState.AddModelError("", result switch
        {
            { IsLockedOut: true } => Lang.T("Te veel mislukte pogingen. Probeer het over een kwartier opnieuw.", "Too many failed attempts. Try again in fifteen minutes."),
            { IsNotAllowed: true } => Lang.T("Bevestig eerst uw e-mailadres met de link in de e-mail die wij u stuurden.", "First confirm your e-mail address with the link in the e-mail we sent you."),
            _ => Lang.T("Onbekend e-mailadres of verkeerd wachtwoord.", "Unknown e-mail address or wrong password."),
        });
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return View(form);
    }

    /// <summary>
    /// Every path hashes the password once, so the answer takes as long for an unknown address as for a
    /// known one. "Confirm your e-mail first" only follows the right password, so it tells nothing new.
    /// </summary>
    private async Task<Microsoft.AspNetCore.Identity.SignInResult> TimingSafeSignIn(string email, string password)
    {
        var client = HttpContext.Connection.RemoteIpAddress;
        var user = email.Length == 0 ? null : await users.FindByEmailAsync(email);
        if (user is null)
        {
            DummyPassword.Verify(users.PasswordHasher, password);
            // The address itself is not logged: it may be a mistyped password pasted into the wrong field.
            logger.LogWarning("Failed login for an unknown address from {Client}", client);
            return Microsoft.AspNetCore.Identity.SignInResult.Failed;
        }
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: true, lockoutOnFailure: true);
        if (result.IsNotAllowed) return await users.CheckPasswordAsync(user, password) ? result : Microsoft.AspNetCore.Identity.SignInResult.Failed;
        if (result.IsLockedOut)
        {
            DummyPassword.Verify(users.PasswordHasher, password);
            logger.LogWarning("Login refused for locked-out user {UserId} from {Client}", user.Id, client);
        }
        else if (!result.Succeeded)
        {
            logger.LogWarning("Failed login for user {UserId} from {Client} ({Failures} in a row)", user.Id, client, await users.GetAccessFailedCountAsync(user));
        }
        return result;
    }

    /// <summary>Ends this session on the server too: a copy of the cookie opens nothing afterwards.</summary>
    [HttpPost("logout")]
    [Authorize]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return Redirect("/");
    }

    [HttpGet("denied")]
    public IActionResult Denied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    [HttpGet("signup")]
    public IActionResult SignUp() => View(new SignUpForm());

    /// <summary>
    /// An employer signs up. Whatever is already known (the address, the KvK number), the page says the
    /// same: "check your mail". The mail says what happens next: confirm, log in, or ask a colleague.
    /// </summary>
    [HttpPost("signup")]
    public async Task<IActionResult> SignUp(SignUpForm form, CancellationToken ct)
    {
        var email = form.Email.Trim();
        var kvk = form.KvkNumber.Replace(" ", "").Trim();
        if (ModelState.IsValid)
        {
            foreach (var validator in users.PasswordValidators)
                foreach (var error in (await validator.ValidateAsync(users, new AppUser { Email = email, UserName = email }, form.Password)).Errors)
                    ModelState.AddModelError(nameof(form.Password), IdentityErrorText(error));
        }
        if (!ModelState.IsValid) return Invalid(form);

        var existing = await session.Query<Organisation>().FirstOrDefaultAsync(o => o.KvkNumber == kvk, ct);
        if (await users.FindByEmailAsync(email) is { } known)
        {
            if (known.EmailConfirmed)
                await Mail(email, "account-exists", AccountMails.AlreadyHasAccount(links.To(Request, "/account/login"), links.To(Request, "/account/forgot-password")), form.Password);
            else
                await SendConfirmation(known, password: form.Password); // the first link expired or got lost: a new one
        }
        else if (existing is not null && !await IsAbandonedSignUp(existing, ct))
            await Mail(email, "organisation-exists", AccountMails.OrganisationAlreadyRegistered(kvk), form.Password);
        else
        {
            if (existing is not null) session.Delete(existing);
            await CreateUnconfirmed(form, email, kvk, existing);
        }
        return View("SignUpSent", email);
    }

    /// <summary>
    /// A sign-up nobody confirmed within a day holds the KvK number for no one: whoever signs up with it
    /// next takes its place, so a mistyped or malicious sign-up cannot keep the real organisation out.
    /// </summary>
    private async Task<bool> IsAbandonedSignUp(Organisation organisation, CancellationToken ct) =>
        organisation.RegisteredAt < clock.GetUtcNow().AddDays(-1)
        && !await session.Query<AppUser>().AnyAsync(u => u.OrganisationId == organisation.Id && u.EmailConfirmed, ct);

    private async Task CreateUnconfirmed(SignUpForm form, string email, string kvk, Organisation? abandoned)
    {
        if (abandoned is not null) session.DeleteWhere<AppUser>(u => u.OrganisationId == abandoned.Id);
        var organisation = new Organisation(Guid.CreateVersion7(), form.OrganisationName.Trim(), kvk, form.SizeClass!.Value,
            form.Sector.Trim(), form.City.Trim(), form.ContactPerson.Trim(), email, clock.GetUtcNow());
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            DisplayName = form.ContactPerson.Trim(),
            OrganisationId = organisation.Id,
            Roles = [Roles.Employer],
        };
        session.Insert(organisation); // committed by the user store together with the user
        try
        {
            var created = await users.CreateAsync(user, form.Password);
            if (!created.Succeeded) throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Code)));
        }
        catch (Exception e) when (IsUniqueViolation(e))
        {
            // Someone signed up the same organisation or address a moment earlier: their mail says the rest.
            await Mail(email, "organisation-exists", AccountMails.OrganisationAlreadyRegistered(kvk), password: null);
            return;
        }
        await SendConfirmation(user, password: null);
    }

    private async Task SendConfirmation(AppUser user, string? password)
    {
        var organisation = user.OrganisationId is { } id ? await session.LoadAsync<Organisation>(id) : null;
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        await Mail(user.Email!, "account-confirm", AccountMails.ConfirmSignUp(user.DisplayName, organisation?.Name ?? "",
            links.To(Request, "/account/confirm", ("user", user.Id.ToString()), ("token", token))), password);
    }

    [HttpGet("confirm")]
    public async Task<IActionResult> Confirm(string? user, string? token)
    {
        var found = string.IsNullOrEmpty(user) || string.IsNullOrEmpty(token) ? null : await users.FindByIdAsync(user);
        if (found is null || !(await users.ConfirmEmailAsync(found, token!)).Succeeded)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("LinkInvalid");
        }
        TempData["Message"] = Lang.T("Uw e-mailadres is bevestigd. U kunt nu inloggen.", "Your e-mail address is confirmed. You can log in now.");
        return Redirect("/account/login");
    }

    /// <summary>Through the outbox. A password is hashed on the paths that create nothing, so every answer costs the same.</summary>
    private async Task Mail(string to, string kind, MailText text, string? password)
    {
        if (password is not null) users.PasswordHasher.HashPassword(new AppUser(), password);
        await using var mail = store.LightweightSession();
        mail.Store(Notification.Create(to, kind, text, clock.GetUtcNow()));
        await mail.SaveChangesAsync();
    }

    private static bool IsUniqueViolation(Exception e) =>
        e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } || (e.InnerException is { } inner && IsUniqueViolation(inner));

    private ViewResult Invalid(SignUpForm form)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(SignUp), form);
    }

    public static string IdentityErrorText(IdentityError error) => error.Code switch
    {
        "PasswordTooShort" => Lang.T("Het wachtwoord moet minstens 10 tekens hebben.", "The password needs at least 10 characters."),
        "PasswordRequiresDigit" => Lang.T("Het wachtwoord moet een cijfer bevatten.", "The password needs a digit."),
        "PasswordRequiresLower" => Lang.T("Het wachtwoord moet een kleine letter bevatten.", "The password needs a lower-case letter."),
        CommonPasswordValidator.ErrorCode => CommonPasswordValidator.Message,
        "InvalidToken" => Lang.T("Deze link is niet (meer) geldig. Vraag een nieuwe aan.", "This link is not valid (any more). Ask for a new one."),
        "PasswordMismatch" => Lang.T("Het huidige wachtwoord klopt niet.", "The current password is not right."),
        _ => error.Description,
    };
}
