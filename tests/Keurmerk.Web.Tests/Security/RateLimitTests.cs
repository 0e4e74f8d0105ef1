using Keurmerk.Web.Tests.Signals;
using Keurmerk.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Keurmerk.Web.Tests.Security;

/// <summary>
/// The built-in rate limiter, with low limits so a test reaches them. Each test is its own client
/// address (the test server has none, so a test header stands in for it).
/// </summary>
public class RateLimitTests(RateLimitTests.LimitedApp app) : IClassFixture<RateLimitTests.LimitedApp>
{
    public const string ClientHeader = "X-Test-Client";

    public sealed class LimitedApp : AppFixture
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimits:LoginPerClient:Permits", "6");
            builder.UseSetting("RateLimits:LoginPerAccount:Permits", "3");
            builder.UseSetting("RateLimits:AccountMailPerClient:Permits", "3");
            builder.UseSetting("RateLimits:SignalPerClient:Permits", "3");
            builder.UseSetting("RateLimits:SignalPerOrganisation:Permits", "4");
            builder.UseSetting("RateLimits:RegisterPerClient:Permits", "20");
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddressFromHeader>());
        }

        /// <summary>A session whose requests come from this client address.</summary>
        public WebSession From(string address)
        {
            var session = NewSession();
            session.Client.DefaultRequestHeaders.Add(ClientHeader, address);
            return session;
        }
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[ClientHeader], out var address)) context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    [Fact]
    public async Task Login_PerClient_Is429WithRetryAfter_AndOtherClientsCarryOn()
    {
        var client = app.From("198.51.100.1");
        for (var i = 0; i < 6; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostLogin($"gok-{i}-{Employers.UniqueSuffix()}@nergens.example", "fout-wachtwoord-1")).StatusCode);

        var refused = await client.PostLogin("werkgever@korrel.demo", Infrastructure.Demo.DemoData.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        AssertRetryAfter(refused, maximumSeconds: 600);
        Assert.Contains("Te veel verzoeken achter elkaar", (await WebSession.Parse(refused)).QuerySelector("main")!.TextContent);
        await app.From("198.51.100.2").LogIn("werkgever@korrel.demo", Infrastructure.Demo.DemoData.Password);
    }

    [Fact]
    public async Task Login_PerAccount_Is429_FromAnyClient()
    {
        const string account = "beoordelaar3@elbho.demo";
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await app.From($"203.0.113.{i + 1}").PostLogin(account, "fout-wachtwoord-1")).StatusCode);

        var refused = await app.From("203.0.113.50").PostLogin(account, Infrastructure.Demo.DemoData.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        AssertRetryAfter(refused, maximumSeconds: 900);
        Assert.Contains("Te veel verzoeken achter elkaar", Employers.Errors(await WebSession.Parse(refused)));
    }

    [Fact]
    public async Task SignalForm_PerClient_Is429_AndStoresNothing()
    {
        var kvk = (await app.CertifyNewEmployer()).Employer.KvkNumber;
        var before = await app.SignalCount(kvk);
        var client = app.From("198.51.100.10");
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.Redirect, (await client.PostSignal(SignalTestSupport.Report(kvk))).StatusCode);

        var refused = await client.PostSignal(SignalTestSupport.Report(kvk));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        AssertRetryAfter(refused, maximumSeconds: 600);
        Assert.Equal(before + 3, await app.SignalCount(kvk));
        // The form itself still opens, without an account and without JavaScript: it is only the sending that waits.
        Assert.NotNull((await client.Get("/signals/new")).QuerySelector("#signal-form"));
    }

    [Fact]
    public async Task SignalForm_PerOrganisation_Is429_WhateverTheClient()
    {
        var certified = await app.CertifyNewEmployer();
        var kvk = certified.Employer.KvkNumber;
        for (var i = 0; i < 4; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await app.From($"192.0.2.{i + 1}").PostSignal(SignalTestSupport.Report(kvk))).StatusCode);

        var refused = await app.From("192.0.2.99").PostSignal(SignalTestSupport.Report(kvk));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        AssertRetryAfter(refused, maximumSeconds: 3600);
        Assert.Contains("Te veel verzoeken achter elkaar", SignalTestSupport.Error(await WebSession.Parse(refused)));
        Assert.Equal(4, await app.SignalCount(kvk));
    }

    [Fact]
    public async Task RegisterApi_Is429_WithAProblemDocument_AndThePagesShareTheLimit()
    {
        var client = app.From("198.51.100.20").Client;
        for (var i = 0; i < 10; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/register")).StatusCode);
        for (var i = 0; i < 10; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/register")).StatusCode);

        var api = await client.GetAsync("/api/register?q=korrel");
        var page = await client.GetAsync("/register");

        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        AssertRetryAfter(api, maximumSeconds: 60);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("Try again in", problem.RootElement.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Contains("Te veel verzoeken achter elkaar", (await WebSession.Parse(page)).QuerySelector("main")!.TextContent);
        // Another school is not hurt by this one.
        Assert.Equal(HttpStatusCode.OK, (await app.From("198.51.100.21").Client.GetAsync("/api/register")).StatusCode);
    }

    [Fact]
    public async Task TransparencyCheckpoints_AreLimitedLikeTheRegisterApi()
    {
        var client = app.From("198.51.100.22").Client;
        for (var i = 0; i < 20; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/transparency/checkpoints")).StatusCode);

        var refused = await client.GetAsync("/transparency/checkpoints/latest");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        AssertRetryAfter(refused, maximumSeconds: 60);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task SignUp_PerClient_Is429_SoTheAppCannotBeMadeToMailSomeoneEndlessly()
    {
        var client = app.From("198.51.100.30");
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await Employers.PostSignUp(client, Employers.NewSignUpValues())).StatusCode);

        var refused = await Employers.PostSignUp(client, Employers.NewSignUpValues());

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        AssertRetryAfter(refused, maximumSeconds: 3600);
    }

    [Fact]
    public async Task TheOpenApiDocument_Describes429()
    {
        using var document = JsonDocument.Parse(await app.From("198.51.100.40").Client.GetStringAsync("/openapi/v1.json"));
        var search = document.RootElement.GetProperty("paths").GetProperty("/api/register").GetProperty("get").GetProperty("responses");
        Assert.Contains("Retry-After", search.GetProperty("429").GetProperty("description").GetString());
    }

    private static void AssertRetryAfter(HttpResponseMessage response, int maximumSeconds)
    {
        var seconds = int.Parse(response.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 1, maximumSeconds);
    }
}
