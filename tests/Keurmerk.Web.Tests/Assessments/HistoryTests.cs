using Keurmerk.Web.Tests.Support;
using System.Net;

namespace Keurmerk.Web.Tests.Assessments;

/// <summary>The audit trail: every step, in order, by whom, in words a person reads.</summary>
public class HistoryTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task History_ListsEveryStepInOrder_WithTheContactPersonsName_InDutch()
    {
        var employer = await app.SignUpNewEmployer();
        var id = await employer.StartAssessment();
        await employer.Session.SaveSection(id, "recruitment",
            new Dictionary<string, string> { ["REC-01"] = "yes", ["REC-02"] = "always" }, [("REC-01", "vacature.pdf", TestFiles.Pdf())]);
        await employer.Session.SaveSection(id, "reporting", new Dictionary<string, string> { ["REP-07"] = "We bellen de school dezelfde week nog." });
        var section = await employer.Session.Get(Employers.SectionUrl(id, "recruitment"));
        var remove = section.QuerySelector("button[formaction$='/remove']")!.GetAttribute("formaction")!;
        Assert.Equal(HttpStatusCode.Redirect, (await employer.Session.Submit(section, Employers.SectionForm, formAction: remove)).StatusCode);

        var history = await employer.Session.History(id);

        Assert.Equal(
        [
            $"Zelfevaluatie gestart voor {employer.OrganisationName} (haagse-stagestandaard, versie 1)",
            "REC-01 beantwoord: ja",
            "REC-02 beantwoord: Altijd, bij alle stages",
            "Bewijsstuk 'vacature.pdf' toegevoegd bij REC-01",
            "REP-07 beantwoord: \"We bellen de school dezelfde week nog.\"",
            "Bewijsstuk 'vacature.pdf' verwijderd bij REC-01",
        ], history.Select(line => line.What));
        Assert.Equal([1, 2, 3, 4, 5, 6], history.Select(line => line.Version));
        Assert.All(history, line => Assert.Equal(employer.ContactPerson, line.Actor));
    }

    [Fact]
    public async Task History_EndsWithTheSubmission_WithRoundAndScore()
    {
        var employer = await app.SignUpNewEmployer();
        var id = await employer.StartAssessment();
        await app.CompleteEverySection(employer, id);

        Assert.Equal($"/assessments/{id}", Employers.RedirectPath(await employer.Session.PostSubmit(id)));

        var history = await employer.Session.History(id);
        Assert.Equal("Ingediend ter beoordeling (ronde 1, score 100%)", history[^1].What);
        Assert.Equal(employer.ContactPerson, history[^1].Actor);
        var answered = app.Criteria().ApplicableTo(employer.Size).Count();
        var attached = app.Criteria().ApplicableTo(employer.Size).Count(c => c.Evidence == Domain.Criteria.EvidenceRule.Required);
        Assert.Equal(1 + answered + attached + 1, history.Count);
        Assert.Equal(Enumerable.Range(1, history.Count), history.Select(line => line.Version));
    }

    [Fact]
    public async Task SavingTheSameAnswerAgain_AddsNothingToTheHistory()
    {
        var employer = await app.SignUpNewEmployer();
        var id = await employer.StartAssessment();
        var answers = new Dictionary<string, string> { ["REC-03"] = "yes", ["REC-04"] = "no" };
        await employer.Session.SaveSection(id, "recruitment", answers);
        var before = await employer.Session.History(id);

        var again = await employer.Session.SaveSection(id, "recruitment", answers);

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(before, await employer.Session.History(id));
        Assert.Equal(3, before.Count);
    }

    [Fact]
    public async Task ChangingAnAnswer_AddsALine_AndKeepsTheOldOne()
    {
        var employer = await app.SignUpNewEmployer();
        var id = await employer.StartAssessment();
        await employer.Session.SaveSection(id, "recruitment", new Dictionary<string, string> { ["REC-02"] = "never" });

        await employer.Session.SaveSection(id, "recruitment", new Dictionary<string, string> { ["REC-02"] = "some-internships" });

        var history = await employer.Session.History(id);
        Assert.Equal(["REC-02 beantwoord: Nee, nooit", "REC-02 beantwoord: Bij een deel van de stages"], history.Skip(1).Select(l => l.What));
    }

    [Fact]
    public async Task History_InEnglish_DescribesTheStepsInEnglish()
    {
        var employer = await app.SignUpNewEmployer();
        var id = await employer.StartAssessment();
        await employer.Session.SaveSection(id, "recruitment", new Dictionary<string, string> { ["REC-01"] = "no" });
        await employer.Session.Get($"/language/en?returnUrl=%2Fassessments%2F{id}%2Fhistory", HttpStatusCode.Redirect);

        var history = await employer.Session.History(id);

        Assert.Equal([$"Self-assessment started for {employer.OrganisationName} (haagse-stagestandaard, version 1)", "REC-01 answered: no"],
            history.Select(l => l.What));
    }
}
