using JasperFx;
using Keurmerk.Audits.Assessments;
using Keurmerk.Audits.Register;
using Keurmerk.Audits.Users;
using Keurmerk.Domain;
using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Criteria;
using Keurmerk.Web.Infrastructure;
using Keurmerk.Web.Infrastructure.Exports;
using Keurmerk.Web.Infrastructure.Identity;
using Keurmerk.Web.Infrastructure.Localization;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Keurmerk.Web.Features.Review;

/// <summary>ELBHO's review: the queue, criterion-by-criterion judgement, changes, recommendation and the four-eyes decision.</summary>
[Authorize(Roles = $"{Roles.Assessor},{Roles.Admin}")]
[Route("review")]
public sealed class ReviewController(IDocumentSession session, CriteriaLibrary criteria, TimeProvider clock, IConfiguration configuration) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Queue(QueueFilter filter, CancellationToken ct) => View(await LoadQueue(filter, null, ct));

    /// <summary>The queue as filtered on screen, every row, streamed.</summary>
    [HttpGet("queue.csv")]
    public IActionResult QueueCsv(QueueFilter filter, CancellationToken ct) =>
        ExportFilters.Problem(ModelState, filter.Sector, filter.City) is { } problem
            ? BadRequest(problem)
            : new HttpResultAdapter(Exports.Csv(FileName("csv"), ReviewQueue.Columns(), ReviewQueue.All(session, filter, clock.GetUtcNow(), ct)));

    [HttpGet("queue.xlsx")]
    public async Task<IActionResult> QueueXlsx(QueueFilter filter, CancellationToken ct) =>
        ExportFilters.Problem(ModelState, filter.Sector, filter.City) is { } problem
            ? BadRequest(problem)
            : File(await Exports.CappedWorkbook(Lang.T("Beoordelen", "Review"), ReviewQueue.Columns(), ReviewQueue.All(session, filter, clock.GetUtcNow(), ct),
                Exports.TruncatedNote, ct), Exports.XlsxType, FileName("xlsx"));

    private string FileName(string extension) => $"keurmerk-beoordelen-{DutchCalendar.DateOf(clock.GetUtcNow()):yyyy-MM-dd}.{extension}";

    [HttpPost("{id:guid}/take")]
    public async Task<IActionResult> Take(Guid id, CancellationToken ct)
    {
        if (await session.LoadAsync<AssessmentDetails>(id, ct) is null) return NotFound();
        // Decided on the current state rather than the queue page's version: whatever happened since
        // (another assessor took it, the employer withdrew) the domain says so in plain words.
        var error = await Try(() => session.Decide(id, null,
            state => ReviewDecider.Decide(state, new StartReview(User.UserId(), clock.GetUtcNow())), ct: ct),
            taken: true);
        if (error is not null) return Refused(error.Value.Status, "Queue", await LoadQueue(new QueueFilter(), error.Value.Message, ct));
        return RedirectToAction(nameof(Assessment), new { id });
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Assessment(Guid id, ReviewFilter filter, CancellationToken ct)
    {
        var page = await LoadPage(id, null, ct);
        return page is null ? NotFound() : View(page with { Filter = filter });
    }

    /// <summary>
    /// Saves every judgement and new comment on the page at once: all of them, or none. With
    /// "accept all remaining", every criterion still without a judgement is accepted too.
    /// </summary>
    [HttpPost("{id:guid}/judgements")]
    public async Task<IActionResult> Judge(Guid id, long expectedVersion, bool acceptRemaining, CancellationToken ct)
    {
        var catalogue = await CatalogueOf(id, ct);
        if (catalogue is null) return NotFound();
        return await Step(id, expectedVersion, state => AssessmentDecider.DecideAll(state, JudgementsOnForm(catalogue, acceptRemaining)),
            Lang.T("De beoordeling is opgeslagen.", "The review has been saved."), ct);
    }

    /// <summary>Sends the assessment back; the judgements and comments on the same form are saved first, in the same transaction.</summary>
    [HttpPost("{id:guid}/request-changes")]
    public async Task<IActionResult> RequestChanges(Guid id, long expectedVersion, string? message, CancellationToken ct)
    {
        var catalogue = await CatalogueOf(id, ct);
        if (catalogue is null) return NotFound();
        var sendBack = new RequestChanges(message ?? "", User.UserId(), clock.GetUtcNow());
        return await Step(id, expectedVersion,
            state => AssessmentDecider.DecideAll(state, [.. JudgementsOnForm(catalogue, false), s => ReviewDecider.Decide(s, sendBack)]),
            Lang.T("De werkgever is gevraagd de gemarkeerde criteria aan te passen.", "The employer has been asked to change the flagged criteria."), ct);
    }

    [HttpPost("{id:guid}/recommend")]
    public async Task<IActionResult> Recommend(Guid id, long expectedVersion, Recommendation? recommendation, string? motivation, CancellationToken ct)
    {
        var catalogue = await CatalogueOf(id, ct);
        if (catalogue is null) return NotFound();
        if (recommendation is null)
            return Refused(StatusCodes.Status400BadRequest, nameof(Assessment),
                (await LoadPage(id, Lang.T("Kies goedkeuren of afwijzen.", "Choose approve or reject."), ct))! with { Posted = PostedForm() });
        var command = new RecommendDecision(recommendation.Value, motivation ?? "", User.UserId(), clock.GetUtcNow());
        return await Step(id, expectedVersion,
            state => AssessmentDecider.DecideAll(state, [.. JudgementsOnForm(catalogue, false), s => ReviewDecider.Decide(s, command, catalogue)]),
            Lang.T("Het advies is vastgelegd. Een tweede beoordelaar neemt het besluit.", "The recommendation is recorded. A second assessor takes the decision."), ct);
    }

    /// <summary>The judgements and comments posted with the review form (judgement-{criterion}, comment-{criterion}).</summary>
    private List<Func<Assessment, object[]>> JudgementsOnForm(CriteriaCatalogue catalogue, bool acceptRemaining)
    {
        var (by, name, now) = (User.UserId(), User.DisplayName(), clock.GetUtcNow());
        var decisions = new List<Func<Assessment, object[]>>();
        if (!Request.HasFormContentType) return decisions;
        foreach (var criterion in catalogue.AllCriteria)
        {
            if (Enum.TryParse<Judgement>(Request.Form[$"judgement-{criterion.Id}"], out var judgement))
                decisions.Add(s => ReviewDecider.Decide(s, new JudgeCriterion(criterion.Id, judgement, by, now), catalogue));
            else if (acceptRemaining)
                decisions.Add(s => criterion.AppliesToSize(s.SizeClass) && !s.Judgements.ContainsKey(criterion.Id)
                    ? ReviewDecider.Decide(s, new JudgeCriterion(criterion.Id, Judgement.Accepted, by, now), catalogue)
                    : []);
            var comment = Request.Form[$"comment-{criterion.Id}"].ToString();
            if (!string.IsNullOrWhiteSpace(comment))
                decisions.Add(s => ReviewDecider.Decide(s, new AddComment(Guid.CreateVersion7(), criterion.Id, comment, by, name, true, now), catalogue));
        }
        return decisions;
    }

    /// <summary>The posted form, to show it again after a refusal.</summary>
    private Dictionary<string, string> PostedForm() => Request.HasFormContentType
        ? Request.Form.Where(f => f.Key != "__RequestVerificationToken").ToDictionary(f => f.Key, f => f.Value.ToString())
        : [];

    /// <summary>The final decision, by an assessor who neither reviewed nor recommended (the domain enforces it).</summary>
    [HttpPost("{id:guid}/decide")]
    public async Task<IActionResult> Decide(Guid id, long expectedVersion, string decision, string? motivation, CancellationToken ct)
    {
        var (by, now) = (User.UserId(), clock.GetUtcNow());
        if (decision is not ("approve" or "reject"))
        {
            var page = await LoadPage(id, Lang.T("Kies goedkeuren of afwijzen.", "Choose approve or reject."), ct);
            return page is null ? NotFound() : Refused(StatusCodes.Status400BadRequest, nameof(Assessment), page);
        }
        if (decision == "approve")
        {
            // Drawn before the decision: a refused decision leaves a gap in the numbers, never a reused one.
            var number = await CertificateNumbers.Next(session, DutchCalendar.DateOf(now), ct);
            var years = configuration.GetValue("Keurmerk:CertificateValidityYears", 2);
            return await Step(id, expectedVersion, state => ReviewDecider.Decide(state, new DecideApproval(motivation ?? "", number, years, by, now)),
                Lang.T($"Goedgekeurd. Certificaat {number} is uitgegeven.", $"Approved. Certificate {number} has been issued."), ct);
        }
        return await Step(id, expectedVersion, state => ReviewDecider.Decide(state, new DecideRejection(motivation ?? "", by, now)),
            Lang.T("Afgewezen. De werkgever ziet de redenen.", "Rejected. The employer sees the reasons."), ct);
    }

    private async Task<IActionResult> Step(Guid id, long expectedVersion, Func<Assessment, object[]> decide, string done, CancellationToken ct)
    {
        if (await session.LoadAsync<AssessmentDetails>(id, ct) is null) return NotFound();
        var error = await Try(() => session.Decide(id, expectedVersion, decide, ct: ct));
        if (error is not null)
            return Refused(error.Value.Status, nameof(Assessment), (await LoadPage(id, error.Value.Message, ct))! with { Posted = PostedForm() });
        TempData["Message"] = done;
        return RedirectToAction(nameof(Assessment), new { id });
    }

    private static async Task<(int Status, string Message)?> Try(Func<Task> step, bool taken = false)
    {
        try
        {
            await step();
            return null;
        }
        catch (DomainException refusal)
        {
            return (refusal.Kind.StatusCode(), Lang.T(refusal.Text));
        }
        catch (ConcurrencyException)
        {
            return (StatusCodes.Status409Conflict, taken
                ? Lang.T("Een andere beoordelaar was u voor: deze zelfevaluatie is intussen in behandeling genomen of gewijzigd.",
                         "Another assessor was quicker: this self-assessment has meanwhile been taken into review or changed.")
                : Lang.T("Deze zelfevaluatie is intussen gewijzigd. Er is niets opgeslagen; laad de pagina opnieuw.",
                         "This self-assessment was changed meanwhile. Nothing was saved; reload the page."));
        }
    }

    private ViewResult Refused(int status, string view, object model)
    {
        Response.StatusCode = status;
        return View(view, model);
    }

    private async Task<CriteriaCatalogue?> CatalogueOf(Guid id, CancellationToken ct) =>
        await session.LoadAsync<AssessmentDetails>(id, ct) is { } a ? criteria.Version(a.CriteriaVersion) : null;

    private async Task<ReviewPage?> LoadPage(Guid id, string? error, CancellationToken ct)
    {
        var assessment = await session.LoadAsync<AssessmentDetails>(id, ct);
        if (assessment is null) return null;
        var people = new[] { assessment.ReviewerId, assessment.Recommendation?.RecommendedBy, assessment.Decision?.DecidedBy }.OfType<Guid>().Distinct().ToArray();
        var names = (await session.LoadManyAsync<AppUser>(ct, people)).ToDictionary(u => u.Id, u => u.DisplayName);
        return new ReviewPage(assessment, criteria.Version(assessment.CriteriaVersion), User.UserId(), names, error);
    }

    private async Task<QueuePage> LoadQueue(QueueFilter filter, string? error, CancellationToken ct)
    {
        var open = await ReviewQueue.Query(session, filter).ToListAsync(ct);
        return new QueuePage(open, filter, clock.GetUtcNow(), User.UserId(), await ReviewQueue.ReviewerNames(session, open, ct), error);
    }
}
