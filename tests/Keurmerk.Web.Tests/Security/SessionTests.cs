using Keurmerk.Audits.Users;
using Keurmerk.Web.Infrastructure.Security;
using Keurmerk.Web.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using System.Net;

namespace Keurmerk.Web.Tests.Security;

/// <summary>Sessions live on the server: logging out, a new password or an admin ends them, also for a copied cookie.</summary>
public class SessionTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Admin = "beheer@keurmerk.demo";

    [Fact]
    public async Task ACookieCopiedBeforeLogout_OpensNothingAfterIt()
    {
        var employer = await app.SignUpNewEmployer();
        var (session, stolen) = await app.LogInCopyingTheCookie(employer.Email, employer.Password);
        await app.AssertSessionIsAlive(stolen);

        var page = await session.Get("/assessments");
        Assert.Equal(HttpStatusCode.Redirect, (await session.Submit(page, Employers.LogoutForm)).StatusCode);

        await app.AssertSessionIsDead(stolen);
        await employer.Session.Get("/assessments"); // the sign-up browser's session is another one, and lives on
    }

    [Fact]
    public async Task ChangingThePassword_EndsEveryOtherSession_AndKeepsThisBrowserLoggedIn()
    {
        var employer = await app.SignUpNewEmployer();
        var (laptop, _) = await app.LogInCopyingTheCookie(employer.Email, employer.Password);
        var (_, phone) = await app.LogInCopyingTheCookie(employer.Email, employer.Password);
        const string newPassword = "een-nieuw-wachtwoord-77";

        var form = await laptop.Get("/account/password");
        var response = await laptop.Submit(form, "form[action='/account/password']",
            new Dictionary<string, string> { ["CurrentPassword"] = employer.Password, ["NewPassword"] = newPassword });

        Assert.Equal("/account/password", Employers.RedirectPath(response));
        await app.AssertSessionIsDead(phone);
        await laptop.Get("/assessments");
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.NewSession().PostLogin(employer.Email, employer.Password)).StatusCode);
        await app.NewSession().LogIn(employer.Email, newPassword);
    }

    [Fact]
    public async Task ChangingThePassword_ToACommonOne_Is400_SayingWhy()
    {
        var employer = await app.SignUpNewEmployer();
        var form = await employer.Session.Get("/account/password");

        var response = await employer.Session.Submit(form, "form[action='/account/password']",
            new Dictionary<string, string> { ["CurrentPassword"] = employer.Password, ["NewPassword"] = "password123" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("lijst van veelgebruikte of uitgelekte wachtwoorden", Employers.Errors(await WebSession.Parse(response)));
        await app.NewSession().LogIn(employer.Email, employer.Password);
    }

    [Fact]
    public async Task AnAdmin_EndsAllSessionsOfAnAccount()
    {
        var employer = await app.SignUpNewEmployer();
        var (_, first) = await app.LogInCopyingTheCookie(employer.Email, employer.Password);
        var (_, second) = await app.LogInCopyingTheCookie(employer.Email, employer.Password);
        var admin = await app.LoggedIn(Admin);

        var page = await admin.Get("/admin");
        var response = await admin.Submit(page, "#end-sessions", new Dictionary<string, string> { ["email"] = employer.Email });

        Assert.Equal("/admin", Employers.RedirectPath(response));
        Assert.Contains($"Alle sessies van {employer.Email} zijn beëindigd (3)", (await admin.Get("/admin")).QuerySelector(".alert-success")!.TextContent);
        await app.AssertSessionIsDead(first);
        await app.AssertSessionIsDead(second);
        Assert.StartsWith("/account/login", Employers.RedirectPath(await employer.Session.Client.GetAsync("/assessments")));
        await app.NewSession().LogIn(employer.Email, employer.Password); // the password stays
    }

    [Fact]
    public async Task OnlyAnAdmin_MayEndSessions()
    {
        var employer = await app.SignUpNewEmployer();
        var (_, cookie) = await app.LogInCopyingTheCookie(employer.Email, employer.Password);
        var assessor = await app.LoggedIn(Certification.AssessorA);
        var token = (await assessor.Get("/account/password")).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        var response = await assessor.Client.PostAsync("/admin/sessions/end",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = employer.Email, ["__RequestVerificationToken"] = token }));

        Assert.StartsWith("/account/denied", Employers.RedirectPath(response));
        await app.AssertSessionIsAlive(cookie);
    }

    [Fact]
    public async Task TheDailyCleanUp_RemovesExpiredSessions_AndKeepsLiveOnes()
    {
        var userId = Guid.NewGuid();
        var now = app.Clock.GetUtcNow();
        var store = app.Services.GetRequiredService<IDocumentStore>();
        await using (var write = store.LightweightSession())
        {
            write.Store(new AuthSession { Id = $"expired-{userId}", UserId = userId, CreatedAt = now.AddDays(-20), ExpiresAt = now.AddMinutes(-1) });
            write.Store(new AuthSession { Id = $"live-{userId}", UserId = userId, CreatedAt = now.AddDays(-1), ExpiresAt = now.AddDays(13) });
            await write.SaveChangesAsync();
        }

        await app.Services.GetRequiredService<ServerSideSessions>().RemoveExpired();

        await using var read = store.QuerySession();
        Assert.Equal([$"live-{userId}"], await read.Query<AuthSession>().Where(s => s.UserId == userId).Select(s => s.Id).ToListAsync());
    }
}
