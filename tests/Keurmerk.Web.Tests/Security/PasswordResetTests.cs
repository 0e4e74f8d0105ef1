using Keurmerk.Web.Tests.Support;
using System.Net;

namespace Keurmerk.Web.Tests.Security;

/// <summary>A forgotten password: a link by mail that works once and for an hour, and ends every session.</summary>
public class PasswordResetTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string NewPassword = "mijn-nieuwe-wachtwoord-31";

    [Fact]
    public async Task ResetByMailLink_SetsTheNewPassword_EndsEverySession_AndWorksOnlyOnce()
    {
        var employer = await app.SignUpNewEmployer();
        var (_, stolen) = await app.LogInCopyingTheCookie(employer.Email, employer.Password);

        var sent = await RequestReset(employer.Email);
        Assert.Contains(employer.Email, sent);
        var link = await app.LinkInMail(employer.Email, "password-reset", "/account/reset-password");
        var response = await SubmitReset(link, NewPassword);

        Assert.Equal("/account/login", Employers.RedirectPath(response));
        await app.AssertSessionIsDead(stolen);
        Assert.StartsWith("/account/login", Employers.RedirectPath(await employer.Session.Client.GetAsync("/assessments")));
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.NewSession().PostLogin(employer.Email, employer.Password)).StatusCode);
        await app.NewSession().LogIn(employer.Email, NewPassword);

        // Once: the same link again is refused, and the password stays the new one.
        var again = await SubmitReset(link, "nog-een-wachtwoord-55");
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("niet (meer) geldig", (await WebSession.Parse(again)).QuerySelector("main")!.TextContent);
        await app.NewSession().LogIn(employer.Email, NewPassword);
    }

    [Fact]
    public async Task AResetLink_ExpiresAfterAnHour()
    {
        var employer = await app.SignUpNewEmployer();
        await RequestReset(employer.Email);
        var link = await app.LinkInMail(employer.Email, "password-reset", "/account/reset-password");
        var form = await app.NewSession().Get(link);

        app.Clock.Advance(TimeSpan.FromMinutes(61));
        var response = await app.NewSession().Submit(form, "form[action='/account/reset-password']",
            new Dictionary<string, string> { ["Password"] = NewPassword });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await app.NewSession().LogIn(employer.Email, employer.Password);
    }

    [Fact]
    public async Task AnUnknownAddress_GetsTheSamePage_AndNoMailIsSent()
    {
        var employer = await app.SignUpNewEmployer();
        var unknown = $"niemand-{Employers.UniqueSuffix()}@nergens.example";

        var known = (await RequestReset(employer.Email)).Replace(employer.Email, "ADDRESS", StringComparison.Ordinal);
        var notKnown = (await RequestReset(unknown)).Replace(unknown, "ADDRESS", StringComparison.Ordinal);

        Assert.Equal(known, notKnown);
        Assert.Empty(await app.Mails(unknown, "password-reset"));
        Assert.Single(await app.Mails(employer.Email, "password-reset"));
    }

    [Fact]
    public async Task AResetToACommonPassword_Is400_SayingWhy()
    {
        var employer = await app.SignUpNewEmployer();
        await RequestReset(employer.Email);

        var response = await SubmitReset(await app.LinkInMail(employer.Email, "password-reset", "/account/reset-password"), "1q2w3e4r5t6y");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("lijst van veelgebruikte of uitgelekte wachtwoorden", Employers.Errors(await WebSession.Parse(response)));
    }

    [Fact]
    public async Task ALockedOutAccount_IsOpenedAgainByAReset()
    {
        var employer = await app.SignUpNewEmployer();
        for (var i = 0; i < 10; i++) await app.NewSession().PostLogin(employer.Email, $"fout-wachtwoord-{i}");
        Assert.Contains("Te veel mislukte pogingen", Employers.Errors(await WebSession.Parse(await app.NewSession().PostLogin(employer.Email, employer.Password))));

        await RequestReset(employer.Email);
        await SubmitReset(await app.LinkInMail(employer.Email, "password-reset", "/account/reset-password"), NewPassword);

        await app.NewSession().LogIn(employer.Email, NewPassword);
    }

    /// <summary>Asks for a reset link; returns the text of the page that answers.</summary>
    private async Task<string> RequestReset(string email)
    {
        var session = app.NewSession();
        var form = await session.Get("/account/forgot-password");
        var response = await session.Submit(form, "form[action='/account/forgot-password']", new Dictionary<string, string> { ["email"] = email });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await WebSession.Parse(response)).QuerySelector("main")!.TextContent;
    }

    private async Task<HttpResponseMessage> SubmitReset(string link, string password)
    {
        var session = app.NewSession();
        var form = await session.Get(link);
        return await session.Submit(form, "form[action='/account/reset-password']", new Dictionary<string, string> { ["Password"] = password });
    }
}
