using Keurmerk.Domain.Criteria;
using Keurmerk.Web.Tests.Support;
using System.Net;
using UglyToad.PdfPig;

namespace Keurmerk.Web.Tests.Exports;

/// <summary>
/// The employer's own assessment to take away: answers, evidence, the assessor's judgements and comments and the
/// decision, as PDF and Excel, for its own organisation only.
/// </summary>
public sealed class EmployerExportTests(EmployerExportTests.Data data) : IClassFixture<EmployerExportTests.Data>
{
    public const string Comment = "Mooi uitgewerkt; deel het protocol ook met de scholen.";
    public const string TextAnswer = "Wij bespreken elke melding binnen twee weken met de stagiair en de school.";

    /// <summary>One certified assessment, with a comment from the assessor on its first criterion.</summary>
    public sealed class Data : AppFixture
    {
        public Employer Employer { get; private set; } = null!;
        public Guid Id { get; private set; }
        public string CertificateNumber { get; private set; } = "";
        public Criterion Commented { get; private set; } = null!;

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            (Employer, Id) = await this.SubmittedAssessment();
            Commented = this.Criteria().ApplicableTo(Employer.Size).First();
            var a = await LoggedIn(Certification.AssessorA);
            await Expect(a.Submit(await a.Get($"/review/{Id}"), $"form[action='/review/{Id}/take']"));
            var judgements = this.Criteria().ApplicableTo(Employer.Size).ToDictionary(c => $"judgement-{c.Id}", _ => "Accepted");
            judgements[$"comment-{Commented.Id}"] = Comment;
            await Expect(a.Submit(await a.Get($"/review/{Id}"), "#judgements", judgements));
            await Expect(a.Submit(await a.Get($"/review/{Id}"), "#recommend",
                new Dictionary<string, string> { ["recommendation"] = "Approve", ["motivation"] = "Intern advies, niet voor de werkgever." }));
            var b = await LoggedIn(Certification.AssessorB);
            await Expect(b.Submit(await b.Get($"/review/{Id}"), "#decide",
                new Dictionary<string, string> { ["decision"] = "approve", ["motivation"] = "Voldoet ruim aan de standaard." }));
            CertificateNumber = (await b.Get($"/review/{Id}")).QuerySelector("a[href^='/verify/']")!.TextContent;
        }

