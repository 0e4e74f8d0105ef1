using AngleSharp.Dom;
using Keurmerk.Audits.Assessments;
using Keurmerk.Audits.Notifications;
using Keurmerk.Audits.Objections;
using Keurmerk.Web.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using System.Net;

namespace Keurmerk.Web.Tests.Objections;

/// <summary>Objection steps, done the way a browser does them, and a look at what the database holds.</summary>
public static class ObjectionTestSupport
{
    /// <summary>Took no part in any review or decision the tests drive: the one who may handle every objection.</summary>
    public const string AssessorC = "beoordelaar3@elbho.demo";

    /// <summary>Through the review pages: A takes the assessment and recommends rejection, B decides to reject.</summary>
    public static async Task<(Employer Employer, Guid Id)> RejectNewEmployer(this AppFixture app)
    {
        var (employer, id) = await app.SubmittedAssessment();
        var a = await app.LoggedIn(Certification.AssessorA);
        await Expect(HttpStatusCode.Redirect, a.Submit(await a.Get($"/review/{id}"), $"form[action='/review/{id}/take']"));
        await Expect(HttpStatusCode.Redirect, a.Submit(await a.Get($"/review/{id}"), "#recommend",
            new Dictionary<string, string> { ["recommendation"] = "Reject", ["motivation"] = "De begeleiding van stagiairs is onvoldoende geregeld." }));
        var b = await app.LoggedIn(Certification.AssessorB);
        await Expect(HttpStatusCode.Redirect, b.Submit(await b.Get($"/review/{id}"), "#decide",
            new Dictionary<string, string> { ["decision"] = "reject", ["motivation"] = "Eens met het advies: de begeleiding schiet tekort." }));
        return (employer, id);
    }

    /// <summary>Posts the objection form of this assessment with a motivation and files.</summary>
    public static async Task<HttpResponseMessage> LodgeObjection(this WebSession session, Guid assessmentId, string motivation,
        params (string FileName, byte[] Content)[] files)
    {
        var form = await session.Get($"/objections/new/{assessmentId}");
        return await session.Submit(form, "#lodge", new Dictionary<string, string> { ["motivation"] = motivation },
            files.Select(f => ("files", f.FileName, f.Content)));
    }

    /// <summary>The new objection's id, read from the redirect to its status page.</summary>
    public static Guid ObjectionIdFrom(HttpResponseMessage response) => Guid.Parse(Employers.RedirectPath(response)["/objections/".Length..]);

    /// <summary>Posts a form of the objection's handling page (take, uphold, dismiss).</summary>
    public static async Task<HttpResponseMessage> Handle(this WebSession assessor, Guid objectionId, string form, string? reasons = null) =>
        await assessor.Submit(await assessor.Get($"/objections/{objectionId}"), $"#{form}",
            reasons is null ? null : new Dictionary<string, string> { ["reasons"] = reasons });

    /// <summary>
    /// Posts straight to an action the page does not offer this person, as a hand-made request would:
    /// the antiforgery token comes from the layout's logout form.
    /// </summary>
    public static async Task<HttpResponseMessage> PostAnyway(this WebSession session, Guid objectionId, string action, long expectedVersion, string? reasons = null)
    {
        var page = await session.Get($"/objections/{objectionId}");
        var values = new Dictionary<string, string> { ["expectedVersion"] = expectedVersion.ToString() };
        if (reasons is not null) values["reasons"] = reasons;
        return await session.Submit(page, Employers.LogoutForm, values, formAction: $"/objections/{objectionId}/{action}");
    }

    public static async Task<List<ObjectionDetails>> ObjectionsOf(this AppFixture app, Guid assessmentId)
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return [.. await session.Query<ObjectionDetails>().Where(o => o.AssessmentId == assessmentId).ToListAsync()];
    }

    public static async Task<int> StoredFilesOf(this AppFixture app, Guid assessmentId)
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.Query<EvidenceContent>().CountAsync(e => e.AssessmentId == assessmentId);
    }

    public static async Task<List<Notification>> MailAbout(this AppFixture app, Guid assessmentId, string kind)
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return [.. await session.Query<Notification>().Where(n => n.AssessmentId == assessmentId && n.Kind == kind).ToListAsync()];
    }

    public static string Text(IDocument page, string selector) => page.QuerySelector(selector)?.TextContent.Trim() ?? "";

    public static async Task Expect(HttpStatusCode status, Task<HttpResponseMessage> request)
    {
        var response = await request;
        Assert.True(response.StatusCode == status,
            $"{response.RequestMessage?.RequestUri}: expected {status}, got {response.StatusCode}: {Employers.Errors(await WebSession.Parse(response))}");
    }
}
