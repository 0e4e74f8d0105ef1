using JasperFx;
using Keurmerk.Audits.Assessments;
using Keurmerk.Audits.Objections;
using Keurmerk.Audits.Users;
using Keurmerk.Domain;
using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Objections;
using Keurmerk.Web.Infrastructure;
using Keurmerk.Web.Infrastructure.Exports;
using Keurmerk.Web.Infrastructure.Identity;
using Keurmerk.Web.Infrastructure.Localization;
using Keurmerk.Web.Infrastructure.Security;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Keurmerk.Web.Features.Objections;

/// <summary>
/// Objections (bezwaar): the employer lodges one against a rejection, suspension or revocation and follows
/// it; an assessor who took no part in that decision takes it and upholds or dismisses it.
/// </summary>
[Authorize(Roles = $"{Roles.Employer},{Roles.Assessor},{Roles.Admin}")]
[Route("objections")]
public sealed class ObjectionsController(IDocumentSession session, TimeProvider clock) : Controller
{
    private const string Handlers = $"{Roles.Assessor},{Roles.Admin}";

    [HttpGet("")]
    [Authorize(Roles = Handlers)]
    public async Task<IActionResult> Index(ObjectionFilter filter, CancellationToken ct)
    {
        var ordered = new List<ObjectionDetails>();
        foreach (var open in new[] { true, false }) ordered.AddRange(await ObjectionQueue.Query(session, filter, open).ToListAsync(ct));
        return View(new ObjectionList(ordered, User.UserId(), await ObjectionQueue.Names(session, ordered, ct)) { Filter = filter });
    }

    /// <summary>The list as filtered on screen, streamed.</summary>
    [HttpGet("list.csv")]
    [Authorize(Roles = Handlers)]
    public IActionResult ListCsv(ObjectionFilter filter, CancellationToken ct) =>
        ExportFilters.Problem(ModelState, filter.Organisation) is { } problem
            ? BadRequest(problem)
            : new HttpResultAdapter(Exports.Csv(FileName("csv"), ObjectionQueue.Columns(), ObjectionQueue.All(session, filter, ct)));

    [HttpGet("list.xlsx")]
    [Authorize(Roles = Handlers)]
    public async Task<IActionResult> ListXlsx(ObjectionFilter filter, CancellationToken ct) =>
        ExportFilters.Problem(ModelState, filter.Organisation) is { } problem
            ? BadRequest(problem)
            : File(await Exports.CappedWorkbook(Lang.T("Bezwaren", "Objections"), ObjectionQueue.Columns(), ObjectionQueue.All(session, filter, ct),
                Exports.TruncatedNote, ct), Exports.XlsxType, FileName("xlsx"));

    private string FileName(string extension) => $"keurmerk-bezwaren-{DutchCalendar.DateOf(clock.GetUtcNow()):yyyy-MM-dd}.{extension}";

    [HttpGet("new/{assessmentId:guid}")]
    [Authorize(Roles = Roles.Employer)]
    public async Task<IActionResult> New(Guid assessmentId, CancellationToken ct)
    {
        var page = await LoadLodgePage(assessmentId, ct);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("new/{assessmentId:guid}")]
    [Authorize(Roles = Roles.Employer)]
    public async Task<IActionResult> Lodge(Guid assessmentId, string? motivation, CancellationToken ct)
    {
        var page = await LoadLodgePage(assessmentId, ct);
        if (page is null) return NotFound();
        try
        {
            var files = await ObjectionFiles.Read(Request.Form.Files, ct);
            var command = new LodgeObjection(Guid.CreateVersion7(), motivation ?? "", [.. files.Select(f => f.Ref)],
                User.OrganisationId()!.Value, User.UserId(), clock.GetUtcNow());
            var id = await session.Lodge(assessmentId, command, files.Select(f => new EvidenceContent(f.Ref.FileId, assessmentId, f.Content)), ct);
            TempData["Message"] = Lang.T("Uw bezwaar is ingediend. U hoort van ons zodra erop is beslist.",
                "Your objection has been lodged. You will hear from us once it has been decided.");
            return RedirectToAction(nameof(Details), new { id });
        }
        catch (DomainException refusal)
        {
            return Refused(Status(refusal.Kind), "New", page with { Motivation = motivation, Error = Lang.T(refusal.Text) });
        }
        catch (Exception e) when (IsSecondObjection(e))
        {
            return Refused(StatusCodes.Status409Conflict, "New", page with
            {
                Motivation = motivation,
                Error = Lang.T("Er loopt al een bezwaar tegen dit besluit.", "An objection against this decision is already under way."),
            });
        }
    }

