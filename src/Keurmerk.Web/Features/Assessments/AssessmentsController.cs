using JasperFx;
using Keurmerk.Audits.Assessments;
using Keurmerk.Audits.Organisations;
using Keurmerk.Audits.Signals;
using Keurmerk.Audits.Users;
using Keurmerk.Domain;
using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Criteria;
using Keurmerk.Domain.Objections;
using Keurmerk.Domain.Signals;
using Keurmerk.Web.Infrastructure;
using Keurmerk.Web.Infrastructure.Exports;
using Keurmerk.Web.Infrastructure.Identity;
using Keurmerk.Web.Infrastructure.Localization;
using Keurmerk.Web.Infrastructure.Security;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Keurmerk.Web.Features.Assessments;

/// <summary>The employer's self-assessment: start, answer section by section, evidence, submit, history.</summary>
[Authorize(Roles = $"{Roles.Employer},{Roles.Assessor},{Roles.Admin}")]
[Route("assessments")]
public sealed class AssessmentsController(IDocumentSession session, CriteriaLibrary criteria, TimeProvider clock, IConfiguration configuration) : Controller
{
    [HttpGet("")]
    [Authorize(Roles = Roles.Employer)]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await List(ct));

    private async Task<AssessmentList> List(CancellationToken ct)
    {
        var organisationId = User.OrganisationId()!.Value;
        var assessments = await session.Query<AssessmentDetails>()
            .Where(a => a.OrganisationId == organisationId)
            .OrderByDescending(a => a.StartedAt)
            .ToListAsync(ct);
        // Questions from ELBHO about a signal: the employer answers them from here.
        var questions = await session.Query<SignalDetails>()
            .Where(s => s.OrganisationId == organisationId && s.Status == SignalStatus.AwaitingResponse)
            .ToListAsync(ct);
        return new AssessmentList(assessments, criteria.Current, DutchCalendar.DateOf(clock.GetUtcNow())) { OpenSignalQuestions = questions };
    }

    [HttpPost("start")]
    [Authorize(Roles = Roles.Employer)]
    public async Task<IActionResult> Start(CancellationToken ct)
    {
        var organisationId = User.OrganisationId()!.Value;
        // One assessment in progress at a time: a second click opens the one already started.
        var open = await session.Query<AssessmentDetails>()
            .FirstOrDefaultAsync(a => a.OrganisationId == organisationId && a.Status == AssessmentStatus.Draft, ct);
        if (open is not null) return RedirectToAction(nameof(Details), new { id = open.Id });

        var organisation = await session.LoadAsync<Organisation>(organisationId, ct)
            ?? throw new InvalidOperationException($"Organisation {organisationId} of user {User.UserId()} is missing.");
        var command = organisation.StartAssessment(Guid.CreateVersion7(), User.UserId(), clock.GetUtcNow());
        await session.Start((AssessmentStarted)AssessmentDecider.Decide(command, criteria.Current)[0], ct);
        return RedirectToAction(nameof(Details), new { id = command.AssessmentId });
    }

    /// <summary>Starts the renewal of a certified assessment: a new assessment on the current standard, prefilled.</summary>
    [HttpPost("{id:guid}/renew")]
    [Authorize(Roles = Roles.Employer)]
    public async Task<IActionResult> Renew(Guid id, long expectedVersion, CancellationToken ct)
    {
        var previous = await LoadVisible(id, ct);
        if (previous is null) return NotFound();
        var renewalId = Guid.CreateVersion7();
        var earlier = previous.RenewalId is { } earlierId ? (await session.LoadAsync<AssessmentDetails>(earlierId, ct))?.Status : null;
        try
        {
            await session.Renew(id, expectedVersion, state => RenewalDecider.Decide(state,
                new StartRenewal(renewalId, User.UserId(), clock.GetUtcNow(), earlier), criteria.Version(previous.CriteriaVersion), criteria.Current), ct);
        }
        catch (Exception e) when (e is DomainException or ConcurrencyException)
        {
            TempData["Error"] = e is DomainException refusal ? Lang.T(refusal.Text) : ChangedMeanwhile;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View(nameof(Index), await List(ct));
        }
        TempData["Message"] = Lang.T("De hercertificering is gestart. Controleer de overgenomen antwoorden, vooral bij nieuwe en gewijzigde criteria.",
            "The renewal has started. Check the answers taken over, especially for new and changed criteria.");
        return RedirectToAction(nameof(Details), new { id = renewalId });
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct)
    {
        var assessment = await LoadVisible(id, ct);
        if (assessment is null) return NotFound();
        var objectable = await session.Events.FetchLatest<Assessment>(id, ct) is { } state ? ObjectionDecider.DecisionToObjectTo(state) : null;
        return View(Page(assessment) with { ObjectionDeadline = objectable?.Deadline });
    }

    [HttpGet("{id:guid}/sections/{sectionId}")]
    public async Task<IActionResult> Section(Guid id, string sectionId, CancellationToken ct)
    {
        var assessment = await LoadVisible(id, ct);
        var section = assessment is null ? null : criteria.Version(assessment.CriteriaVersion).FindSection(sectionId);
        if (assessment is null || section is null) return NotFound();
        return View(SectionView(assessment, criteria.Version(assessment.CriteriaVersion), section));
    }

    /// <summary>The section page; after a request for changes it carries the readiness, so the employer can resubmit from there.</summary>
    private static SectionPage SectionView(AssessmentDetails assessment, CriteriaCatalogue catalogue, Section section,
        IReadOnlyDictionary<string, string>? posted = null, string? error = null) =>
        new(assessment, catalogue, section, posted, error)
        {
            Readiness = assessment.Status == AssessmentStatus.ChangesRequested
                ? Readiness.Evaluate(catalogue, assessment.SizeClass, assessment.AnswerValues, assessment.CriteriaWithEvidence)
                : null,
        };

    [HttpPost("{id:guid}/sections/{sectionId}")]
    [Authorize(Roles = Roles.Employer)]
    public async Task<IActionResult> SaveSection(Guid id, string sectionId, long expectedVersion, string? then, CancellationToken ct)
    {
        var assessment = await LoadVisible(id, ct);
        var catalogue = assessment is null ? null : criteria.Version(assessment.CriteriaVersion);
        var section = catalogue?.FindSection(sectionId);
        if (assessment is null || section is null) return NotFound();

        var posted = SectionForm.Read(Request.Form, section);
        try
        {
            var uploads = await SectionForm.ReadUploads(Request.Form.Files, section, ct);
            var by = User.UserId();
            var now = clock.GetUtcNow();
            await session.Decide(id, expectedVersion,
                state => AssessmentDecider.DecideAll(state,
                    [
                        .. posted.Select(a => (Func<Assessment, object[]>)(s => AssessmentDecider.Decide(s, new AnswerCriterion(a.Key, a.Value, by, now), catalogue!))),
                        .. uploads.Select(u => (Func<Assessment, object[]>)(s => AssessmentDecider.Decide(s, u.ToCommand(by, now), catalogue!))),
                        .. SectionForm.ReadComments(Request.Form, section).Select(c => (Func<Assessment, object[]>)(s => ReviewDecider.Decide(s,
                            new AddComment(Guid.CreateVersion7(), c.Key, c.Value, by, User.DisplayName(), ByAssessor: false, now), catalogue!))),
                        // "Save and resubmit" on the page where the flagged criterion was fixed: one transaction.
                        .. ResubmitIf(then == "submit", by, now, catalogue!),
                    ]),
                alongside: s => s.Store([.. uploads.Select(u => new EvidenceContent(u.EvidenceId, id, u.Content))]),
                ct: ct);
        }
        catch (DomainException refusal)
        {
            return Refused(refusal.Kind, "Section", SectionView(assessment, catalogue!, section, posted, Lang.T(refusal.Text)));
        }
        catch (ConcurrencyException)
        {
            return Refused(RefusalKind.Conflict, "Section", SectionView(assessment, catalogue!, section, posted, ChangedMeanwhile));
        }

        // Save on navigation: the buttons that lead elsewhere save first, then go where they said.
        TempData["Message"] = Lang.T($"Uw antwoorden bij '{Lang.T(section.Title)}' zijn opgeslagen.", $"Your answers in '{Lang.T(section.Title)}' have been saved.");
        if (then == "submit")
        {
            TempData["Message"] = Lang.T("Uw wijzigingen zijn opgeslagen en de zelfevaluatie is opnieuw ingediend.", "Your changes have been saved and the self-assessment has been resubmitted.");
            return RedirectToAction(nameof(Details), new { id });
        }
        if (then == "overview") return Redirect($"/assessments/{id}#readiness");
        if (then is not null && catalogue!.FindSection(then) is { } destination)
            return RedirectToAction(nameof(Section), new { id, sectionId = destination.Id });
        return RedirectToAction(nameof(Section), new { id, sectionId });
    }

    private static IEnumerable<Func<Assessment, object[]>> ResubmitIf(bool resubmit, Guid by, DateTimeOffset now, CriteriaCatalogue catalogue)
    {
        if (resubmit) yield return s => AssessmentDecider.Decide(s, new SubmitAssessment(by, now), catalogue);
    }

    [HttpPost("{id:guid}/evidence/{evidenceId:guid}/remove")]
    [Authorize(Roles = Roles.Employer)]
    public async Task<IActionResult> RemoveEvidence(Guid id, Guid evidenceId, long expectedVersion, string sectionId, CancellationToken ct)
    {
        var assessment = await LoadVisible(id, ct);
        if (assessment is null) return NotFound();
        try
        {
            await session.Decide(id, expectedVersion,
                state => AssessmentDecider.Decide(state, new RemoveEvidence(evidenceId, User.UserId(), clock.GetUtcNow())),
                alongside: s => s.Delete<EvidenceContent>(evidenceId), ct: ct);
            TempData["Message"] = Lang.T("Het bewijsstuk is verwijderd.", "The evidence has been removed.");
        }
        catch (DomainException refusal)
        {
            TempData["Error"] = Lang.T(refusal.Text);
        }
        catch (ConcurrencyException)
        {
            TempData["Error"] = ChangedMeanwhile;
        }
        return RedirectToAction(nameof(Section), new { id, sectionId });
    }

    [HttpGet("{id:guid}/evidence/{evidenceId:guid}")]
    public async Task<IActionResult> Evidence(Guid id, Guid evidenceId, CancellationToken ct)
    {
        var assessment = await LoadVisible(id, ct);
        var evidence = assessment?.Evidence.FirstOrDefault(e => e.EvidenceId == evidenceId);
        var content = evidence is null ? null : await session.LoadAsync<EvidenceContent>(evidenceId, ct);
        if (evidence is null || content is null) return NotFound();
        Downloads.SetAttachment(Response, evidence.FileName);
        return File(content.Data, evidence.ContentType);
    }

    [HttpPost("{id:guid}/submit")]
    [Authorize(Roles = Roles.Employer)]
    public async Task<IActionResult> Submit(Guid id, long expectedVersion, CancellationToken ct)
    {
        var assessment = await LoadVisible(id, ct);
        if (assessment is null) return NotFound();
        var catalogue = criteria.Version(assessment.CriteriaVersion);
        try
        {
            await session.Decide(id, expectedVersion,
                state => AssessmentDecider.Decide(state, new SubmitAssessment(User.UserId(), clock.GetUtcNow()), catalogue), ct: ct);
        }
        catch (DomainException refusal)
        {
            return Refused(refusal.Kind, "Details", Page(assessment, Lang.T(refusal.Text)));
        }
        catch (ConcurrencyException)
        {
            return Refused(RefusalKind.Conflict, "Details", Page(assessment, ChangedMeanwhile));
        }
        TempData["Message"] = Lang.T("Uw zelfevaluatie is ingediend. ELBHO beoordeelt haar.", "Your self-assessment has been submitted. ELBHO will review it.");
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>The employer stops the procedure; a withdrawn assessment can no longer be reviewed.</summary>
    [HttpPost("{id:guid}/withdraw")]
    [Authorize(Roles = Roles.Employer)]
    public async Task<IActionResult> Withdraw(Guid id, long expectedVersion, string? reason, CancellationToken ct)
    {
        var assessment = await LoadVisible(id, ct);
        if (assessment is null) return NotFound();
        try
        {
            await session.Decide(id, expectedVersion,
                state => AssessmentDecider.Decide(state, new WithdrawAssessment(reason ?? "", User.UserId(), clock.GetUtcNow())), ct: ct);
        }
        catch (DomainException refusal)
        {
            return Refused(refusal.Kind, "Details", Page(assessment, Lang.T(refusal.Text)));
        }
        catch (ConcurrencyException)
        {
            return Refused(RefusalKind.Conflict, "Details", Page(assessment, ChangedMeanwhile));
        }
        TempData["Message"] = Lang.T("De zelfevaluatie is teruggetrokken.", "The self-assessment has been withdrawn.");
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>The assessment to take away: answers, evidence list, judgements and comments, decision.</summary>
    [HttpGet("{id:guid}/export.pdf")]
    public async Task<IActionResult> ExportPdf(Guid id, CancellationToken ct) =>
        await LoadVisible(id, ct) is { } a
            ? File(AssessmentExport.Pdf(a, criteria.Version(a.CriteriaVersion), clock.GetUtcNow()), "application/pdf", AssessmentExport.FileName(a, "pdf"))
            : NotFound();

    [HttpGet("{id:guid}/export.xlsx")]
    public async Task<IActionResult> ExportXlsx(Guid id, CancellationToken ct) =>
        await LoadVisible(id, ct) is { } a
            ? File(AssessmentExport.Xlsx(a, criteria.Version(a.CriteriaVersion)), Exports.XlsxType, AssessmentExport.FileName(a, "xlsx"))
            : NotFound();

    [HttpGet("{id:guid}/history")]
    public async Task<IActionResult> History(Guid id, CancellationToken ct)
    {
        var assessment = await LoadVisible(id, ct);
        if (assessment is null) return NotFound();
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        var actorIds = events.Select(e => AuditTrail.ActorOf(e.Data)).OfType<Guid>().Distinct().ToArray();
        var actors = (await session.LoadManyAsync<AppUser>(ct, actorIds)).ToDictionary(u => u.Id, u => u.DisplayName);
        var catalogue = criteria.Version(assessment.CriteriaVersion);
        var entries = events.Select(e => AuditTrail.Describe(e, catalogue, actors)).ToList();
        return View(new HistoryPage(assessment, entries));
    }

    private static string ChangedMeanwhile => Lang.T(
        "Deze zelfevaluatie is intussen gewijzigd, bijvoorbeeld in een ander venster. Er is niets opgeslagen. Laad de pagina opnieuw om de laatste stand te zien.",
        "This self-assessment was changed meanwhile, for example in another window. Nothing was saved. Reload the page to see the latest version.");

    private AssessmentPage Page(AssessmentDetails assessment, string? error = null)
    {
        var catalogue = criteria.Version(assessment.CriteriaVersion);
        var readiness = Readiness.Evaluate(catalogue, assessment.SizeClass, assessment.AnswerValues, assessment.CriteriaWithEvidence);
        var baseUrl = configuration["Keurmerk:PublicBaseUrl"] ?? $"{Request.Scheme}://{Request.Host}";
        return new AssessmentPage(assessment, catalogue, readiness, error) { Certificate = CertificateCard.Of(assessment, baseUrl) };
    }

    private ViewResult Refused(RefusalKind kind, string view, object model)
    {
        Response.StatusCode = kind.StatusCode();
        return View(view, model);
    }

    /// <summary>An employer sees only its own organisation's assessments; anyone else's id is simply not found.</summary>
    private async Task<AssessmentDetails?> LoadVisible(Guid id, CancellationToken ct)
    {
        var assessment = await session.LoadAsync<AssessmentDetails>(id, ct);
        if (assessment is null) return null;
        if (User.IsInRole(Roles.Assessor) || User.IsInRole(Roles.Admin)) return assessment;
        return assessment.OrganisationId == User.OrganisationId() ? assessment : null;
    }
}
