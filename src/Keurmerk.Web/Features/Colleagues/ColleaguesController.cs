using Keurmerk.Audits.Notifications;
using Keurmerk.Audits.Organisations;
using Keurmerk.Audits.Users;
using Keurmerk.Web.Infrastructure.Identity;
using Keurmerk.Web.Infrastructure.Localization;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using System.ComponentModel.DataAnnotations;

namespace Keurmerk.Web.Features.Colleagues;

/// <summary>
/// The people of an employer organisation: colleagues invited by e-mail (each with a login of their own),
/// the AVG article 20 download of everything held about the organisation, and deleting a person's account.
/// </summary>
[Authorize(Roles = Roles.Employer)]
[Route("organisation")]
public sealed class ColleaguesController(
    IDocumentSession session,
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    TimeProvider clock,
    IConfiguration configuration) : Controller
{
    /// <summary>Enough for any real organisation; a limit so the form cannot be used to send mail in bulk.</summary>
    public const int MaximumOpenInvitations = 25;

    [HttpGet("people")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await People(new InviteForm(), null, ct));

    [HttpPost("invitations")]
    public async Task<IActionResult> Invite(InviteForm form, CancellationToken ct)
    {
        var organisationId = User.OrganisationId()!.Value;
        var (email, name, now) = (form.Email.Trim(), form.Name.Trim(), clock.GetUtcNow());
        var error = await InvitationError(organisationId, email, name, now, ct);
        if (error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Index), await People(form, error, ct));
        }
        var organisation = await session.LoadAsync<Organisation>(organisationId, ct)
            ?? throw new InvalidOperationException($"Organisation {organisationId} is missing.");
        var (invitation, token) = Invitation.Create(organisationId, email, name, User.UserId(), now);
        var link = $"{BaseUrl}/invitations/{invitation.Id}?token={token}";
        session.Store(invitation);
        session.Store(Notification.Create(email, "invitation", MailText.Bilingual(
            $"Uitnodiging: {organisation.Name} op Keurmerk", $"Invitation: {organisation.Name} on Keurmerk",
            $"{User.DisplayName()} nodigt u uit om mee te werken aan de zelfevaluatie van {organisation.Name} voor het keurmerk inclusieve stagebedrijven. Maak uw eigen account via deze link (14 dagen geldig):\n{link}",
            $"{User.DisplayName()} invites you to work on the self-assessment of {organisation.Name} for the quality mark for inclusive internship companies. Create your own account with this link (valid for 14 days):\n{link}"),
            now));
        await session.SaveChangesAsync(ct);
        TempData["Message"] = Lang.T($"{name} is uitgenodigd; de uitnodiging is verstuurd naar {email}.", $"{name} has been invited; the invitation was sent to {email}.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("invitations/{id:guid}/revoke")]
    public async Task<IActionResult> Revoke(Guid id, CancellationToken ct)
    {
        var invitation = await session.LoadAsync<Invitation>(id, ct);
        if (invitation is null || invitation.OrganisationId != User.OrganisationId() || invitation.AcceptedAt is not null) return NotFound();
        session.Delete(invitation);
        await session.SaveChangesAsync(ct);
        TempData["Message"] = Lang.T("De uitnodiging is ingetrokken; de link werkt niet meer.", "The invitation has been withdrawn; the link no longer works.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("/invitations/{id:guid}")]
    [AllowAnonymous]
    public async Task<IActionResult> Accept(Guid id, string? token, CancellationToken ct)
    {
        var invitation = await OpenInvitation(id, token, ct);
        if (invitation is null) return InvalidInvitation();
        return View(await AcceptView(invitation, token!, new AcceptForm { Name = invitation.Name }, null, ct));
    }

    /// <summary>Accepting creates the colleague's own account in the inviting organisation, and marks the invitation used, together.</summary>
    [HttpPost("/invitations/{id:guid}")]
    [AllowAnonymous]
    public async Task<IActionResult> Accept(Guid id, string? token, AcceptForm form, CancellationToken ct)
    {
        var invitation = await OpenInvitation(id, token, ct);
        if (invitation is null) return InvalidInvitation();
        var name = form.Name.Trim();
        string? error = name.Length is 0 or > 200
            ? Lang.T("Vul uw naam in (maximaal 200 tekens).", "Enter your name (at most 200 characters).")
            : form.Password.Length is < 10 or > 200
                ? Lang.T("Het wachtwoord moet minstens 10 tekens hebben.", "The password needs at least 10 characters.")
                : null;
        if (error is null)
        {
            var user = new AppUser
            {
                UserName = invitation.Email,
                Email = invitation.Email,
                EmailConfirmed = true, // the invitation link reached this address
                DisplayName = name,
                OrganisationId = invitation.OrganisationId,
                Roles = [Roles.Employer],
            };
            invitation.AcceptedAt = clock.GetUtcNow();
            invitation.AcceptedBy = user.Id;
            session.Store(invitation); // committed by the user store together with the user
            var created = await users.CreateAsync(user, form.Password);
            if (created.Succeeded)
            {
                await signIn.SignInAsync(user, isPersistent: true);
                TempData["Message"] = Lang.T("Welkom! Uw account is aangemaakt.", "Welcome! Your account has been created.");
                return Redirect("/assessments");
            }
            error = string.Join(" ", created.Errors.Select(e => e.Code is "DuplicateUserName" or "DuplicateEmail"
                ? Lang.T("Dit e-mailadres heeft al een account; log daarmee in.", "This e-mail address already has an account; log in with it.")
                : e.Description));
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Accept), await AcceptView(invitation, token!, form, error, ct));
    }

    /// <summary>AVG article 20: everything the platform holds about the organisation and its people, as JSON.</summary>
    [HttpGet("data.json")]
    public async Task<IActionResult> DataJson(CancellationToken ct)
    {
        var data = await OrganisationData.Collect(session, User.OrganisationId()!.Value, clock.GetUtcNow(), ct);
        Response.Headers.ContentDisposition = $"attachment; filename=\"keurmerk-gegevens-{data.Organisation.KvkNumber}.json\"";
        return Json(data, OrganisationData.JsonOptions);
    }

    /// <summary>The same, as a page a person can read (and print).</summary>
    [HttpGet("data")]
    public async Task<IActionResult> Data(CancellationToken ct) =>
        View(await OrganisationData.Collect(session, User.OrganisationId()!.Value, clock.GetUtcNow(), ct));

    /// <summary>
    /// Deletes a person's account (their own or a colleague's): name, e-mail and password are erased;
    /// the events keep the account's id, which now points to "deleted user" (see the README).
    /// </summary>
    [HttpPost("people/{userId:guid}/delete")]
    public async Task<IActionResult> DeleteAccount(Guid userId, bool confirm, CancellationToken ct)
    {
        var organisationId = User.OrganisationId()!.Value;
        var person = await session.LoadAsync<AppUser>(userId, ct);
        if (person is null || person.OrganisationId != organisationId || person.DeletedAt is not null) return NotFound();
        var others = await session.Query<AppUser>().Where(u => u.OrganisationId == organisationId && u.Id != userId).ToListAsync(ct);
        var successor = others.FirstOrDefault(u => u.DeletedAt is null && u.Roles.Contains(Roles.Employer));
        string? error = !confirm
            ? Lang.T("Vink aan dat u het account echt wilt verwijderen.", "Tick the box to confirm that you really want to delete the account.")
            : successor is null
                ? Lang.T("Dit is het enige account van uw organisatie. Nodig eerst een collega uit, of vraag ELBHO om de hele registratie te beëindigen.",
                         "This is your organisation's only account. Invite a colleague first, or ask ELBHO to end the whole registration.")
                : null;
        if (error is not null)
        {
            Response.StatusCode = confirm ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            return View(nameof(Index), await People(new InviteForm(), error, ct));
        }
        var organisation = await session.LoadAsync<Organisation>(organisationId, ct);
        PersonalData.Erase(session, person, successor!, organisation, clock.GetUtcNow());
        await session.SaveChangesAsync(ct);
        if (userId == User.UserId())
        {
            await signIn.SignOutAsync();
            TempData["Message"] = Lang.T("Uw account is verwijderd.", "Your account has been deleted.");
            return Redirect("/");
        }
        TempData["Message"] = Lang.T("Het account is verwijderd.", "The account has been deleted.");
        return RedirectToAction(nameof(Index));
    }

    private string BaseUrl => (configuration["Keurmerk:PublicBaseUrl"] ?? $"{Request.Scheme}://{Request.Host}").TrimEnd('/');

    private async Task<string?> InvitationError(Guid organisationId, string email, string name, DateTimeOffset now, CancellationToken ct)
    {
        if (name.Length is 0 or > 200) return Lang.T("Vul de naam van uw collega in (maximaal 200 tekens).", "Enter your colleague's name (at most 200 characters).");
        if (email.Length > 254 || !new EmailAddressAttribute().IsValid(email)) return Lang.T("Vul een geldig e-mailadres in.", "Enter a valid e-mail address.");
        if (await users.FindByEmailAsync(email) is not null)
            return Lang.T("Dit e-mailadres heeft al een account bij Keurmerk.", "This e-mail address already has a Keurmerk account.");
        var open = (await session.Query<Invitation>().Where(i => i.OrganisationId == organisationId && i.AcceptedAt == null).ToListAsync(ct))
            .Where(i => i.IsOpen(now)).ToList();
        if (open.Any(i => i.Email.Equals(email, StringComparison.OrdinalIgnoreCase)))
            return Lang.T("Deze collega is al uitgenodigd en de uitnodiging is nog geldig.", "This colleague has already been invited and the invitation is still valid.");
        if (open.Count >= MaximumOpenInvitations)
            return Lang.T($"U hebt al {MaximumOpenInvitations} openstaande uitnodigingen; trek er eerst een in.", $"You already have {MaximumOpenInvitations} open invitations; withdraw one first.");
        return null;
    }

    private async Task<PeoplePage> People(InviteForm form, string? error, CancellationToken ct)
    {
        var organisationId = User.OrganisationId()!.Value;
        var people = await session.Query<AppUser>().Where(u => u.OrganisationId == organisationId).OrderBy(u => u.DisplayName).ToListAsync(ct);
        var invitations = await session.Query<Invitation>().Where(i => i.OrganisationId == organisationId && i.AcceptedAt == null)
            .OrderByDescending(i => i.InvitedAt).ToListAsync(ct);
        return new PeoplePage([.. people.Where(p => p.DeletedAt is null)], invitations, User.UserId(), clock.GetUtcNow(), form, error);
    }

    private async Task<Invitation?> OpenInvitation(Guid id, string? token, CancellationToken ct) =>
        await session.LoadAsync<Invitation>(id, ct) is { } invitation && invitation.Matches(token) && invitation.IsOpen(clock.GetUtcNow())
            ? invitation
            : null;

    private async Task<AcceptPage> AcceptView(Invitation invitation, string token, AcceptForm form, string? error, CancellationToken ct) =>
        new(invitation, (await session.LoadAsync<Organisation>(invitation.OrganisationId, ct))?.Name ?? "", token, form, error);

    private ViewResult InvalidInvitation()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("Invalid");
    }
}
