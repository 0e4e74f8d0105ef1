using AngleSharp.Dom;
using Keurmerk.Domain.Criteria;
using Keurmerk.Web.Tests.Signals;
using Keurmerk.Web.Tests.Support;
using System.Net;

namespace Keurmerk.Web.Tests.Review;

/// <summary>The review screen built for the work: one form, nothing typed lost, accept the rest at once, progress and filters.</summary>
public class ReviewScreenTests(AppFixture app) : IClassFixture<AppFixture>
{
    private async Task<(Employer Employer, Guid Id, WebSession Assessor, IDocument Review)> InReview()
    {
        var (employer, id) = await app.SubmittedAssessment();
        var a = await app.LoggedIn(Certification.AssessorA);
        var page = await a.Get($"/review/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await a.Submit(page, $"form[action='/review/{id}/take']")).StatusCode);
        return (employer, id, a, await a.Get($"/review/{id}"));
    }

    private Criterion FlaggableCriterion(Employer employer) =>
        app.Criteria().ApplicableTo(employer.Size).First(c => c.Answer == AnswerType.YesNo && !c.KnockOut);

    private static string? Checked(IDocument review, string criterionId) =>
        review.QuerySelectorAll($"input[type=radio][name='judgement-{criterionId}']").FirstOrDefault(i => i.HasAttribute("checked"))?.GetAttribute("value");

    [Fact]
    public async Task SendBack_WithoutSavingFirst_SavesTheJudgementAndCommentAndSendsBack()
    {
        var (employer, id, a, review) = await InReview();
        var flagged = FlaggableCriterion(employer);

        // Marked and commented, then straight to "Terugsturen" without "Beoordeling opslaan".
        var response = await a.Submit(review, "#request-changes", new Dictionary<string, string>
        {
            [$"judgement-{flagged.Id}"] = "NeedsChange",
            [$"comment-{flagged.Id}"] = "Hoe horen stagiairs hiervan?",
            ["message"] = "Graag dit ene punt aanvullen.",
        });

        Assert.Equal($"/review/{id}", Employers.RedirectPath(response));
        var after = await a.Get($"/review/{id}");
        Assert.Equal("aanpassing gevraagd", after.QuerySelector("#status")!.TextContent);
        Assert.Contains("Hoe horen stagiairs hiervan?", after.QuerySelector($"#criterion-{flagged.Id} .comment")!.TextContent);
        var details = await employer.Session.Get($"/assessments/{id}");
        Assert.Contains(flagged.Id, details.QuerySelector("#changes-requested")!.TextContent);
        Assert.Contains("Graag dit ene punt aanvullen.", details.QuerySelector("#changes-requested")!.TextContent);
    }

    [Fact]
    public async Task SendBack_Refused_KeepsEveryJudgementCommentAndMessageOnTheForm_AndSavesNothing()
    {
        var (employer, id, a, review) = await InReview();
        var criterion = FlaggableCriterion(employer);
        var version = await app.StreamVersion(id);

        // Nothing flagged: the send-back is refused, but what was typed comes back on the page.
        var response = await a.Submit(review, "#request-changes", new Dictionary<string, string>
        {
            [$"judgement-{criterion.Id}"] = "Accepted",
            [$"comment-{criterion.Id}"] = "Een lange toelichting die niet verloren mag gaan.",
            ["message"] = "Mijn bericht aan de werkgever.",
        });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var refused = await WebSession.Parse(response);
        Assert.Contains("Markeer eerst", refused.QuerySelector("#form-error")!.TextContent);
        Assert.Equal("Accepted", Checked(refused, criterion.Id));
        Assert.Equal("Een lange toelichting die niet verloren mag gaan.", refused.QuerySelector($"#comment-{criterion.Id}")!.TextContent);
        Assert.Equal("Mijn bericht aan de werkgever.", refused.QuerySelector("#message")!.TextContent);
        Assert.Equal(version, await app.StreamVersion(id)); // all or nothing: not even the judgement was stored
    }

    [Fact]
    public async Task AcceptAllRemaining_AcceptsEveryUnjudgedCriterion_AndKeepsTheOneMarked()
    {
        var (employer, id, a, review) = await InReview();
        var applicable = app.Criteria().ApplicableTo(employer.Size).ToList();
        var flagged = FlaggableCriterion(employer);
        Assert.Equal($"0 van {applicable.Count} beoordeeld", review.QuerySelector("#review-progress")!.TextContent.Trim());

        var response = await a.Submit(review, "#judgements", new Dictionary<string, string>
        {
            [$"judgement-{flagged.Id}"] = "NeedsChange",
            ["acceptRemaining"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await a.Get($"/review/{id}");
        Assert.Equal($"{applicable.Count} van {applicable.Count} beoordeeld", after.QuerySelector("#review-progress")!.TextContent.Trim());
        Assert.Equal("NeedsChange", Checked(after, flagged.Id));
        Assert.All(applicable.Where(c => c.Id != flagged.Id), c => Assert.Equal("Accepted", Checked(after, c.Id)));
    }

    [Fact]
    public async Task Filters_ShowOnlyKnockOuts_OrOnlyWhatChangedThisRound()
    {
        var (employer, id, a, _) = await InReview();
        var applicable = app.Criteria().ApplicableTo(employer.Size).ToList();

        var knockOuts = await a.Get($"/review/{id}?filter=KnockOuts");
        var listed = knockOuts.QuerySelectorAll(".review-criterion").Select(e => e.GetAttribute("data-criterion")).ToList();
        Assert.Equal(applicable.Where(c => c.KnockOut).Select(c => c.Id), listed);

        // Round one: nothing changed "this round" yet.
        var changed = await a.Get($"/review/{id}?filter=Changed");
        Assert.Empty(changed.QuerySelectorAll(".review-criterion"));
        Assert.NotNull(changed.QuerySelector("#review-none"));

        // A filter value that means nothing is the full list, not an error.
        Assert.Equal(applicable.Count, (await a.Get($"/review/{id}?filter=bogus")).QuerySelectorAll(".review-criterion").Length);
    }

    [Fact]
    public async Task ReviewPages_ShowTheSizeInDutch_AndTheKeyboardShortcuts()
    {
        var (_, _, a, review) = await InReview();
        Assert.Contains("klein (10 tot 50)", review.Body!.TextContent);
        Assert.DoesNotContain("Small", review.Body!.TextContent);
        Assert.NotNull(review.QuerySelector("#review-shortcuts"));
        Assert.NotNull(review.QuerySelector("script[src^='/js/review.js']"));
        Assert.Empty(review.QuerySelectorAll("script:not([src])")); // no inline script: the CSP forbids it

        var queue = await a.Get("/review");
        Assert.DoesNotContain(">Small<", queue.Body!.InnerHtml);
        Assert.Contains("klein (10 tot 50)", queue.QuerySelector("#SizeClass")!.TextContent);
    }
}
