using Keurmerk.Web.Tests.Support;
using System.Net;

namespace Keurmerk.Web.Tests.Security;

/// <summary>
/// A NUL in the path, on the real server: Kestrel refuses the request line with 400 before any of the
/// app's code runs (the in-process test host cannot send such a path at all, so this needs a socket).
/// A NUL in the query does reach the app and is refused by it (HostileInputTests).
/// </summary>
public class NulInPathTests(NulInPathTests.OnSocket app) : IClassFixture<NulInPathTests.OnSocket>
{
    public sealed class OnSocket : AppFixture
    {
        public OnSocket() => UseKestrel(0);

        public override Task InitializeAsync()
        {
            StartServer();
            return Task.CompletedTask;
        }
    }

    [Theory]
    [InlineData("/verify/HSS-2026-%0000001")]
    [InlineData("/api/register/%00")]
    [InlineData("/register/%00/x")]
    public async Task ANulInThePath_Is400(string path)
    {
        using var client = new HttpClient { BaseAddress = app.ClientOptions.BaseAddress };

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