        private static async Task Expect(Task<HttpResponseMessage> request) => Assert.Equal(HttpStatusCode.Redirect, (await request).StatusCode);
    }

    private string FileStart => $"keurmerk-zelfevaluatie-{data.Employer.KvkNumber}-";

    [Fact]
    public async Task TheDetailsPage_LinksToBothFiles()
    {
        var page = await data.Employer.Session.Get($"/assessments/{data.Id}");

        Assert.NotNull(page.QuerySelector($"a[href='/assessments/{data.Id}/export.pdf']"));
        Assert.NotNull(page.QuerySelector($"a[href='/assessments/{data.Id}/export.xlsx']"));
    }

    [Fact]
    public async Task TheWorkbook_HasTheAnswersEvidenceJudgementsCommentsAndDecision()
    {
        var answers = await data.Employer.Session.Xlsx($"/assessments/{data.Id}/export.xlsx", FileStart, "Antwoorden");
        var overview = await data.Employer.Session.Xlsx($"/assessments/{data.Id}/export.xlsx", FileStart, "Overzicht");

        Assert.Equal(["Onderdeel", "Criterium", "Vraag", "Knock-out", "Antwoord", "Bewijsstukken", "Oordeel beoordelaar", "Reacties"], answers[0]);
        Assert.Equal(data.Criteria().ApplicableTo(data.Employer.Size).Select(c => c.Id), answers.Values("Criterium"));
        Assert.Contains(TextAnswer, answers.Values("Antwoord"));
        Assert.All(answers.Values("Oordeel beoordelaar"), j => Assert.Equal("geaccepteerd", j));
        var commented = answers.Single(r => r[1] == data.Commented.Id);
        Assert.Contains(Comment, commented[answers.Column("Reacties")], StringComparison.Ordinal);
        var withEvidence = data.Criteria().ApplicableTo(data.Employer.Size).First(c => c.Evidence == EvidenceRule.Required);
        Assert.Equal($"bewijs-{withEvidence.Id}.pdf", answers.Single(r => r[1] == withEvidence.Id)[answers.Column("Bewijsstukken")]);
        Assert.Contains(overview, r => r[0] == "Besluit" && r[1] == "goedgekeurd");
        Assert.Contains(overview, r => r[0] == "Motivering" && r[1] == "Voldoet ruim aan de standaard.");
        Assert.Contains(overview, r => r[0] == "Certificaatnummer" && r[1] == data.CertificateNumber);
        Assert.DoesNotContain(overview.SelectMany(r => r).Concat(answers.SelectMany(r => r)), cell => cell.Contains("Intern advies", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheWorkbook_InEnglish_HasEnglishHeadersAndWords()
    {
        var colleague = await (await data.LoggedIn(data.Employer.Email, data.Employer.Password)).InEnglish();

        var answers = await colleague.Xlsx($"/assessments/{data.Id}/export.xlsx", FileStart, "Answers");

        Assert.Equal(["Part", "Criterion", "Question", "Knock-out", "Answer", "Evidence", "Assessor's judgement", "Comments"], answers[0]);
        Assert.All(answers.Values("Assessor's judgement"), j => Assert.Equal("accepted", j));
    }

    [Fact]
    public async Task ThePdf_HasTheAnswersJudgementsCommentsAndDecision()
    {
        var response = await data.Employer.Session.Client.GetAsync($"/assessments/{data.Id}/export.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        ExportSupport.AssertSafeAttachment(response, FileStart, ".pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.Length < 150_000, $"{bytes.Length} bytes: the fonts are embedded as subsets, not whole");
        using var document = PdfDocument.Open(bytes);
        var words = document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
        var text = string.Join(" ", words);
        Assert.True(document.NumberOfPages > 1, "every criterion, over several pages");
        Assert.Contains(data.Employer.OrganisationName, text, StringComparison.Ordinal);
        Assert.Contains(TextAnswer, text, StringComparison.Ordinal);
        Assert.Contains(Comment, text, StringComparison.Ordinal);
        Assert.Contains("geaccepteerd", words);
        Assert.Contains("Besluit: goedgekeurd", text, StringComparison.Ordinal);
        Assert.Contains(data.CertificateNumber, words);
        Assert.Contains(data.Commented.Id, words);
        Assert.DoesNotContain("Intern", words);
        foreach (var page in document.GetPages())
            Assert.All(page.GetWords(), w => Assert.True(w.BoundingBox.Right <= page.Width - 45 && w.BoundingBox.Bottom >= 20,
                $"'{w.Text}' on page {page.Number} runs past the margin"));
    }

    [Fact]
    public async Task ADraft_HasTheScoreThePageShows_NotTheOneStoredAtSubmission()
    {
        var employer = await data.SignUpNewEmployer();
        var id = await employer.StartAssessment();
        var scored = data.Criteria().ApplicableTo(employer.Size).Where(c => c.Answer == AnswerType.YesNo && !c.KnockOut && c.Weight > 0).GroupBy(c => c.SectionId).First();
        await employer.Session.SaveSection(id, scored.Key, scored.ToDictionary(c => c.Id, _ => "yes"));

        var page = (await employer.Session.Get($"/assessments/{id}")).QuerySelector("main")!.TextContent;
        var overview = await employer.Session.Xlsx($"/assessments/{id}/export.xlsx", $"keurmerk-zelfevaluatie-{employer.KvkNumber}-", "Overzicht");

        var shown = System.Text.RegularExpressions.Regex.Match(page, @"Totaalscore tot nu toe: (\d+)%").Groups[1].Value;
        Assert.NotEqual("0", shown);
        Assert.Contains(overview, r => r[0] == "Score" && r[1] == $"{shown}%");
    }

    [Fact]
    public async Task ADraft_WithALongUnbrokenAnswer_StaysInsideThePage_AndShowsWhatIsNotAnswered()
    {
        var employer = await data.SignUpNewEmployer();
        var id = await employer.StartAssessment();
        var text = data.Criteria().ApplicableTo(employer.Size).First(c => c.Answer == AnswerType.Text);
        var answer = "https://example.org/" + new string('x', 600) + " en verder gewone woorden.";
        Assert.Equal(HttpStatusCode.Redirect, (await employer.Session.SaveSection(id, text.SectionId, new Dictionary<string, string> { [text.Id] = answer })).StatusCode);

        var answers = await employer.Session.Xlsx($"/assessments/{id}/export.xlsx", $"keurmerk-zelfevaluatie-{employer.KvkNumber}-", "Antwoorden");
        var response = await employer.Session.Client.GetAsync($"/assessments/{id}/export.pdf");

        Assert.Equal(answer, answers.Single(r => r[1] == text.Id)[answers.Column("Antwoord")]);
        Assert.Contains("(niet beantwoord)", answers.Values("Antwoord"));
        using var document = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        foreach (var page in document.GetPages())
            Assert.All(page.GetWords(), w => Assert.True(w.BoundingBox.Right <= page.Width - 45, $"'{w.Text}' on page {page.Number} runs past the margin"));
        Assert.Contains("beantwoord)", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    [Theory]
    [InlineData("export.pdf")]
    [InlineData("export.xlsx")]
    public async Task AnotherOrganisation_GetsNotFound_AndOtherRolesAreRefused(string file)
    {
        var url = $"/assessments/{data.Id}/{file}";
        var other = await data.SignUpNewEmployer();
        Assert.Equal(HttpStatusCode.NotFound, (await other.Session.Client.GetAsync(url)).StatusCode);

        foreach (var email in new[] { "stagebureau@hhs.demo", "datalab@denhaag.demo" })
        {
            var response = await (await data.LoggedIn(email)).Client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden
                || (response.StatusCode == HttpStatusCode.Redirect && Employers.RedirectPath(response).StartsWith("/account/denied", StringComparison.Ordinal)),
                $"{email} GET {url}: {response.StatusCode}");
        }
        Assert.StartsWith("/account/login", Employers.RedirectPath(await data.NewSession().Client.GetAsync(url)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await data.Employer.Session.Client.GetAsync($"/assessments/{Guid.NewGuid()}/{file}")).StatusCode);
    }
}
