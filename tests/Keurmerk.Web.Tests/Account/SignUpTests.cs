using AngleSharp.Dom;
using Keurmerk.Web.Tests.Support;
using System.Net;

namespace Keurmerk.Web.Tests.Account;

public class SignUpTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task SignUp_Valid_CreatesOrganisationAndUser_AndLogsIn()
    {
        var values = Employers.NewSignUpValues();
        var session = app.NewSession();

        var response = await Employers.PostSignUp(session, values);

        Assert.Equal("/assessments", Employers.RedirectPath(response));
        var page = await session.Get("/assessments");
        Assert.Contains(values["ContactPerson"], page.QuerySelector("header")!.TextContent);
        Assert.NotNull(page.QuerySelector("form[action='/assessments/start']"));

        // The user belongs to the new organisation: its assessment carries the organisation's name.
        var employer = new Employer(session, values["OrganisationName"], values["KvkNumber"], values["ContactPerson"],
            values["Email"], values["Password"], Domain.SizeClass.Small);
        var id = await employer.StartAssessment();
        var details = await session.Get($"/assessments/{id}");
        Assert.Contains(values["OrganisationName"], details.QuerySelector("h1")!.TextContent);

        // The user is stored with its password: another browser can log in with it.
        await app.NewSession().LogIn(values["Email"], values["Password"]);
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
        Assert.Equal(HttpStatusCode.Redirect, (await Employers.PostSignUp(app.NewSession(), first)).StatusCode);

        // The same number without the space is the same organisation.
        var second = Employers.NewSignUpValues();
        second["KvkNumber"] = digits;
        var response = await Employers.PostSignUp(app.NewSession(), second);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Er is al een organisatie met dit KvK-nummer aangemeld.", FieldError(await WebSession.Parse(response), "KvkNumber"));
    }

    [Fact]
    public async Task SignUp_DuplicateKvkNumber_Is400_WithClearMessage_AndCreatesNoSecondUser()
    {
        var employer = await app.SignUpNewEmployer();
        var second = Employers.NewSignUpValues();
        second["KvkNumber"] = employer.KvkNumber;

        var response = await Employers.PostSignUp(app.NewSession(), second);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Er is al een organisatie met dit KvK-nummer aangemeld. Vraag uw collega om toegang.",
            FieldError(await WebSession.Parse(response), "KvkNumber"));
        await AssertCannotLogIn(second["Email"], second["Password"]);
        await app.NewSession().LogIn(employer.Email, employer.Password); // the first one is untouched
    }

    [Fact]
    public async Task SignUp_KvkNumberOfTheSeededDemoOrganisation_IsADuplicate()
    {
        var values = Employers.NewSignUpValues();
        values["KvkNumber"] = Employers.DemoKvkNumber;

        var response = await Employers.PostSignUp(app.NewSession(), values);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Er is al een organisatie met dit KvK-nummer", FieldError(await WebSession.Parse(response), "KvkNumber"));
    }

    [Fact]
    public async Task SignUp_EmailThatAlreadyHasAnAccount_Is400_AndLeavesNoOrganisationBehind()
    {
        var employer = await app.SignUpNewEmployer();
        var second = Employers.NewSignUpValues();
        second["Email"] = employer.Email;

        var response = await Employers.PostSignUp(app.NewSession(), second);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Dit e-mailadres heeft al een account.", FieldError(await WebSession.Parse(response), "Email"));
        // Organisation and user are stored together or not at all: the KvK number is still free.
        second["Email"] = $"ander-{Employers.UniqueSuffix()}@testbedrijf.example";
        Assert.Equal(HttpStatusCode.Redirect, (await Employers.PostSignUp(app.NewSession(), second)).StatusCode);
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
        Assert.Equal(HttpStatusCode.Redirect, (await Employers.PostSignUp(app.NewSession(), values)).StatusCode);
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

    private async Task AssertCannotLogIn(string email, string password)
    {
        var session = app.NewSession();
        var page = await session.Get("/account/login");
        var response = await session.Submit(page, Employers.LoginForm, new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