    /// <summary>The employer's status page, or for an assessor the handling page.</summary>
    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct)
    {
        var page = await LoadPage(id, null, ct);
        return page is null ? NotFound() : View(IsHandler ? "Handle" : "Status", page);
    }

    [HttpPost("{id:guid}/take")]
    [Authorize(Roles = Handlers)]
    public Task<IActionResult> Take(Guid id, long expectedVersion, CancellationToken ct) =>
        Step(id, () => session.DecideObjection(id, expectedVersion, o => ObjectionDecider.Decide(o, new TakeObjection(User.UserId(), clock.GetUtcNow())), ct),
            Lang.T("U behandelt dit bezwaar.", "You are handling this objection."), ct);

    [HttpPost("{id:guid}/uphold")]
    [Authorize(Roles = Handlers)]
    public Task<IActionResult> Uphold(Guid id, long expectedVersion, string? reasons, CancellationToken ct) =>
        Step(id, () => session.Uphold(id, expectedVersion, new UpholdObjection(reasons ?? "", User.UserId(), clock.GetUtcNow()), ct),
            Lang.T("Het bezwaar is gegrond verklaard. De werkgever is bericht.", "The objection has been upheld. The employer has been notified."), ct);

    [HttpPost("{id:guid}/dismiss")]
    [Authorize(Roles = Handlers)]
    public Task<IActionResult> Dismiss(Guid id, long expectedVersion, string? reasons, CancellationToken ct) =>
        Step(id, () => session.DecideObjection(id, expectedVersion, o => ObjectionDecider.Decide(o, new DismissObjection(reasons ?? "", User.UserId(), clock.GetUtcNow())), ct),
            Lang.T("Het bezwaar is ongegrond verklaard. De werkgever is bericht.", "The objection has been dismissed. The employer has been notified."), ct);

    [HttpGet("{id:guid}/files/{fileId:guid}")]
    public async Task<IActionResult> Download(Guid id, Guid fileId, CancellationToken ct)
    {
        var objection = await LoadVisible(id, ct);
        var file = objection?.Files.FirstOrDefault(f => f.FileId == fileId);
        var content = file is null ? null : await session.LoadAsync<EvidenceContent>(fileId, ct);
        if (file is null || content is null) return NotFound();
        Downloads.SetAttachment(Response, file.FileName);
        return File(content.Data, file.ContentType);
    }

    private async Task<IActionResult> Step(Guid id, Func<Task> step, string done, CancellationToken ct)
    {
        if (await LoadVisible(id, ct) is null) return NotFound();
        try
        {
            await step();
        }
        catch (DomainException refusal)
        {
            return Refused(Status(refusal.Kind), "Handle", (await LoadPage(id, Lang.T(refusal.Text), ct))!);
        }
        catch (ConcurrencyException)
        {
            return Refused(StatusCodes.Status409Conflict, "Handle", (await LoadPage(id, Lang.T(
                "Dit bezwaar of de zelfevaluatie is intussen gewijzigd, bijvoorbeeld door een collega. Er is niets opgeslagen; laad de pagina opnieuw.",
                "This objection or the self-assessment was changed meanwhile, for example by a colleague. Nothing was saved; reload the page."), ct))!);
        }
        TempData["Message"] = done;
        return RedirectToAction(nameof(Details), new { id });
    }

    private bool IsHandler => User.IsInRole(Roles.Assessor) || User.IsInRole(Roles.Admin);

    private static int Status(RefusalKind kind) => kind.StatusCode();

    private ViewResult Refused(int status, string view, object model)
    {
        Response.StatusCode = status;
        return View(view, model);
    }

    /// <summary>Two requests that both passed the domain's check: the unique decision key lets only the first commit.</summary>
    private static bool IsSecondObjection(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException)
            if (x is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }) return true;
        return false;
    }

    private async Task<LodgePage?> LoadLodgePage(Guid assessmentId, CancellationToken ct)
    {
        var assessment = await session.LoadAsync<AssessmentDetails>(assessmentId, ct);
        if (assessment is null || assessment.OrganisationId != User.OrganisationId()) return null;
        var state = await session.Events.FetchLatest<Assessment>(assessmentId, ct);
        try
        {
            return new LodgePage(assessment, ObjectionDecider.EnsureCanLodge(state!, await session.EarlierObjections(assessmentId, ct), clock.GetUtcNow()), null);
        }
        catch (DomainException refusal)
        {
            return new LodgePage(assessment, ObjectionDecider.DecisionToObjectTo(state!), Lang.T(refusal.Text));
        }
    }

    private async Task<ObjectionPage?> LoadPage(Guid id, string? error, CancellationToken ct)
    {
        var objection = await LoadVisible(id, ct);
        if (objection is null) return null;
        var assessment = (await session.LoadAsync<AssessmentDetails>(objection.AssessmentId, ct))!;
        var names = await NamesOf([.. objection.DecisionMadeBy.Cast<Guid?>(), objection.HandlerId, objection.Outcome?.DecidedBy], ct);
        return new ObjectionPage(objection, assessment, User.UserId(), names, error);
    }

    /// <summary>An employer sees only its own organisation's objections; anyone else's id is simply not found.</summary>
    private async Task<ObjectionDetails?> LoadVisible(Guid id, CancellationToken ct)
    {
        var objection = await session.LoadAsync<ObjectionDetails>(id, ct);
        if (objection is null) return null;
        return IsHandler || objection.OrganisationId == User.OrganisationId() ? objection : null;
    }

    private async Task<IReadOnlyDictionary<Guid, string>> NamesOf(IEnumerable<Guid?> people, CancellationToken ct) =>
        (await session.LoadManyAsync<AppUser>(ct, people.OfType<Guid>().Distinct().ToArray())).ToDictionary(u => u.Id, u => u.DisplayName);
}
