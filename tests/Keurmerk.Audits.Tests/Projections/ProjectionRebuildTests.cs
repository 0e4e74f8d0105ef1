using Keurmerk.Audits.Assessments;
using Keurmerk.Audits.Projections;
using Keurmerk.Domain;
using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Criteria;
using Marten;
using Npgsql;

namespace Keurmerk.Audits.Tests.Projections;

public class ProjectionRebuildTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private static readonly CriteriaCatalogue Criteria = CriteriaFile.Parse("""
        standard: test
        version: 7
        title: { nl: "T", en: "T" }
        sections:
          - id: alpha
            title: { nl: "A", en: "A" }
            criteria:
              - { id: AL-01, question: { nl: "q", en: "q" }, guidance: { nl: "g", en: "g" }, answer: yesno, evidence: none, knockout: false, weight: 1, appliesTo: all }
              - { id: AL-02, question: { nl: "q", en: "q" }, guidance: { nl: "g", en: "g" }, answer: yesno, evidence: none, knockout: false, weight: 1, appliesTo: all }
        """, "test.yaml");

    private static readonly Guid Employer = Guid.CreateVersion7();
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private async Task<Guid> AnsweredAssessment(string name)
    {
        var id = Guid.CreateVersion7();
        var started = (AssessmentStarted)AssessmentDecider.Decide(
            new StartAssessment(id, Guid.CreateVersion7(), name, "87654321", "Delft", "techniek", SizeClass.Small, Employer, Now), Criteria)[0];
        await using var session = fixture.Store.LightweightSession();
        await session.Start(started);
        foreach (var (criterion, value) in new[] { ("AL-01", "yes"), ("AL-02", "no"), ("AL-01", "no") })
        {
            await using var next = fixture.Store.LightweightSession();
            await next.Decide(id, null, state => AssessmentDecider.Decide(state, new AnswerCriterion(criterion, value, Employer, Now), Criteria));
        }
        return id;
    }

    private async Task Sql(string sql)
    {
        await using var connection = new NpgsqlConnection(Keurmerk.Tests.TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private string Schema => fixture.Store.Options.DatabaseSchemaName;

    [Fact]
    public async Task Save_DecidesOnTheStoredState_WithoutReplayingTheStream()
    {
        var id = await AnsweredAssessment("Drukkerij Zuid");
        // Change only the stored decision state: if a save replayed the events it would not see this.
        await Sql($"update {Schema}.mt_doc_assessment set data = jsonb_set(data, '{{OrganisationName}}', '\"Stored state\"') where id = '{id}'");

        await using var session = fixture.Store.LightweightSession();
        var stream = await session.Events.FetchForWriting<Assessment>(id);

        Assert.Equal("Stored state", stream.Aggregate!.OrganisationName);
        Assert.Equal(4, stream.CurrentVersion);
    }

    [Fact]
    public async Task RebuildAll_RestoresEveryStoredProjectionFromTheEvents()
    {
        var id = await AnsweredAssessment("Bakkerij Noord");
        await Sql($"delete from {Schema}.mt_doc_assessmentdetails where id = '{id}'");
        await Sql($"update {Schema}.mt_doc_assessment set data = jsonb_set(data, '{{OrganisationName}}', '\"Wrong\"') where id = '{id}'");

        var report = await ProjectionRebuild.RebuildAll(fixture.Store);

        Assert.Contains(report.Projections, p => p.Name.Contains(nameof(Assessment), StringComparison.Ordinal));
        Assert.Contains(report.Projections, p => p.Name.Contains(nameof(AssessmentDetails), StringComparison.Ordinal));
        Assert.Contains(report.Projections, p => p.Name.Contains("Register", StringComparison.Ordinal));
        Assert.True(report.Streams >= 1 && report.Events >= 4, report.ToText());
        await using var query = fixture.Store.QuerySession();
        var details = await query.LoadAsync<AssessmentDetails>(id);
        Assert.Equal(("Bakkerij Noord", "no", "no"), (details!.OrganisationName, details.Answers["AL-01"].Value, details.Answers["AL-02"].Value));
        var state = await query.LoadAsync<Assessment>(id);
        Assert.Equal("Bakkerij Noord", state!.OrganisationName);
        Assert.Equal(details.Answers.Count, state.Answers.Count);
    }
}
