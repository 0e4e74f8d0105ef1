using Keurmerk.Browser.Tests.Support;
using Keurmerk.Domain;
using Keurmerk.Domain.Criteria;
using Keurmerk.Web.Tests.Support;
using Microsoft.Playwright;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace Keurmerk.Browser.Tests.Journeys;

/// <summary>
/// The whole path in Chromium, by clicking and typing as people do: an employer signs up, answers every section with
/// a real file as evidence and submits; an assessor asks for a change; the employer fixes it and resubmits; the
/// assessor recommends and a second assessor decides; the certificate is a PDF, in the register and verifiable; a
/// student raises a signal, an assessor suspends, and both the school and the employer see the suspension.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WholePathTests(BrowserApp app) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];

    [Fact]
    public async Task SignUp_Review_Certificate_Signal_Suspension()
    {
        var suffix = Employers.UniqueSuffix();
        var organisation = $"Drukkerij Het Anker {suffix} B.V.";
        var kvk = Employers.NewKvkNumber();
        var email = $"hr-{suffix}@anker.example";

        // Sign-up and the self-assessment.
        var employer = await Page();
        await employer.GotoAsync("/account/signup");
        await employer.Locator("#OrganisationName").FillAsync(organisation);
        await employer.Locator("#KvkNumber").FillAsync(kvk);
        await employer.Locator("#SizeClass").SelectOptionAsync(nameof(SizeClass.Small));
        await employer.Locator("#Sector").SelectOptionAsync("ict");
        await employer.Locator("#City").FillAsync("Den Haag");
        await employer.Locator("#ContactPerson").FillAsync("Fatima el Amrani");
        await employer.Locator("#Email").FillAsync(email);
        await employer.Locator("#Password").FillAsync(Employers.Password);
        await employer.Locator("form[action='/account/signup'] button[type=submit]").ClickAsync();
        // Sign-up answers the same for everyone; the account opens with the link in the confirmation mail.
        await Expect(employer.Locator("#signup-sent")).ToContainTextAsync(email);
        await employer.GotoAsync(await app.LinkInMail(email, "account-confirm", "/account/confirm"));
        await employer.WaitForURLAsync("**/account/login**");
        await employer.Locator("#Email").FillAsync(email);
        await employer.Locator("#Password").FillAsync(Employers.Password);
        await employer.Locator("form[action='/account/login'] button[type=submit]").ClickAsync();
        await employer.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await employer.GotoAsync("/assessments");

        await employer.GetByRole(AriaRole.Button, new() { Name = "Zelfevaluatie starten" }).ClickAsync();
        await employer.WaitForURLAsync(new Regex("/assessments/[0-9a-f-]{36}$"));
        var id = Guid.Parse(employer.Url[^36..]);

        var evidence = Path.Combine(Path.GetTempPath(), $"beleid-{suffix}.pdf");
        await File.WriteAllBytesAsync(evidence, TestFiles.Pdf("Stagebeleid Drukkerij Het Anker"));
        var criteria = app.Criteria();
        foreach (var section in criteria.Sections)
            await AnswerSection(employer, id, section, evidence);

        await employer.GotoAsync($"/assessments/{id}");
        await employer.GetByRole(AriaRole.Button, new() { Name = "Indienen ter beoordeling" }).ClickAsync();
        await Expect(employer.Locator("#status")).ToHaveTextAsync(new Regex("ingediend", RegexOptions.IgnoreCase));

        // First round: a change requested on one criterion.
        var flagged = criteria.ApplicableTo(SizeClass.Small).First(c => c.Answer == AnswerType.Text);
        var assessor = await Page(await app.NewLoggedInContext(Certification.AssessorA));
        await assessor.GotoAsync($"/review/{id}");
        await assessor.GetByRole(AriaRole.Button, new() { Name = "In behandeling nemen" }).ClickAsync();
        await JudgeAll(assessor, criteria, needsChange: flagged.Id, comment: "Beschrijf ook wie de stagiair begeleidt.");
        await assessor.Locator("#message").FillAsync("Eén punt graag aanvullen, de rest is in orde.");
        await assessor.Locator("#request-changes button[type=submit]").ClickAsync();
        await Expect(assessor.Locator("#status")).ToHaveTextAsync(new Regex("aanpassing", RegexOptions.IgnoreCase));

        // The employer fixes the flagged criterion and resubmits.
        var flaggedSection = criteria.Sections.First(s => s.Criteria.Any(c => c.Id == flagged.Id));
        await employer.GotoAsync(Employers.SectionUrl(id, flaggedSection.Id));
        await Expect(employer.Locator($"#criterion-{flagged.Id}")).ToContainTextAsync("Beschrijf ook wie de stagiair begeleidt.");
        await employer.Locator($"#answer-{flagged.Id}").FillAsync("Elke stagiair heeft een vaste begeleider uit het team, die wekelijks een gesprek voert.");
        await SaveSection(employer);
        await employer.GotoAsync($"/assessments/{id}");
        await employer.GetByRole(AriaRole.Button, new() { Name = "Indienen ter beoordeling" }).ClickAsync();
        await Expect(employer.Locator("#status")).ToHaveTextAsync(new Regex("ingediend", RegexOptions.IgnoreCase));

        // Second round: accepted and recommended by the first assessor, decided by a second one.
        await assessor.GotoAsync($"/review/{id}");
        await assessor.GetByRole(AriaRole.Button, new() { Name = "In behandeling nemen" }).ClickAsync();
        await Expect(assessor.Locator($"#criterion-{flagged.Id} .changed")).ToBeVisibleAsync();
        await JudgeAll(assessor, criteria, needsChange: null, comment: null);
        await assessor.Locator("#rec-approve").CheckAsync();
        await assessor.Locator("#motivation").FillAsync("Voldoet aan alle criteria van de standaard.");
        await assessor.Locator("#recommend button[type=submit]").ClickAsync();

        var second = await Page(await app.NewLoggedInContext(Certification.AssessorB));
        await second.GotoAsync($"/review/{id}");
        await second.Locator("#decide-approve").CheckAsync();
        await second.Locator("#decision-motivation").FillAsync("Eens met het advies.");
        await second.Locator("#decide button[type=submit]").ClickAsync();
        var certificateLink = second.Locator("a[href^='/verify/']").First;
        await Expect(certificateLink).ToHaveTextAsync(new Regex(@"^HSS-\d{4}-\d{5}$"));
        var number = (await certificateLink.TextContentAsync())!.Trim();

        // The certificate: a PDF with its number, in the register, verifiable.
        var pdf = await employer.Context.APIRequest.GetAsync($"/certificates/{number}/pdf");
        Assert.Equal(200, pdf.Status);
        using (var document = PdfDocument.Open(await pdf.BodyAsync()))
            Assert.Contains(number, string.Concat(document.GetPages().Select(p => p.Text)), StringComparison.Ordinal);

        var student = await Page(await app.NewContext());
        await student.GotoAsync($"/register?q={kvk}");
        var row = student.Locator("table.register-table tbody tr", new() { HasText = organisation });
        await Expect(row).ToContainTextAsync("Gecertificeerd");
        await row.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await Expect(student.Locator(".verdict")).ToHaveAttributeAsync("data-status", "certified");

        // A student raises a signal; an assessor suspends the certificate.
        await student.GotoAsync("/signals/new");
        await student.Locator("#Kvk").FillAsync(kvk);
        await student.Locator("input[name=Category]").First.CheckAsync();
        await student.Locator("#Description").FillAsync("Mijn stagebegeleider was drie maanden lang niet bereikbaar.");
        await student.Locator("#signal-form button[type=submit]").ClickAsync();
        await Expect(student.Locator("#reference")).Not.ToBeEmptyAsync();
        var reference = (await student.Locator("#reference").TextContentAsync())!.Trim();

        await assessor.GotoAsync("/signals");
        await assessor.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true }).ClickAsync();
        await assessor.Locator("#suspend-reason").FillAsync("De begeleiding van stagiairs wordt onderzocht.");
        await assessor.Locator("#suspend button[type=submit]").ClickAsync();
        await Expect(assessor.Locator("#certificate-status")).ToHaveTextAsync(new Regex("geschorst", RegexOptions.IgnoreCase));

        // Seen at once by a school that follows the company, by the employer, and by the public.
        var school = await Page(await app.NewLoggedInContext(Scenario.DemoSchool));
        await school.GotoAsync("/school");
        await school.Locator("#kvk").FillAsync(kvk);
        await school.Locator("#follow button[type=submit]").ClickAsync();
        await Expect(school.Locator($"table.follows tr[data-kvk='{kvk}']")).ToContainTextAsync("Geschorst");

        await employer.GotoAsync($"/assessments/{id}");
        await Expect(employer.Locator("main")).ToContainTextAsync(new Regex("geschorst", RegexOptions.IgnoreCase));

        await student.GotoAsync($"/verify/{number}");
        await Expect(student.Locator(".verdict")).ToHaveAttributeAsync("data-status", "suspended");
        File.Delete(evidence);
    }

    private async Task<IPage> Page(IBrowserContext? context = null)
    {
        if (context is null)
        {
            context = await app.NewContext();
        }
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>Answers every criterion of the section that applies to a small organisation so it is met, attaching the file where evidence is asked.</summary>
    private static async Task AnswerSection(IPage page, Guid id, Section section, string evidence)
    {
        await page.GotoAsync(Employers.SectionUrl(id, section.Id));
        foreach (var (criterionId, answer) in Employers.PassingAnswers(section, SizeClass.Small))
        {
            var criterion = section.Criteria.Single(c => c.Id == criterionId);
            if (criterion.Answer == AnswerType.Text) await page.Locator($"#answer-{criterionId}").FillAsync(answer);
            else await page.Locator($"#answer-{criterionId}-{answer}").CheckAsync();
            if (criterion.Evidence != EvidenceRule.None) await page.Locator($"#file-{criterionId}").SetInputFilesAsync(evidence);
        }
        await SaveSection(page);
    }

    private static async Task SaveSection(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
        await page.WaitForLoadStateAsync();
        await Expect(page.Locator(".alert-danger")).ToHaveCountAsync(0);
    }

    private static async Task JudgeAll(IPage page, CriteriaCatalogue criteria, string? needsChange, string? comment)
    {
        foreach (var criterion in criteria.ApplicableTo(SizeClass.Small))
        {
            var judgement = criterion.Id == needsChange ? "NeedsChange" : "Accepted";
            await page.Locator($"#judgement-{criterion.Id}-{judgement}").CheckAsync();
        }
        if (needsChange is not null && comment is not null) await page.Locator($"#comment-{needsChange}").FillAsync(comment);
        await page.GetByRole(AriaRole.Button, new() { Name = "Beoordeling opslaan" }).ClickAsync();
        await page.WaitForLoadStateAsync();
        await Expect(page.Locator("#form-error")).ToHaveCountAsync(0);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts) await context.DisposeAsync();
    }
}
