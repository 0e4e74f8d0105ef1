using JasperFx;
using Keurmerk.Audits.Signals;
using Keurmerk.Audits.Users;
using Keurmerk.Domain;
using Keurmerk.Domain.Signals;
using Keurmerk.Web.Infrastructure.Identity;
using Keurmerk.Web.Infrastructure.Localization;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Keurmerk.Web.Features.Signals;

/// <summary>
/// Where an employer answers ELBHO's question about a signal. Only its own organisation's signals:
/// any other id is simply not found, so the page does not even confirm that a signal exists.
/// </summary>
[Authorize(Roles = Roles.Employer)]
[Route("signals/{id:guid}/respond")]
public sealed class EmployerResponseController(IDocumentSession session, TimeProvider clock) : Controller
{
    private const string ResponseView = "/Features/Signals/Respond.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Respond(Guid id, CancellationToken ct) =>
        await LoadOwn(id, ct) is { } signal ? View(ResponseView, new SignalResponsePage(signal, null, null)) : NotFound();

    [HttpPost("")]
    public async Task<IActionResult> Respond(Guid id, long expectedVersion, string? text, CancellationToken ct)
    {
        var signal = await LoadOwn(id, ct);
        if (signal is null) return NotFound();
        try
        {
            await session.DecideOnSignal(id, expectedVersion, (state, _) =>
                SignalDecider.Decide(state, new RespondToSignal(User.OrganisationId()!.Value, text ?? "", User.UserId(), clock.GetUtcNow())), ct);
        }
        catch (DomainException refusal)
        {
            return Refused(SignalWords.StatusCodeOf(refusal.Kind), new SignalResponsePage(signal, text, Lang.T(refusal.Text)));
        }
        catch (ConcurrencyException)
        {
            return Refused(StatusCodes.Status409Conflict, new SignalResponsePage(signal, text, Lang.T(
                "Deze vraag is intussen gewijzigd. Er is niets opgeslagen; laad de pagina opnieuw.",
                "This question was changed meanwhile. Nothing was saved; reload the page.")));
        }
        TempData["Message"] = Lang.T("Dank u. Uw reactie is naar ELBHO gestuurd.", "Thank you. Your response has been sent to ELBHO.");
        return RedirectToAction(nameof(Respond), new { id });
    }

    private ViewResult Refused(int status, SignalResponsePage page)
    {
        Response.StatusCode = status;
        return View(ResponseView, page);
    }

    private async Task<SignalDetails?> LoadOwn(Guid id, CancellationToken ct)
    {
        var signal = await session.LoadAsync<SignalDetails>(id, ct);
        return signal is not null && signal.OrganisationId == User.OrganisationId() ? signal : null;
    }
}
