using Keurmerk.Domain.Criteria;
using Keurmerk.Web.Tests.Support;
using System.Net;
using System.Text.RegularExpressions;

namespace Keurmerk.Web.Tests.Review;

/// <summary>The whole path through HTTP: submit, review, changes, resubmit, recommendation and the four-eyes decision.</summary>
public class ReviewPathTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string AssessorA = Certification.AssessorA;
    private const string AssessorB = Certification.AssessorB;

    private Task<(Employer Employer, Guid Id)> SubmittedAssessment() => app.SubmittedAssessment();

    private static Task<HttpResponseMessage> Post(WebSession session, AngleSharp.Dom.IDocument page, string form, Dictionary<string, string>? values = null) =>
        session.Submit(page, form, values);

    private static Dictionary<string, string> Judgements(IEnumerable<Criterion> criteria, string? needsChange = null, string? comment = null)
    {
        var values = criteria.ToDictionary(c => $"judgement-{c.Id}", c => c.Id == needsChange ? "NeedsChange" : "Accepted");
        if (needsChange is not null && comment is not null) values[$"comment-{needsChange}"] = comment;
        return values;
    }

    [Fact]
    public async Task SubmitReviewChangesResubmitRecommendDecide_IssuesACertificate()
    {
        var (employer, id) = await SubmittedAssessment();
        var applicable = app.Criteria().ApplicableTo(employer.Size).ToList();
        var flagged = applicable.First(c => c.Answer == AnswerType.YesNo && !c.KnockOut);
        var a = await app.LoggedIn(AssessorA);

        // The queue lists it; A takes it into review.
        var queue = await a.Get("/review");
        Assert.NotNull(queue.QuerySelector($"#queue tr[data-assessment='{id}']"));
        Assert.Equal($"/review/{id}", Employers.RedirectPath(await Post(a, queue, $"#queue tr[data-assessment='{id}'] form")));

        // A flags one criterion with a comment and sends it back.
        var review = await a.Get($"/review/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await Post(a, review, "#judgements", Judgements(applicable, flagged.Id, "Hoe weten stagiairs dit?"))).StatusCode);
        review = await a.Get($"/review/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await Post(a, review, "#request-changes", new() { ["message"] = "Graag aanvullen." })).StatusCode);
        Assert.Equal("aanpassing gevraagd", (await a.Get($"/review/{id}")).QuerySelector("#status")!.TextContent);

        // The employer may change only the flagged criterion, then resubmits.
        var other = applicable.First(c => c.Answer == AnswerType.YesNo && c.Id != flagged.Id && c.SectionId == flagged.SectionId);
        Assert.Equal(HttpStatusCode.Conflict, (await employer.Session.SaveSection(id, flagged.SectionId, new Dictionary<string, string> { [other.Id] = "no" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await employer.Session.SaveSection(id, flagged.SectionId, new Dictionary<string, string> { [flagged.Id] = "no" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await employer.Session.PostSubmit(id)).StatusCode);

        // Round two: A sees what changed, beside the old answer, and the comment thread.
        queue = await a.Get("/review");
        await Post(a, queue, $"#queue tr[data-assessment='{id}'] form");
        review = await a.Get($"/review/{id}");
        var changed = review.QuerySelector($"#criterion-{flagged.Id}")!;
        Assert.NotNull(changed.QuerySelector(".changed"));
        Assert.Contains("Hoe weten stagiairs dit?", changed.QuerySelector(".comment")!.TextContent);
        Assert.Equal("nee", changed.QuerySelector(".answer")!.TextContent.Trim());
        Assert.Contains("ja", changed.QuerySelector(".previous")!.TextContent);
        Assert.Null(review.QuerySelector($"#criterion-{other.Id} .changed"));

        Assert.Equal(HttpStatusCode.Redirect, (await Post(a, review, "#judgements", Judgements(applicable))).StatusCode);
        review = await a.Get($"/review/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await Post(a, review, "#recommend", new() { ["recommendation"] = "Approve", ["motivation"] = "Voldoet nu aan alle criteria." })).StatusCode);

        // Four eyes: A cannot decide, not even by posting the form directly.
        review = await a.Get($"/review/{id}");
        Assert.Null(review.QuerySelector("#decide"));
        var selfDecision = await a.Submit(review, "#judgements", new Dictionary<string, string> { ["decision"] = "approve", ["motivation"] = "Eigen besluit, mag niet." }, formAction: $"/review/{id}/decide");
        Assert.Equal(HttpStatusCode.Forbidden, selfDecision.StatusCode);

        // B decides: approved, certified, with a certificate number.
        var b = await app.LoggedIn(AssessorB);
        var decision = await b.Get($"/review/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await Post(b, decision, "#decide", new() { ["decision"] = "approve", ["motivation"] = "Eens met het advies van de beoordelaar." })).StatusCode);
        var done = await b.Get($"/review/{id}");
        Assert.Equal("gecertificeerd", done.QuerySelector("#status")!.TextContent);
        var number = done.QuerySelector("a[href^='/verify/']")!.TextContent;
        Assert.Matches(new Regex(@"^HSS-2026-\d{5}$"), number);

        // The public PDF carries the organisation, its KvK number and the certificate number as text.
        var pdf = await app.NewSession().Client.GetByteArrayAsync($"/certificates/{number}/pdf");
        using (var document = UglyToad.PdfPig.PdfDocument.Open(pdf))
        {
            var text = string.Join(" ", document.GetPage(1).GetWords().Select(w => w.Text));
            Assert.Contains(employer.OrganisationName, text);
            Assert.Contains(employer.KvkNumber, text);
            Assert.Contains(number, text);
        }

        var history = await employer.Session.History(id);
        Assert.Contains(history, l => l.What.Contains("beoordeling") && l.Actor.Contains("Ahmed"));
    }

    [Fact]
    public async Task TwoAssessorsTakeTheSameAssessment_OneWins_TheOtherGetsAClearMessage()
    {
        var (_, id) = await SubmittedAssessment();
        var a = await app.LoggedIn(AssessorA);
        var b = await app.LoggedIn(AssessorB);
        var queueA = await a.Get("/review");
        var queueB = await b.Get("/review");

        var first = await Post(a, queueA, $"#queue tr[data-assessment='{id}'] form");
        var second = await Post(b, queueB, $"#queue tr[data-assessment='{id}'] form");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("Een andere beoordelaar", Employers.Errors(await WebSession.Parse(second)));
    }

    [Fact]
    public async Task Queue_IsOldestFirst_AndOnlyForAssessors()
    {
        var (_, older) = await SubmittedAssessment();
        app.Clock.Advance(TimeSpan.FromDays(3));
        var (_, newer) = await SubmittedAssessment();
        var a = await app.LoggedIn(AssessorA);

        var rows = (await a.Get("/review")).QuerySelectorAll("#queue tbody tr").Select(r => r.GetAttribute("data-assessment")).ToList();

        Assert.True(rows.IndexOf(older.ToString()) < rows.IndexOf(newer.ToString()));
        var employer = await app.SignUpNewEmployer();
        var response = await employer.Session.Client.GetAsync("/review");
        Assert.Contains("/account/denied", response.Headers.Location?.ToString() ?? "");
    }

    [Fact]
    public async Task ReviewOfAWithdrawnAssessment_IsRefused_WithAClearMessage()
    {
        var (employer, id) = await SubmittedAssessment();
        var a = await app.LoggedIn(AssessorA);
        var queue = await a.Get("/review");
        var details = await employer.Session.Get($"/assessments/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await employer.Session.Submit(details, "#withdraw", new Dictionary<string, string> { ["reason"] = "Wij stoppen met stages." })).StatusCode);
        Assert.Equal("teruggetrokken", (await employer.Session.Get($"/assessments/{id}")).QuerySelector("#status")!.TextContent);

        var take = await Post(a, queue, $"#queue tr[data-assessment='{id}'] form");

        Assert.Equal(HttpStatusCode.Conflict, take.StatusCode);
        Assert.Contains("teruggetrokken", Employers.Errors(await WebSession.Parse(take)));
        Assert.Null((await a.Get("/review")).QuerySelector($"#queue tr[data-assessment='{id}']"));
    }

    [Fact]
    public async Task DecisionOnASubmittedAssessment_IsRefused_AndAppendsNothing()
    {
        var (employer, id) = await SubmittedAssessment();
        var b = await app.LoggedIn(AssessorB);
        var page = await b.Get($"/review/{id}");
        var before = (await employer.Session.History(id)).Count;

        var response = await b.Submit(page, $"form[action='/review/{id}/take']", new Dictionary<string, string> { ["decision"] = "approve", ["motivation"] = "Zonder beoordeling goedkeuren." }, formAction: $"/review/{id}/decide");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(before, (await employer.Session.History(id)).Count);
    }
}
