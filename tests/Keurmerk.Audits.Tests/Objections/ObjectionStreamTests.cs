using Keurmerk.Audits.Assessments;
using Keurmerk.Audits.Objections;
using Keurmerk.Domain;
using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Objections;
using Marten;
using Npgsql;

namespace Keurmerk.Audits.Tests.Objections;

public class ObjectionStreamTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private static readonly DateTimeOffset DecidedAt = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Reviewer = Guid.CreateVersion7();
    private static readonly Guid Decider = Guid.CreateVersion7();
    private static readonly Guid Employer = Guid.CreateVersion7();

    private async Task<Assessment> Rejected()
    {
        var id = Guid.CreateVersion7();
        object[] history =
        [
            new AssessmentStarted(id, Guid.CreateVersion7(), "Drukkerij Zuid", "87654321", "Delft", "techniek", SizeClass.Small, "test", 1, Employer, DecidedAt),
            new AssessmentSubmitted(id, 1, 80, Employer, DecidedAt),
            new ReviewStarted(id, 1, Reviewer, DecidedAt),
            new DecisionRecommended(id, 1, Recommendation.Reject, "Onvoldoende begeleiding.", Reviewer, DecidedAt),
            new AssessmentRejected(id, 1, "Onvoldoende begeleiding.", Decider, DecidedAt),
        ];
        await using var session = fixture.Store.LightweightSession();
        session.Events.StartStream<Assessment>(id, history);
        await session.SaveChangesAsync();
        return history.Aggregate((Assessment?)null, Assessment.Evolve)!;
    }

    private static ObjectionLodged Decide(Assessment assessment) => (ObjectionLodged)ObjectionDecider.Decide(assessment, [],
        new LodgeObjection(Guid.CreateVersion7(), "Wij zijn het oneens met de afwijzing.", [], assessment.OrganisationId, Employer, DecidedAt.AddDays(1)))[0];

    [Fact]
    public async Task TwoObjectionsThatBothPassedTheCheck_OnlyTheFirstCommits()
    {
        var assessment = await Rejected();
        // Both were decided before either committed, as two requests at the same moment would be.
        var first = Decide(assessment);
        var second = Decide(assessment);

        await using (var session = fixture.Store.LightweightSession())
        {
            session.Events.StartStream<Objection>(first.ObjectionId, first);
            await session.SaveChangesAsync();
        }
        await using (var session = fixture.Store.LightweightSession())
        {
            session.Events.StartStream<Objection>(second.ObjectionId, second);
            session.Store(new EvidenceContent(Guid.CreateVersion7(), assessment.Id, [1, 2, 3]));
            var refused = await Assert.ThrowsAnyAsync<Exception>(() => session.SaveChangesAsync());
            Assert.True(IsUniqueViolation(refused), refused.ToString());
        }

        await using var query = fixture.Store.QuerySession();
        Assert.Equal([first.ObjectionId], (await query.Query<ObjectionDetails>().Where(o => o.AssessmentId == assessment.Id).ToListAsync()).Select(o => o.Id));
        Assert.Empty(await query.Events.FetchStreamAsync(second.ObjectionId));
        Assert.Equal(0, await query.Query<EvidenceContent>().CountAsync(e => e.AssessmentId == assessment.Id));
    }

    [Fact]
    public async Task LodgeTakeUphold_OfARejection_RecordsTheOutcome_AndLeavesTheAssessmentStreamAlone()
    {
        var assessment = await Rejected();
        await using var session = fixture.Store.LightweightSession();
        var id = await session.Lodge(assessment.Id, new LodgeObjection(Guid.CreateVersion7(), "Wij zijn het oneens met de afwijzing.", [],
            assessment.OrganisationId, Employer, DecidedAt.AddDays(1)), []);
        var handler = Guid.CreateVersion7();
        await session.DecideObjection(id, 1, o => ObjectionDecider.Decide(o, new TakeObjection(handler, DecidedAt.AddDays(2))));
        await session.Uphold(id, 2, new UpholdObjection("Het beleid bleek toch aanwezig.", handler, DecidedAt.AddDays(3)));

        var details = (await session.LoadAsync<ObjectionDetails>(id))!;
        Assert.Equal((ObjectionStatus.Upheld, handler, 3L), (details.Status, details.HandlerId, details.Version));
        Assert.Equal("Het beleid bleek toch aanwezig.", details.Outcome!.Reasons);
        Assert.Equal([Reviewer, Decider], details.DecisionMadeBy);
        // A rejection stays rejected: the assessment's stream is untouched.
        Assert.Equal(5, (await session.Events.FetchStreamAsync(assessment.Id)).Count);
    }

    private static bool IsUniqueViolation(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException)
            if (x is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }) return true;
        return false;
    }
}
