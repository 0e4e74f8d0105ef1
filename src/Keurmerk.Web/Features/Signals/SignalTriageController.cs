using JasperFx;
using Keurmerk.Audits.Assessments;
using Keurmerk.Audits.Signals;
using Keurmerk.Audits.Users;
using Keurmerk.Domain;
using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Criteria;
using Keurmerk.Domain.Signals;
using Keurmerk.Web.Features.Assessments;
using Keurmerk.Web.Infrastructure.Exports;
using Keurmerk.Web.Infrastructure.Identity;
using Keurmerk.Web.Infrastructure.Localization;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Keurmerk.Web.Features.Signals;

/// <summary>
/// ELBHO's triage of signals: the queue, oldest open first, and per signal the steps open to an
/// assessor. Suspend, reinstate and revoke change the certificate itself, so the register and
/// /verify show the step on the very next request.
/// </summary>
[Authorize(Roles = $"{Roles.Assessor},{Roles.Admin}")]
[Route("signals")]
public sealed class SignalTriageController(IDocumentSession session, CriteriaLibrary criteria, TimeProvider clock) : Controller
{
    // This controller's views live with the rest of the Signals feature, not in a folder of its own name.
    private const string Views = "/Features/Signals/";

    [HttpGet("")]
    public async Task<IActionResult> Queue(SignalFilter filter, CancellationToken ct) =>
        View(Views + "Queue.cshtml", await SignalQueue.Page(session, filter, clock.GetUtcNow(), ct));

    /// <summary>The queue as filtered on screen, every signal (closed ones included), streamed.</summary>
    [HttpGet("queue.csv")]
    public IActionResult QueueCsv(SignalFilter filter, CancellationToken ct) =>
        ExportFilters.Problem(ModelState, filter.Organisation) is { } problem
            ? BadRequest(problem)
            : new HttpResultAdapter(Exports.Csv(FileName("csv"), SignalQueue.Columns(clock.GetUtcNow()), SignalQueue.All(session, filter, ct)));

    [HttpGet("queue.xlsx")]
    public async Task<IActionResult> QueueXlsx(SignalFilter filter, CancellationToken ct) =>
        ExportFilters.Problem(ModelState, filter.Organisation) is { } problem
            ? BadRequest(problem)
            : File(await Exports.CappedWorkbook(Lang.T("Signalen", "Signals"), SignalQueue.Columns(clock.GetUtcNow()), SignalQueue.All(session, filter, ct),
                Exports.TruncatedNote, ct), Exports.XlsxType, FileName("xlsx"));

