using AngleSharp.Dom;
using Keurmerk.Audits.Organisations;
using Keurmerk.Web.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using System.Net;

namespace Keurmerk.Web.Tests.Account;

public class SignUpTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task SignUp_Valid_AsksToConfirmByMail_AndOnlyThenLogsIn()
    {
        var values = Employers.NewSignUpValues();
        var session = app.NewSession();

        var response = await Employers.PostSignUp(session, values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(values["Email"], (await WebSession.Parse(response)).QuerySelector("#signup-sent")!.TextContent);
        // Not yet: the address is not confirmed. The right password is told so; nothing more.
        var early = await PostLogin(values["Email"], values["Password"]);
        Assert.Equal(HttpStatusCode.Unauthorized, early.StatusCode);
        Assert.Contains("Bevestig eerst uw e-mailadres", Employers.Errors(await WebSession.Parse(early)));
        var wrong = await PostLogin(values["Email"], "niet-het-wachtwoord-7");
        Assert.Contains("Onbekend e-mailadres of verkeerd wachtwoord.", Employers.Errors(await WebSession.Parse(wrong)));

        var link = await app.LinkInMail(values["Email"], "account-confirm", "/account/confirm");
        Assert.Equal("/account/login", Employers.RedirectPath(await session.Client.GetAsync(link)));
        await session.LogIn(values["Email"], values["Password"]);

        // The user belongs to the new organisation: its assessment carries the organisation's name.
        var employer = new Employer(session, values["OrganisationName"], values["KvkNumber"], values["ContactPerson"],
            values["Email"], values["Password"], Domain.SizeClass.Small);
        var id = await employer.StartAssessment();
        var details = await session.Get($"/assessments/{id}");
        Assert.Contains(values["OrganisationName"], details.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Confirm_WithATamperedToken_Is400_AndDoesNotConfirm()
    {
        var values = Employers.NewSignUpValues();
        await Employers.PostSignUp(app.NewSession(), values);
        var link = await app.LinkInMail(values["Email"], "account-confirm", "/account/confirm");

        var response = await app.NewSession().Client.GetAsync(link.Replace("token=", "token=x", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("niet (meer) geldig", (await WebSession.Parse(response)).QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostLogin(values["Email"], values["Password"])).StatusCode);
    }

    [Theory]
    [InlineData("1234")]
    [InlineData("12345abc")]
    [InlineData("123456789")]
    public async Task SignUp_MalformedKvkNumber_Is400_WithDutchMessage_AndCreatesNoUser(string kvk)
    {
        var values = Employers.NewSignUpValues();
        values["KvkNumber"] = kvk;

        var response = await Employers.PostSignUp(app.NewSession(), values);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await WebSession.Parse(response);
        Assert.Equal("Een KvK-nummer bestaat uit precies 8 cijfers.", FieldError(page, "KvkNumber"));
        Assert.Contains("is-invalid", page.QuerySelector("#KvkNumber")!.ClassName);
        Assert.Equal(values["OrganisationName"], page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#OrganisationName")!.Value);
        await AssertCannotLogIn(values["Email"], values["Password"]);
    }

    [Fact]
    public async Task SignUp_KvkNumberWithSpaces_IsAccepted_AndStoredWithoutThem()
    {
        var first = Employers.NewSignUpValues();
        var digits = first["KvkNumber"];
        first["KvkNumber"] = $"{digits[..4]} {digits[4..]}";
        Assert.Equal(HttpStatusCode.OK, (await Employers.PostSignUp(app.NewSession(), first)).StatusCode);
        Assert.Single(await app.Mails(first["Email"], "account-confirm"));

        // The same number without the space is the same organisation.
        var second = Employers.NewSignUpValues();
        second["KvkNumber"] = digits;
        Assert.Equal(HttpStatusCode.OK, (await Employers.PostSignUp(app.NewSession(), second)).StatusCode);

        Assert.Contains(digits, Assert.Single(await app.Mails(second["Email"], "organisation-exists")).Body);
        Assert.Empty(await app.Mails(second["Email"], "account-confirm"));
    }

    [Fact]
    public async Task SignUp_AgainWithAnUnconfirmedAddress_SendsANewConfirmationLink_ThatWorks()
    {
        var values = Employers.NewSignUpValues();
        await Employers.PostSignUp(app.NewSession(), values);

        var again = await Employers.PostSignUp(app.NewSession(), values);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(2, (await app.Mails(values["Email"], "account-confirm")).Count);
        Assert.Empty(await app.Mails(values["Email"], "account-exists"));
        Assert.Equal("/account/login", Employers.RedirectPath(await app.NewSession().Client.GetAsync(await app.LinkInMail(values["Email"], "account-confirm", "/account/confirm"))));
        await app.NewSession().LogIn(values["Email"], values["Password"]);
    }

    [Fact]
    public async Task SignUp_WithTheKvkNumberOfASignUpNobodyConfirmedForADay_TakesItsPlace()
    {
        var squatter = Employers.NewSignUpValues();
        await Employers.PostSignUp(app.NewSession(), squatter);
        await Backdate(squatter["KvkNumber"], TimeSpan.FromDays(2));
        var owner = Employers.NewSignUpValues();
        owner["KvkNumber"] = squatter["KvkNumber"];

        await Employers.PostSignUp(app.NewSession(), owner);

        Assert.Empty(await app.Mails(owner["Email"], "organisation-exists"));
        Assert.Equal("/account/login", Employers.RedirectPath(await app.NewSession().Client.GetAsync(await app.LinkInMail(owner["Email"], "account-confirm", "/account/confirm"))));
        await app.NewSession().LogIn(owner["Email"], owner["Password"]);
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var kvk = owner["KvkNumber"];
        var organisation = Assert.Single(await session.Query<Organisation>().Where(o => o.KvkNumber == kvk).ToListAsync());
        Assert.Equal(owner["OrganisationName"], organisation.Name);
        // The abandoned account is gone with it: its old link confirms nothing.
        var stale = await app.NewSession().Client.GetAsync(await app.LinkInMail(squatter["Email"], "account-confirm", "/account/confirm"));
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
    }

    [Fact]
    public async Task SignUp_WithTheKvkNumberOfAConfirmedOrganisation_NeverTakesItsPlace_HoweverOld()
    {
        var employer = await app.SignUpNewEmployer();
        await Backdate(employer.KvkNumber, TimeSpan.FromDays(400));
        var other = Employers.NewSignUpValues();
        other["KvkNumber"] = employer.KvkNumber;

        await Employers.PostSignUp(app.NewSession(), other);

        Assert.Single(await app.Mails(other["Email"], "organisation-exists"));
        await app.NewSession().LogIn(employer.Email, employer.Password);
    }

    private async Task Backdate(string kvk, TimeSpan age)
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        var organisation = await session.Query<Organisation>().SingleAsync(o => o.KvkNumber == kvk);
        session.Store(organisation with { RegisteredAt = app.Clock.GetUtcNow() - age });
        await session.SaveChangesAsync();
    }

    /// <summary>
    /// Enumeration: the page after sign-up reads the same for a new organisation, a KvK number that is
    /// taken and an address that has an account. Only the mail, to the mailbox's owner, says which.
    /// </summary>
    [Fact]
    public async Task SignUp_AnswersTheSame_ForANewOrganisation_ATakenKvkNumber_AndAKnownAddress()
    {
        var employer = await app.SignUpNewEmployer();
        var fresh = Employers.NewSignUpValues();
        var takenKvk = Employers.NewSignUpValues();
        takenKvk["KvkNumber"] = employer.KvkNumber;
        var knownAddress = Employers.NewSignUpValues();
        knownAddress["Email"] = employer.Email;
        knownAddress["Password"] = "een-ander-wachtwoord-9";

        var pages = new List<(HttpStatusCode Status, string Text)>();
        foreach (var values in new[] { fresh, takenKvk, knownAddress })
        {
            var response = await Employers.PostSignUp(app.NewSession(), values);
            var main = (await WebSession.Parse(response)).QuerySelector("main")!.TextContent;
            pages.Add((response.StatusCode, main.Replace(values["Email"], "ADDRESS", StringComparison.Ordinal)));
        }

        Assert.All(pages, p => Assert.Equal(HttpStatusCode.OK, p.Status));
        Assert.Single(pages.Select(p => p.Text).Distinct());
        Assert.DoesNotContain("al een", pages[0].Text);

        // The mails say what is going on, and how a colleague gets in: by invitation.
        var colleague = Assert.Single(await app.Mails(takenKvk["Email"], "organisation-exists"));
        Assert.Contains("uit te nodigen", colleague.Body);
        Assert.Contains("invite you", colleague.Body);
        Assert.Contains("/account/forgot-password", Assert.Single(await app.Mails(employer.Email, "account-exists")).Body);
        await AssertCannotLogIn(takenKvk["Email"], takenKvk["Password"]);
        // The known address keeps its own password.
        await app.NewSession().LogIn(employer.Email, employer.Password);
        await AssertCannotLogIn(employer.Email, knownAddress["Password"]);
    }

    [Fact]
    public async Task SignUp_KvkNumberOfTheSeededDemoOrganisation_CreatesNoOrganisation_AndMailsTheColleague()
    {
        var values = Employers.NewSignUpValues();
        values["KvkNumber"] = Employers.DemoKvkNumber;

        var response = await Employers.PostSignUp(app.NewSession(), values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await app.Mails(values["Email"], "organisation-exists"));
        Assert.Empty(await app.Mails(values["Email"], "account-confirm"));
    }

    [Fact]
    public async Task SignUp_EmailThatAlreadyHasAnAccount_LeavesNoOrganisationBehind()
    {
        var employer = await app.SignUpNewEmployer();
        var second = Employers.NewSignUpValues();
        second["Email"] = employer.Email;

        Assert.Equal(HttpStatusCode.OK, (await Employers.PostSignUp(app.NewSession(), second)).StatusCode);

        // Nothing was stored for the refused sign-up: its KvK number is still free.
        second["Email"] = $"ander-{Employers.UniqueSuffix()}@testbedrijf.example";
        Assert.Equal(HttpStatusCode.OK, (await Employers.PostSignUp(app.NewSession(), second)).StatusCode);
        Assert.Single(await app.Mails(second["Email"], "account-confirm"));
    }

    [Theory]
    [InlineData("password123")]
    [InlineData("Qwerty123456")]
    [InlineData("1q2w3e4r5t6y")]
    public async Task SignUp_CommonPassword_Is400_SayingWhy_AndCreatesNothing(string password)
    {
        var values = Employers.NewSignUpValues();
        values["Password"] = password;

        var response = await Employers.PostSignUp(app.NewSession(), values);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Dit wachtwoord staat op een lijst van veelgebruikte", FieldError(await WebSession.Parse(response), "Password"));
        Assert.Empty(await app.Mails(values["Email"], "account-confirm"));
    }

    [Theory]
    [InlineData("OrganisationName", 200)]
    [InlineData("City", 200)]
    [InlineData("ContactPerson", 200)]
    public async Task SignUp_TooLongField_Is400_WithTheLimit_WhichTheFormAlsoSets(string field, int limit)
    {
        var form = await app.NewSession().Get("/account/signup");
        Assert.Equal(limit.ToString(System.Globalization.CultureInfo.InvariantCulture), form.QuerySelector($"#{field}")!.GetAttribute("maxlength"));
        var values = Employers.NewSignUpValues();
        values[field] = new string('x', 100_000);

        var response = await Employers.PostSignUp(app.NewSession(), values);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"hoogstens {limit} tekens hebben (nu 100000)", FieldError(await WebSession.Parse(response), field));
        Assert.Empty(await app.Mails(values["Email"], "account-confirm"));
    }

    [Fact]
    public async Task SignUp_PasswordWithoutDigit_Is400_WithDutchMessage_AndLeavesNoOrganisationBehind()
    {
        var values = Employers.NewSignUpValues();
        values["Password"] = "alleenletters";

        var response = await Employers.PostSignUp(app.NewSession(), values);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Het wachtwoord moet een cijfer bevatten.", FieldError(await WebSession.Parse(response), "Password"));
        values["Password"] = Employers.Password;
        Assert.Equal(HttpStatusCode.OK, (await Employers.PostSignUp(app.NewSession(), values)).StatusCode);
        Assert.Single(await app.Mails(values["Email"], "account-confirm"));
    }

    [Theory]
    [InlineData("OrganisationName", "Vul de naam van de organisatie in.")]
    [InlineData("KvkNumber", "Een KvK-nummer bestaat uit precies 8 cijfers.")]
    [InlineData("SizeClass", "Kies de omvang van de organisatie.")]
    [InlineData("Sector", "Kies een sector.")]
    [InlineData("City", "Vul de plaats in.")]
    [InlineData("ContactPerson", "Vul de naam van de contactpersoon in.")]
    [InlineData("Email", "Vul een geldig e-mailadres in.")]
    [InlineData("Password", "Het wachtwoord moet minstens 10 tekens hebben.")]
    public async Task SignUp_MissingField_Is400_WithThatFieldsDutchMessage(string field, string message)
    {
        var values = Employers.NewSignUpValues();
        values[field] = "";

        var response = await Employers.PostSignUp(app.NewSession(), values);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await WebSession.Parse(response);
        Assert.Equal(message, FieldError(page, field));
        // Only the missing field is marked, and no English default from DataAnnotations reaches the page.
        Assert.Equal([field], page.QuerySelectorAll(".is-invalid").Select(e => e.Id));
        Assert.DoesNotContain("required", page.QuerySelector("main")!.TextContent, StringComparison.OrdinalIgnoreCase);
        if (field is not ("Email" or "Password")) await AssertCannotLogIn(values["Email"], values["Password"]);
    }

    [Fact]
    public async Task SignUp_InEnglish_ShowsEnglishMessages()
    {
        var session = app.NewSession();
        var switched = await session.Client.GetAsync("/language/en?returnUrl=%2Faccount%2Fsignup");
        Assert.Equal("/account/signup", Employers.RedirectPath(switched));
        Assert.Contains(switched.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));

        var values = Employers.NewSignUpValues();
        values["KvkNumber"] = "1234";
        values["City"] = " ";
        var response = await Employers.PostSignUp(session, values);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await WebSession.Parse(response);
        Assert.Equal("A KvK number consists of exactly 8 digits.", FieldError(page, "KvkNumber"));
        Assert.Equal("Enter the city.", FieldError(page, "City"));
        Assert.DoesNotContain("cijfers", page.QuerySelector("main")!.TextContent);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
    }

    /// <summary>The message shown under a field (the element after the field that holds its feedback).</summary>
    private static string FieldError(IDocument page, string field)
    {
        var input = page.QuerySelector($"#{field}") ?? throw new InvalidOperationException($"No field {field}");
        return input.ParentElement!.QuerySelector(".invalid-feedback")!.TextContent.Trim();
    }

    private async Task AssertCannotLogIn(string email, string password) =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostLogin(email, password)).StatusCode);

    private async Task<HttpResponseMessage> PostLogin(string email, string password)
    {
        var session = app.NewSession();
        var page = await session.Get("/account/login");
        return await session.Submit(page, Employers.LoginForm, new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
    }
}
