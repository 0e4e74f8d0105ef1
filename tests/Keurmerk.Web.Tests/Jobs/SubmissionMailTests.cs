using Keurmerk.Audits.Notifications;
using Keurmerk.Domain.Criteria;
using Keurmerk.Web.Infrastructure.Jobs;
using Keurmerk.Web.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using System.Net;

namespace Keurmerk.Web.Tests.Jobs;

/// <summary>Who hears about a submission: the queue once a day, or the assessor who asked for the changes.</summary>
public class SubmissionMailTests(AppFixture app) : IClassFixture<AppFixture>
{
    private async Task<List<Notification>> Mail(string kind, Guid? assessmentId = null)
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var all = await session.Query<Notification>().Where(n => n.Kind == kind).ToListAsync();
        return [.. all.Where(n => assessmentId is null || n.AssessmentId == assessmentId)];
    }

    [Fact]
    public async Task FirstSubmission_MailsNoAssessorAtOnce_TheDailyDigestListsIt_Once()
    {
        var (employer, id) = await app.SubmittedAssessment();
        Assert.Empty(await Mail("new-submission", id));
        Assert.Empty(await Mail("resubmitted", id));

        var jobs = app.Services.GetRequiredService<QueueJobs>();
        await jobs.SendQueueDigest();
        await jobs.SendQueueDigest(); // a retried job sends nothing twice

        var digests = await Mail("queue-digest");
        Assert.Single(digests, d => d.To == Certification.AssessorA);
        Assert.Single(digests, d => d.To == Certification.AssessorB);
        Assert.Contains(employer.OrganisationName, digests.First(d => d.To == Certification.AssessorA).Body);
        Assert.Contains($"/review/{id}", digests.First(d => d.To == Certification.AssessorA).Body);
    }

    [Fact]
    public async Task Resubmission_MailsOnlyTheAssessorWhoAskedForTheChanges()
    {
        var (employer, id) = await app.SubmittedAssessment();
        var flagged = app.Criteria().ApplicableTo(employer.Size).First(c => c.Answer == AnswerType.YesNo && !c.KnockOut);
        var a = await app.LoggedIn(Certification.AssessorA);
        await a.Submit(await a.Get($"/review/{id}"), $"form[action='/review/{id}/take']");
        Assert.Equal(HttpStatusCode.Redirect, (await a.Submit(await a.Get($"/review/{id}"), "#request-changes",
            new Dictionary<string, string> { [$"judgement-{flagged.Id}"] = "NeedsChange", ["message"] = "Graag toelichten." })).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await employer.Session.SaveSection(id, flagged.SectionId, new Dictionary<string, string> { [flagged.Id] = "no" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await employer.Session.PostSubmit(id)).StatusCode);

        var resubmitted = await Mail("resubmitted", id);
        Assert.Equal([Certification.AssessorA], resubmitted.Select(n => n.To));
        Assert.Contains("ronde 2", resubmitted[0].Body);
        Assert.Empty(await Mail("new-submission", id));
    }
}