    private string FileName(string extension) => $"keurmerk-signalen-{DutchCalendar.DateOf(clock.GetUtcNow()):yyyy-MM-dd}.{extension}";

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct)
    {
        var page = await LoadPage(id, null, ct);
        return page is null ? NotFound() : View(Views + "Details.cshtml", page);
    }

    [HttpPost("{id:guid}/dismiss")]
    public Task<IActionResult> Dismiss(Guid id, long expectedVersion, string? reason, CancellationToken ct) =>
        Step(id, expectedVersion, (signal, certificate) => new SignalDecision(
                SignalDecider.Decide(signal, certificate, new DismissSignal(reason ?? "", User.UserId(), clock.GetUtcNow())), []),
            Lang.T("Het signaal is afgehandeld zonder (verdere) maatregel.", "The signal has been closed without (further) measures."), ct);

    [HttpPost("{id:guid}/ask-employer")]
    public Task<IActionResult> AskEmployer(Guid id, long expectedVersion, string? question, CancellationToken ct) =>
        Step(id, expectedVersion, (signal, _) => new SignalDecision(
                SignalDecider.Decide(signal, new RequestEmployerResponse(question ?? "", User.UserId(), clock.GetUtcNow())), []),
            Lang.T("De vraag is naar de werkgever gestuurd.", "The question has been sent to the employer."), ct);

    [HttpPost("{id:guid}/suspend")]
    public Task<IActionResult> Suspend(Guid id, long expectedVersion, string? reason, CancellationToken ct) =>
        Step(id, expectedVersion, (signal, certificate) =>
                SignalDecider.Decide(signal, certificate, new SuspendCertificate(reason ?? "", User.UserId(), clock.GetUtcNow())),
            Lang.T("Het certificaat is geschorst; het register toont dat nu.", "The certificate has been suspended; the register shows it now."), ct);

    [HttpPost("{id:guid}/reinstate")]
    public Task<IActionResult> Reinstate(Guid id, long expectedVersion, string? reason, CancellationToken ct) =>
        Step(id, expectedVersion, (signal, certificate) =>
                SignalDecider.Decide(signal, certificate, new ReinstateCertificate(reason ?? "", User.UserId(), clock.GetUtcNow())),
            Lang.T("De schorsing is opgeheven; het certificaat is weer geldig.", "The suspension has been lifted; the certificate is valid again."), ct);

    [HttpPost("{id:guid}/revoke")]
    public async Task<IActionResult> Revoke(Guid id, long expectedVersion, RevocationReason? publicReason, string? explanation, CancellationToken ct)
    {
        if (publicReason is not { } reason || !Enum.IsDefined(reason))
        {
            var page = await LoadPage(id, Lang.T("Kies de openbare reden van intrekking.", "Choose the public reason for revocation."), ct);
            return page is null ? NotFound() : Refused(StatusCodes.Status400BadRequest, page);
        }
        return await Step(id, expectedVersion, (signal, certificate) =>
                SignalDecider.Decide(signal, certificate, new RevokeCertificate(reason, explanation ?? "", User.UserId(), clock.GetUtcNow())),
            Lang.T("Het certificaat is ingetrokken; het register toont de openbare reden.", "The certificate has been revoked; the register shows the public reason."), ct);
    }

    private async Task<IActionResult> Step(Guid id, long expectedVersion, Func<Signal, Assessment, SignalDecision> decide, string done, CancellationToken ct)
    {
        if (await session.LoadAsync<SignalDetails>(id, ct) is null) return NotFound();
        try
        {
            await session.DecideOnSignal(id, expectedVersion, decide, ct);
        }
        catch (DomainException refusal)
        {
            return Refused(SignalWords.StatusCodeOf(refusal.Kind), (await LoadPage(id, Lang.T(refusal.Text), ct))!);
        }
        catch (ConcurrencyException)
        {
            return Refused(StatusCodes.Status409Conflict, (await LoadPage(id, Lang.T(
                "Dit signaal of het certificaat is intussen gewijzigd. Er is niets opgeslagen; bekijk de nieuwe stand en kies opnieuw.",
                "This signal or the certificate was changed meanwhile. Nothing was saved; look at the new state and choose again."), ct))!);
        }
        TempData["Message"] = done;
        return RedirectToAction(nameof(Details), new { id });
    }

    private ViewResult Refused(int status, SignalPage page)
    {
        Response.StatusCode = status;
        return View(Views + "Details.cshtml", page);
    }

    private async Task<SignalPage?> LoadPage(Guid id, string? error, CancellationToken ct)
    {
        // A fresh session: after a refused commit the page must show what is stored, not what was pending.
        await using var query = session.DocumentStore.QuerySession();
        var signal = await query.LoadAsync<SignalDetails>(id, ct);
        if (signal is null) return null;
        var certificate = await query.LoadAsync<AssessmentDetails>(signal.AssessmentId, ct)
            ?? throw new InvalidOperationException($"Signal {id} concerns missing assessment {signal.AssessmentId}.");
        var state = await query.Events.AggregateStreamAsync<Signal>(id, token: ct)
            ?? throw new InvalidOperationException($"Signal {id} has details but no stream.");
        var events = await query.Events.FetchStreamAsync(id, token: ct);
        var people = events.Select(e => AuditTrail.ActorOf(e.Data)).OfType<Guid>().Distinct().ToArray();
        var names = (await query.LoadManyAsync<AppUser>(ct, people)).ToDictionary(u => u.Id, u => u.DisplayName);
        var history = events.Select(e => AuditTrail.Describe(e, criteria.Current, names)).ToList();
        return new SignalPage(signal, certificate, SignalDecider.Permitted(state, certificate.Status), history, names, error);
    }
}
