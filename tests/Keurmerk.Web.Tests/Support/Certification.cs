using Keurmerk.Web.Tests.Support;
using System.Net;

namespace Keurmerk.Web.Tests.Support;

public sealed record CertifiedEmployer(Employer Employer, Guid AssessmentId, string CertificateNumber);

/// <summary>The whole path to a certificate, through the app's own pages: sign up, fill in, submit, review, decide.</summary>
public static class Certification
{
    public const string AssessorA = "beoordelaar@elbho.demo";
    public const string AssessorB = "beoordelaar2@elbho.demo";

    public static async Task<(Employer Employer, Guid Id)> SubmittedAssessment(this AppFixture app)
    {
        var employer = await app.SignUpNewEmployer();
        var id = await employer.StartAssessment();
        await app.CompleteEverySection(employer, id);
        Assert.Equal(HttpStatusCode.Redirect, (await employer.Session.PostSubmit(id)).StatusCode);
        return (employer, id);
    }

    public static async Task<CertifiedEmployer> CertifyNewEmployer(this AppFixture app)
    {
        var (employer, id) = await app.SubmittedAssessment();
        return new CertifiedEmployer(employer, id, await app.ApproveThroughReview(employer, id));
    }

    /// <summary>Takes a submitted assessment through review (assessor A) and decision (assessor B); gives the certificate number.</summary>
    public static async Task<string> ApproveThroughReview(this AppFixture app, Employer employer, Guid id)
    {
        var a = await app.LoggedIn(AssessorA);
        var review = await a.Get($"/review/{id}");
        await Expect(HttpStatusCode.Redirect, a.Submit(review, $"form[action='/review/{id}/take']"));
        review = await a.Get($"/review/{id}");
        var judgements = app.Criteria().ApplicableTo(employer.Size).ToDictionary(c => $"judgement-{c.Id}", _ => "Accepted");
        await Expect(HttpStatusCode.Redirect, a.Submit(review, "#judgements", judgements));
        review = await a.Get($"/review/{id}");
        await Expect(HttpStatusCode.Redirect, a.Submit(review, "#recommend",
            new Dictionary<string, string> { ["recommendation"] = "Approve", ["motivation"] = "Voldoet aan alle criteria." }));
        var b = await app.LoggedIn(AssessorB);
        var decision = await b.Get($"/review/{id}");
        await Expect(HttpStatusCode.Redirect, b.Submit(decision, "#decide",
            new Dictionary<string, string> { ["decision"] = "approve", ["motivation"] = "Eens met het advies." }));
        return (await b.Get($"/review/{id}")).QuerySelector("a[href^='/verify/']")!.TextContent;
    }

    private static async Task Expect(HttpStatusCode status, Task<HttpResponseMessage> request)
    {
        var response = await request;
        Assert.True(response.StatusCode == status,
            $"{response.RequestMessage?.RequestUri}: expected {status}, got {response.StatusCode}: {Employers.Errors(await WebSession.Parse(response))}");
    }
}
