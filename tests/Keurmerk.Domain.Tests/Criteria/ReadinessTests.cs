using Keurmerk.Domain.Criteria;

namespace Keurmerk.Domain.Tests.Criteria;

public class ReadinessTests
{
    private static readonly CriteriaCatalogue Catalogue = CriteriaFile.Parse("""
        standard: test
        version: 1
        title: { nl: "T", en: "T" }
        sections:
          - id: alpha
            title: { nl: "A", en: "A" }
            criteria:
              - { id: AL-01, question: { nl: "q", en: "q" }, guidance: { nl: "g", en: "g" }, answer: yesno, evidence: required, knockout: true, weight: 1, appliesTo: all }
              - { id: AL-02, question: { nl: "q", en: "q" }, guidance: { nl: "g", en: "g" }, answer: yesno, evidence: none, knockout: false, weight: 3, appliesTo: all }
              - id: AL-03
                question: { nl: "q", en: "q" }
                guidance: { nl: "g", en: "g" }
                answer: choice
                options:
                  - { value: none, score: 0, nl: "n", en: "n" }
                  - { value: half, score: 50, nl: "h", en: "h" }
                  - { value: full, score: 100, nl: "f", en: "f" }
                evidence: optional
                knockout: false
                weight: 1
                appliesTo: all
          - id: beta
            title: { nl: "B", en: "B" }
            criteria:
              - { id: BE-01, question: { nl: "q", en: "q" }, guidance: { nl: "g", en: "g" }, answer: text, evidence: none, knockout: false, weight: 2, appliesTo: all }
              - { id: BE-02, question: { nl: "q", en: "q" }, guidance: { nl: "g", en: "g" }, answer: yesno, evidence: none, knockout: true, weight: 1, appliesTo: large }
        """, "readiness.yaml");

    private static ReadinessReport Evaluate(Dictionary<string, string> answers, string[]? evidence = null, SizeClass size = SizeClass.Small) =>
        Readiness.Evaluate(Catalogue, size, answers, evidence ?? []);

    [Fact]
    public void NothingAnswered_ListsEveryApplicableCriterion()
    {
        var report = Evaluate([]);

        Assert.False(report.IsReady);
        Assert.Equal(["AL-01", "AL-02", "AL-03", "BE-01"], report.MissingAnswers);
        Assert.Equal(["AL-01"], report.MissingEvidence);
        Assert.Empty(report.UnmetKnockOuts);
    }

    [Fact]
    public void KnockOutAnsweredNo_IsUnmet_EvenWhenEverythingElseIsThere()
    {
        var report = Evaluate(new() { ["AL-01"] = "no", ["AL-02"] = "yes", ["AL-03"] = "full", ["BE-01"] = "We bespreken elke melding binnen een week." }, ["AL-01"]);

        Assert.Equal(["AL-01"], report.UnmetKnockOuts);
        Assert.False(report.IsReady);
    }

    [Fact]
    public void AllAnsweredWithEvidenceAndKnockOutsMet_IsReady()
    {
        var report = Evaluate(new() { ["AL-01"] = "yes", ["AL-02"] = "no", ["AL-03"] = "half", ["BE-01"] = "short" }, ["AL-01"]);

        Assert.True(report.IsReady);
    }

    [Fact]
    public void Score_WeighsScoredCriteriaOnly_PerSectionAndOverall()
    {
        // alpha: AL-02 yes (3 of 3) + AL-03 half (0.5 of 1) = 3.5 of 4 = 88%; beta: BE-01 too short = 0 of 2.
        var report = Evaluate(new() { ["AL-01"] = "no", ["AL-02"] = "yes", ["AL-03"] = "half", ["BE-01"] = "short" });

        Assert.Equal([88, 0], report.Sections.Select(s => s.ScorePercent));
        Assert.Equal(58, report.ScorePercent); // 3.5 of 6
    }

    [Fact]
    public void CriterionForLargeEmployers_AppliesOnlyToThem()
    {
        var answers = new Dictionary<string, string> { ["AL-01"] = "yes", ["AL-02"] = "yes", ["AL-03"] = "full", ["BE-01"] = "Een uitgebreide beschrijving van de aanpak." };

        Assert.True(Evaluate(answers, ["AL-01"], SizeClass.Medium).IsReady);
        var large = Evaluate(answers, ["AL-01"], SizeClass.Large);
        Assert.Equal(["BE-02"], large.MissingAnswers);
        Assert.Equal(2, large.Sections.Single(s => s.SectionId == "beta").Applicable);
    }

    [Fact]
    public void Progress_CountsAnsweredApplicableCriteria()
    {
        var report = Evaluate(new() { ["AL-01"] = "yes", ["AL-02"] = "no" });

        Assert.Equal(66, report.Sections[0].ProgressPercent);
        Assert.Equal(0, report.Sections[1].ProgressPercent);
    }
}
