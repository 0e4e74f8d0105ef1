using AngleSharp.Dom;
using Keurmerk.Web.Infrastructure.Demo;
using Keurmerk.Web.Tests.Support;
using System.Net;

namespace Keurmerk.Web.Tests.Account;

public class LoginTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string DemoEmployer = "werkgever@korrel.demo";

    [Fact]
    public async Task Login_WrongPassword_Is401_WithMessage_AndDoesNotLogIn()
    {
        var session = app.NewSession();

        var response = await PostLogin(session, DemoEmployer, "niet-het-wachtwoord-1");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var page = await WebSession.Parse(response);
        Assert.Contains("Onbekend e-mailadres of verkeerd wachtwoord.", Employers.Errors(page));
        Assert.Equal(DemoEmployer, page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Email")!.Value);
        Assert.StartsWith("/account/login", Employers.RedirectPath(await session.Client.GetAsync("/assessments")));
    }

    [Fact]
    public async Task Login_UnknownEmail_Is401_WithTheSameMessage()
    {
        var response = await PostLogin(app.NewSession(), $"niemand-{Employers.UniqueSuffix()}@nergens.example", DemoData.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Onbekend e-mailadres of verkeerd wachtwoord.", Employers.Errors(await WebSession.Parse(response)));
    }

    [Fact]
    public async Task Login_InEnglish_ShowsTheEnglishMessage()
    {
        var session = app.NewSession();
        await session.Get("/language/en?returnUrl=%2Faccount%2Flogin", HttpStatusCode.Redirect);

        var response = await PostLogin(session, DemoEmployer, "niet-het-wachtwoord-1");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Unknown e-mail address or wrong password.", Employers.Errors(await WebSession.Parse(response)));
    }

    [Fact]
    public async Task Assessments_Anonymous_RedirectsToLogin_WithReturnUrl()
    {
        var response = await app.NewSession().Client.GetAsync("/assessments");

        var path = Employers.RedirectPath(response);
        Assert.StartsWith("/account/login?", path);
        Assert.Contains("ReturnUrl=%2Fassessments", path);
    }

    [Fact]
    public async Task Login_WithLocalReturnUrl_GoesBackThere_AndThePageLoads()
    {
        var session = app.NewSession();
        var page = await session.Get("/account/login?returnUrl=%2Fassessments");

        var response = await session.Submit(page, Employers.LoginForm,
            new Dictionary<string, string> { ["Email"] = DemoEmployer, ["Password"] = DemoData.Password });

        Assert.Equal("/assessments", Employers.RedirectPath(response));
        var assessments = await session.Get("/assessments");
        Assert.Contains("Sanne de Vries", assessments.QuerySelector("header")!.TextContent);
    }

    [Fact]
    public async Task Login_WithForeignReturnUrl_DoesNotLeaveTheSite()
    {
        var session = app.NewSession();
        var page = await session.Get("/account/login?returnUrl=https%3A%2F%2Fevil.example%2F");

        var response = await session.Submit(page, Employers.LoginForm,
            new Dictionary<string, string> { ["Email"] = DemoEmployer, ["Password"] = DemoData.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Login_OfSignedUpEmployer_AfterLogout_Works()
    {
        var employer = await app.SignUpNewEmployer();
        var page = await employer.Session.Get("/assessments");
        Assert.Equal(HttpStatusCode.Redirect, (await employer.Session.Submit(page, Employers.LogoutForm)).StatusCode);
        Assert.StartsWith("/account/login", Employers.RedirectPath(await employer.Session.Client.GetAsync("/assessments")));

        await employer.Session.LogIn(employer.Email, employer.Password);

        var again = await employer.Session.Get("/assessments");
        Assert.Contains(employer.ContactPerson, again.QuerySelector("header")!.TextContent);
    }

    private static async Task<HttpResponseMessage> PostLogin(WebSession session, string email, string password)
    {
        var page = await session.Get("/account/login");
        return await session.Submit(page, Employers.LoginForm, new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
    }
}
