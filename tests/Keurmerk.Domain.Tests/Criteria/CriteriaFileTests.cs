using Keurmerk.Domain.Criteria;
using Snapshooter.Xunit;

namespace Keurmerk.Domain.Tests.Criteria;

public class CriteriaFileTests
{
    private const string Valid = """
        standard: test
        version: 2
        title: { nl: "Test", en: "Test" }
        sections:
          - id: reporting
            title: { nl: "Melden", en: "Reporting" }
            criteria:
              - id: REP-01
                question: { nl: "Vraag?", en: "Question?" }
                guidance: { nl: "Uitleg.", en: "Guidance." }
                answer: yesno
                evidence: required
                knockout: true
                weight: 3
                appliesTo: all
        """;

    [Fact]
    public void Parse_ValidFile_GivesCatalogue()
    {
        var catalogue = CriteriaFile.Parse(Valid, "test.yaml");

        Assert.Equal(2, catalogue.Version);
        var criterion = Assert.Single(catalogue.AllCriteria);
        Assert.Equal(("REP-01", "reporting", AnswerType.YesNo, EvidenceRule.Required, true),
            (criterion.Id, criterion.SectionId, criterion.Answer, criterion.Evidence, criterion.KnockOut));
    }

    [Theory]
    [InlineData("answer: yesno", "answer: maybe", "criterion 'REP-01': 'answer' is 'maybe'")]
    [InlineData("weight: 3", "weight: 9", "criterion 'REP-01': 'weight' must be a whole number from 1 to 5")]
    [InlineData("question: { nl: \"Vraag?\", en: \"Question?\" }", "question: { nl: \"Vraag?\" }", "criterion 'REP-01': 'question' needs a Dutch (nl) and an English (en) text")]
    [InlineData("id: REP-01", "id: rep one", "'id' must look like ABC-01")]
    [InlineData("answer: yesno", "answer: text", "criterion 'REP-01': a text answer cannot be a knock-out")]
    [InlineData("answer: yesno", "answer: choice", "criterion 'REP-01': a choice needs at least two options")]
    [InlineData("evidence: required", "evidence: perhaps", "criterion 'REP-01': 'evidence' is 'perhaps'")]
    public void Parse_InvalidCriterion_NamesFileCriterionAndProblem(string replace, string with, string expected)
    {
        var error = Assert.Throws<CriteriaFileException>(() => CriteriaFile.Parse(Valid.Replace(replace, with), "broken.yaml"));

        Assert.Equal("broken.yaml", error.FileName);
        Assert.Contains("broken.yaml", error.Message);
        Assert.Contains(error.Problems, p => p.Contains(expected));
    }

    [Fact]
    public void Parse_DuplicateCriterionId_IsRefused()
    {
        var twice = Valid + "\n" + Valid[Valid.IndexOf("      - id: REP-01", StringComparison.Ordinal)..];

        var error = Assert.Throws<CriteriaFileException>(() => CriteriaFile.Parse(twice, "twice.yaml"));

        Assert.Contains(error.Problems, p => p.Contains("criterion 'REP-01': the id is used twice"));
    }

    [Fact]
    public void Parse_BrokenYaml_NamesTheLine()
    {
        var error = Assert.Throws<CriteriaFileException>(() => CriteriaFile.Parse("standard: [unclosed", "syntax.yaml"));

        Assert.Contains("line 1", error.Problems.Single());
    }

    [Fact]
    public void Parse_EmptyFile_SaysWhatIsMissing()
    {
        var error = Assert.Throws<CriteriaFileException>(() => CriteriaFile.Parse("", "empty.yaml"));

        Assert.Contains("'standard' is missing", error.Problems);
        Assert.Contains("there are no sections", error.Problems);
    }

    [Fact]
    public void TheStandardV1_CoversFiveSectionsAndAtLeastTwentyCriteria()
    {
        var catalogue = TestCriteria.V1.Value;

        Assert.Equal(["recruitment", "reporting", "training", "supervision", "commitment"], catalogue.Sections.Select(s => s.Id));
        Assert.True(catalogue.AllCriteria.Count() >= 20);
        Assert.All(catalogue.Sections, s => Assert.Contains(s.Criteria, c => c.KnockOut));
    }

    [Fact]
    public void TheStandardV1_MatchesSnapshot()
    {
        // Any change to the standard's content shows up here for review; update the snapshot on purpose.
        Snapshot.Match(TestCriteria.V1.Value);
    }
}
