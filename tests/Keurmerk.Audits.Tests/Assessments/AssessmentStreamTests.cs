using JasperFx;
using Keurmerk.Audits.Assessments;
using Keurmerk.Domain;
using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Criteria;
using Marten;

namespace Keurmerk.Audits.Tests.Assessments;

public class AssessmentStreamTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private static readonly CriteriaCatalogue Criteria = CriteriaFile.Parse("""
        standard: test
        version: 7
        title: { nl: "T", en: "T" }
        sections:
          - id: alpha
            title: { nl: "A", en: "A" }
            criteria:
              - { id: AL-01, question: { nl: "q", en: "q" }, guidance: { nl: "g", en: "g" }, answer: yesno, evidence: required, knockout: true, weight: 1, appliesTo: all }
              - { id: AL-02, question: { nl: "q", en: "q" }, guidance: { nl: "g", en: "g" }, answer: yesno, evidence: none, knockout: false, weight: 1, appliesTo: all }
        """, "test.yaml");

    private static readonly Guid Employer = Guid.CreateVersion7();
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private async Task<Guid> StartAssessment()
    {
        var id = Guid.CreateVersion7();
        var started = (AssessmentStarted)AssessmentDecider.Decide(
            new StartAssessment(id, Guid.CreateVersion7(), "Drukkerij Zuid", "87654321", "Delft", "techniek", SizeClass.Small, Employer, Now), Criteria)[0];
        await using var session = fixture.Store.LightweightSession();
        await session.Start(started);
        return id;
    }

    private async Task<long> Answer(Guid id, long? expectedVersion, string criterionId, string value)
    {
        await using var session = fixture.Store.LightweightSession();
        return await session.Decide(id, expectedVersion,
            state => AssessmentDecider.Decide(state, new AnswerCriterion(criterionId, value, Employer, Now), Criteria));
    }

    [Fact]
    public async Task Events_AreAppendedInOrder_AndTheInlineViewFollows()
    {
        var id = await StartAssessment();

        var version = await Answer(id, 1, "AL-01", "yes");
        version = await Answer(id, version, "AL-02", "no");

        await using var query = fixture.Store.QuerySession();
        var events = await query.Events.FetchStreamAsync(id);
        Assert.Equal([typeof(AssessmentStarted), typeof(CriterionAnswered), typeof(CriterionAnswered)], events.Select(e => e.EventType));
        var details = await query.LoadAsync<AssessmentDetails>(id);
        Assert.NotNull(details);
        Assert.Equal(3, version);
        Assert.Equal(3, details.Version);
        Assert.Equal(7, details.CriteriaVersion);
        Assert.Equal("yes", details.Answers["AL-01"].Value);
        Assert.Equal(Employer, details.Answers["AL-02"].AnsweredBy);
    }

    [Fact]
    public async Task StaleExpectedVersion_IsAConcurrencyConflict_AndAppendsNothing()
    {
        var id = await StartAssessment();
        await Answer(id, 1, "AL-01", "yes");          // the first tab saves

        await Assert.ThrowsAnyAsync<ConcurrencyException>(() => Answer(id, 1, "AL-02", "yes")); // the stale second tab

        await using var query = fixture.Store.QuerySession();
        var details = await query.LoadAsync<AssessmentDetails>(id);
        Assert.Equal(2, details!.Version);
        Assert.Equal(["AL-01"], details.Answers.Keys);
    }

    [Fact]
    public async Task RefusedCommand_AppendsNothing()
    {
        var id = await StartAssessment();

        await using (var session = fixture.Store.LightweightSession())
        {
            await Assert.ThrowsAsync<DomainException>(() => session.Decide(id, 1,
                state => AssessmentDecider.Decide(state, new SubmitAssessment(Employer, Now), Criteria)));
        }

        await using var query = fixture.Store.QuerySession();
        Assert.Single(await query.Events.FetchStreamAsync(id));
    }

    [Fact]
    public async Task EvidenceContent_IsStoredInTheSameTransactionAsItsEvent()
    {
        var id = await StartAssessment();
        var evidenceId = Guid.CreateVersion7();
        byte[] bytes = [0x25, 0x50, 0x44, 0x46];

        await using (var session = fixture.Store.LightweightSession())
        {
            await session.Decide(id, 1,
                state => AssessmentDecider.Decide(state, new AttachEvidence("AL-01", evidenceId, "a.pdf", "application/pdf", 4, "h", Employer, Now), Criteria),
                s => s.Store(new EvidenceContent(evidenceId, id, bytes)));
        }

        await using var query = fixture.Store.QuerySession();
        Assert.Equal(bytes, (await query.LoadAsync<EvidenceContent>(evidenceId))!.Data);
        Assert.Single((await query.LoadAsync<AssessmentDetails>(id))!.Evidence);
    }
}
