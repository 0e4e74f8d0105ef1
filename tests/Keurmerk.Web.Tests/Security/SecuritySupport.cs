using Keurmerk.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using System.Net;

namespace Keurmerk.Web.Tests.Security;

public static class SecuritySupport
{
    public static async Task<HttpResponseMessage> PostLogin(this WebSession session, string email, string password)
    {
        var page = await session.Get("/account/login");
        return await session.Submit(page, Employers.LoginForm, new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
    }

    /// <summary>Logs in on a new session and also returns the login cookie as a thief would copy it.</summary>
    public static async Task<(WebSession Session, string Cookie)> LogInCopyingTheCookie(this AppFixture app, string email, string password)
    {
        var session = app.NewSession();
        var response = await session.PostLogin(email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("keurmerk=", StringComparison.Ordinal)).Split(';')[0];
        return (session, cookie);
    }

    /// <summary>GET with nothing but the copied cookie, from another client.</summary>
    public static async Task<HttpResponseMessage> GetWithCookie(this AppFixture app, string url, string cookie)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    public static async Task AssertSessionIsDead(this AppFixture app, string cookie, string url = "/assessments") =>
        Assert.StartsWith("/account/login", Employers.RedirectPath(await app.GetWithCookie(url, cookie)));

    public static async Task AssertSessionIsAlive(this AppFixture app, string cookie, string url = "/assessments") =>
        Assert.Equal(HttpStatusCode.OK, (await app.GetWithCookie(url, cookie)).StatusCode);
}
