using Keurmerk.Audits.Signals;
using Keurmerk.Audits.Users;
using Keurmerk.Domain;
using Keurmerk.Domain.Signals;
using Keurmerk.Web.Features.Account;
using Keurmerk.Web.Infrastructure.Identity;
using Keurmerk.Web.Infrastructure.Localization;
using Keurmerk.Web.Infrastructure.Security;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Keurmerk.Web.Features.Signals;

/// <summary>What the reporter fills in. Strings stay nullable: the decider, not MVC's implicit [Required], words the refusals.</summary>
public sealed class RaiseSignalForm
{
    public string? Kvk { get; set; }
    public SignalCategory? Category { get; set; }
    public string? Description { get; set; }
    public string? Contact { get; set; }

    /// <summary>The honeypot: hidden from people (and screen readers), filled in by form-filling bots.</summary>
    public string? Website { get; set; }
}

/// <summary>Subject is what the KvK number points at, shown so the reporter can see they have the right organisation.</summary>
public sealed record NewSignalPage(RaiseSignalForm Form, SignalSubject? Subject, bool ByASchool, string? Error = null);

/// <summary>
/// The public signal form: no account needed, no name asked. A school that is logged in uses the same
/// form, and its account is recorded so it hears the outcome.
/// </summary>
[Route("signals")]
public sealed class SignalsController(IDocumentSession session, TimeProvider clock, RequestLimits limits) : Controller
{
    private const string ReferenceKey = "SignalReference";

    private bool ByASchool => User.IsInRole(Roles.School);

    [HttpGet("new")]
    public async Task<IActionResult> New(string? kvk, CancellationToken ct)
    {
        var number = Normalise(kvk);
        var subject = SignUpForm.IsKvkNumber(number) ? await SignalSubjects.Find(session, number, ct) : null;
        return View(new NewSignalPage(new RaiseSignalForm { Kvk = number }, subject, ByASchool));
    }

    [HttpPost("new")]
    public async Task<IActionResult> Raise(RaiseSignalForm form, CancellationToken ct)
    {
        form.Kvk = Normalise(form.Kvk);
        if (!SignUpForm.IsKvkNumber(form.Kvk))
            return Refused(StatusCodes.Status400BadRequest, new NewSignalPage(form, null, ByASchool,
                Lang.T("Een KvK-nummer bestaat uit precies 8 cijfers.", "A KvK number consists of exactly 8 digits.")));

        // A bot that filled in the hidden field gets what a person gets, and nothing is stored.
        if (!string.IsNullOrEmpty(form.Website))
        {
            TempData[ReferenceKey] = Signal.ReferenceFor(Guid.CreateVersion7());
            return RedirectToAction(nameof(Received));
        }
        // Per organisation, whoever sends them: a flood about one organisation from many addresses stops too.
        using var lease = limits.SignalPerOrganisation.AttemptAcquire(form.Kvk);
        if (!lease.IsAcquired)
        {
            var seconds = RequestLimits.Refuse(Response, lease);
            return View(nameof(New), new NewSignalPage(form, null, ByASchool, RequestLimits.Message(seconds)));
        }

        var subject = await SignalSubjects.Find(session, form.Kvk, ct);
        var command = new RaiseSignal(Guid.CreateVersion7(), form.Kvk, form.Category, form.Description ?? "", form.Contact,
            ByASchool ? User.UserId() : null, clock.GetUtcNow());
        SignalRaised raised;
        try
        {
            raised = (SignalRaised)SignalDecider.Decide(command, subject).Single();
        }
        catch (DomainException refusal)
        {
            // An organisation the register does not know is not there to report on: 404, like /verify.
            var status = subject is null ? StatusCodes.Status404NotFound : SignalWords.StatusCodeOf(refusal.Kind);
            return Refused(status, new NewSignalPage(form, subject, ByASchool, Lang.T(refusal.Text)));
        }
        await session.Raise(raised, ct);
        // Through TempData, so the acknowledgement cannot be faked with a link and a refresh does not report twice.
        TempData[ReferenceKey] = raised.Reference;
        return RedirectToAction(nameof(Received));
    }

    [HttpGet("received")]
    public IActionResult Received() =>
        TempData[ReferenceKey] is string reference ? View("Received", reference) : RedirectToAction(nameof(New));

    private static string Normalise(string? kvk) => kvk?.Replace(" ", "").Trim() ?? "";

    private ViewResult Refused(int status, NewSignalPage page)
    {
        Response.StatusCode = status;
        return View(nameof(New), page);
    }
}
