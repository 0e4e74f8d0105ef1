using Keurmerk.Browser.Tests.Support;
using Keurmerk.Domain.Criteria;
using Keurmerk.Web.Tests.Support;
using Microsoft.Playwright;

namespace Keurmerk.Browser.Tests;

/// <summary>Nothing typed is lost, in a real browser: leaving a section, sending a review back; and a section done by keyboard alone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EverydayUseTests(BrowserApp app)
{
    private async Task<(IBrowserContext Context, IPage Page)> LoggedIn(string email, string password)
    {
        var context = await app.NewContext();
        var page = await context.NewPageAsync();
        await app.LogIn(page, email, password);
        return (context, page);
    }

    private static Section FirstSection(BrowserApp app) => app.Criteria().Sections[0];

    [Fact]
    public async Task Employer_ChangesAnswers_AndGoesToTheNextPart_TheChangesAreSaved_AndLeavingUnsavedAsksFirst()
    {
        var employer = await app.SignUpNewEmployer();
        var id = await employer.StartAssessment();
        var section = FirstSection(app);
        var criterion = section.Criteria.First(c => c.AppliesToSize(employer.Size) && c.Answer == AnswerType.YesNo);
        var (context, page) = await LoggedIn(employer.Email, employer.Password);

        await page.GotoAsync(Employers.SectionUrl(id, section.Id));
        await page.Locator($"#answer-{criterion.Id}-yes").CheckAsync();
        await Assertions.Expect(page.Locator("#save-state")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("dirty"));
        await page.Locator("#save-next").ClickAsync();
        await page.WaitForURLAsync($"**/sections/{app.Criteria().Sections[1].Id}");

        await page.GotoAsync(Employers.SectionUrl(id, section.Id));
        await Assertions.Expect(page.Locator($"#answer-{criterion.Id}-yes")).ToBeCheckedAsync();

        // Leaving is cancelled (the browser then asks) only once something is typed and not saved. The event is
        // dispatched in the page rather than by closing it: headless Chromium's beforeunload dialog races the close.
        const string leaving = "() => { const e = new Event('beforeunload', { cancelable: true }); window.dispatchEvent(e); return e.defaultPrevented; }";
        Assert.False(await page.EvaluateAsync<bool>(leaving));
        await page.Locator($"#answer-{criterion.Id}-no").CheckAsync();
        Assert.True(await page.EvaluateAsync<bool>(leaving));
        await context.DisposeAsync();
    }

    [Fact]
    public async Task Assessor_MarksAndComments_ThenSendsBackWithoutSaving_NothingIsLost()
    {
        var (employer, id) = await app.SubmittedAssessment();
        var criterion = app.Criteria().ApplicableTo(employer.Size).First(c => c.Answer == AnswerType.YesNo && !c.KnockOut);
        var (context, page) = await LoggedIn(Certification.AssessorA, Web.Infrastructure.Demo.DemoData.Password);

        await page.GotoAsync($"/review/{id}");
        await page.Locator($"form[action='/review/{id}/take'] button").ClickAsync();
        await page.WaitForURLAsync($"**/review/{id}");
        await page.Locator($"#judgement-{criterion.Id}-NeedsChange").CheckAsync();
        await page.Locator($"#comment-{criterion.Id}").FillAsync("Hoe horen stagiairs hiervan?");
        await page.Locator("#message").FillAsync("Graag dit punt aanvullen.");
        await page.Locator("#send-back").ClickAsync();

        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("aanpassing gevraagd");
        await Assertions.Expect(page.Locator($"#criterion-{criterion.Id} .comment")).ToContainTextAsync("Hoe horen stagiairs hiervan?");
        await context.DisposeAsync();
    }

    [Fact]
    public async Task Employer_CompletesASection_WithTheKeyboardOnly()
    {
        var employer = await app.SignUpNewEmployer();
        var id = await employer.StartAssessment();
        var section = FirstSection(app);
        var applicable = section.Criteria.Where(c => c.AppliesToSize(employer.Size)).ToList();
        var (context, page) = await LoggedIn(employer.Email, employer.Password);
        await page.GotoAsync(Employers.SectionUrl(id, section.Id));

        // Tab through the page: answer every question as it gets focus (Space picks the focused option), then Enter on "Opslaan".
        for (var step = 0; step < 200; step++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string[]>("() => { const e = document.activeElement; return [e.tagName, e.type || '', e.name || '', e.id || '']; }");
            var (tag, type, name, elementId) = (focused[0], focused[1], focused[2], focused[3]);
            if (type == "radio" && name.StartsWith("answer-", StringComparison.Ordinal))
                await page.Keyboard.PressAsync("Space");
            else if (tag == "TEXTAREA" && name.StartsWith("answer-", StringComparison.Ordinal))
                await page.Keyboard.TypeAsync("Wij bespreken elke melding binnen twee weken.");
            else if (elementId == "save")
            {
                await page.Keyboard.PressAsync("Enter");
                break;
            }
        }

        await page.WaitForURLAsync($"**/sections/{section.Id}");
        await Assertions.Expect(page.Locator("#save-state")).ToContainTextAsync("Alles is opgeslagen");
        foreach (var criterion in applicable.Where(c => c.Answer != AnswerType.Text))
            Assert.Equal(1, await page.Locator($"input[name='answer-{criterion.Id}']:checked").CountAsync());
        foreach (var criterion in applicable.Where(c => c.Answer == AnswerType.Text))
            Assert.NotEmpty(await page.Locator($"#answer-{criterion.Id}").InputValueAsync());
        await context.DisposeAsync();
    }
}
