using Keurmerk.Audits.Organisations;
using Keurmerk.Audits.Users;
using Keurmerk.Web.Infrastructure.Localization;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Keurmerk.Web.Features.Account;

[Route("account")]
public sealed class AccountController(
    SignInManager<AppUser> signIn,
    UserManager<AppUser> users,
    IDocumentSession session,
    TimeProvider clock) : Controller
{
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [HttpPost("login")]
    public async Task<IActionResult> Login(LoginForm form)
    {
        // An empty field is just a failed login: same message, same status.
        var result = await signIn.PasswordSignInAsync((form.Email ?? "").Trim(), form.Password, isPersistent: true, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl! : "/");

        ModelState.AddModelError("", result.IsLockedOut
            ? Lang.T("Te veel mislukte pogingen. Probeer het over een kwartier opnieuw.", "Too many failed attempts. Try again in fifteen minutes.")
            : Lang.T("Onbekend e-mailadres of verkeerd wachtwoord.", "Unknown e-mail address or wrong password."));
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return View(form);
    }

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

    /// <summary>An employer signs up: its organisation and its first user are stored together, or not at all.</summary>
    [HttpPost("signup")]
    public async Task<IActionResult> SignUp(SignUpForm form, CancellationToken ct)
    {
        var kvk = form.KvkNumber.Replace(" ", "").Trim();
        if (ModelState.IsValid && await session.Query<Organisation>().AnyAsync(o => o.KvkNumber == kvk, ct))
            ModelState.AddModelError(nameof(form.KvkNumber), Lang.T(
                "Er is al een organisatie met dit KvK-nummer aangemeld. Vraag uw collega om toegang.",
                "An organisation with this KvK number has already signed up. Ask your colleague for access."));
        if (!ModelState.IsValid) return Invalid(form);

        var organisation = new Organisation(Guid.CreateVersion7(), form.OrganisationName.Trim(), kvk, form.SizeClass!.Value,
            form.Sector.Trim(), form.City.Trim(), form.ContactPerson.Trim(), form.Email.Trim(), clock.GetUtcNow());
        var user = new AppUser
        {
            UserName = form.Email.Trim(),
            Email = form.Email.Trim(),
            DisplayName = form.ContactPerson.Trim(),
            OrganisationId = organisation.Id,
            Roles = [Roles.Employer],
        };
        session.Insert(organisation); // committed by the user store together with the user
        var created = await users.CreateAsync(user, form.Password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
                ModelState.AddModelError(error.Code is "DuplicateUserName" or "DuplicateEmail" ? nameof(form.Email) : nameof(form.Password), IdentityErrorText(error));
            return Invalid(form);
        }
        await signIn.SignInAsync(user, isPersistent: true);
        return Redirect("/assessments");
    }

    private ViewResult Invalid(SignUpForm form)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(SignUp), form);
    }

    private static string IdentityErrorText(IdentityError error) => error.Code switch
    {
        "DuplicateUserName" or "DuplicateEmail" => Lang.T("Dit e-mailadres heeft al een account.", "This e-mail address already has an account."),
        "PasswordTooShort" => Lang.T("Het wachtwoord moet minstens 10 tekens hebben.", "The password needs at least 10 characters."),
        "PasswordRequiresDigit" => Lang.T("Het wachtwoord moet een cijfer bevatten.", "The password needs a digit."),
        "PasswordRequiresLower" => Lang.T("Het wachtwoord moet een kleine letter bevatten.", "The password needs a lower-case letter."),
        _ => error.Description,
    };
}
