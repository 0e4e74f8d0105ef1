using Keurmerk.Web.Tests.Schools;
using Keurmerk.Web.Tests.Support;
using System.Net;
using System.Text.Json.Nodes;

namespace Keurmerk.Web.Tests.Register;

/// <summary>
/// Anonymous register reads come from a copy in memory (the Age header says so), keyed by the register's
/// version: a suspension is on the very next request, logged-in readers never get a copy, and each
/// language has its own.
/// </summary>
public class OutputCachingTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task ARepeatedRead_IsServedFromTheCopy_AndASuspensionShowsOnTheNextRequest()
    {
        var certified = await app.CertifyNewEmployer();
        var url = $"/api/register/{certified.Employer.KvkNumber}";
        var client = app.CreateClient();

        var first = await client.GetAsync(url);
        var second = await client.GetAsync(url);

        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());

        await app.Suspend(certified.AssessmentId);
        var after = await client.GetAsync(url);

        Assert.Null(after.Headers.Age);
        var status = JsonNode.Parse(await after.Content.ReadAsStringAsync())!["certificates"]![0]!["status"]!.GetValue<string>();
        Assert.Equal("suspended", status);
    }

    [Fact]
    public async Task ALoggedInReader_IsNeverServedACopy()
    {
        var certified = await app.CertifyNewEmployer();
        var url = $"/verify/{certified.CertificateNumber}";
        await app.CreateClient().GetAsync(url);
        var copy = await app.CreateClient().GetAsync(url);
        Assert.True(copy.Headers.Age is not null, copy.ToString()); // anonymous: served from the copy
        var school = await app.LoggedIn("stagebureau@hhs.demo");

        var response = await school.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Age);
    }

    [Fact]
    public async Task EachLanguage_HasACopyOfItsOwn()
    {
        var certified = await app.CertifyNewEmployer();
        var url = $"/verify/{certified.CertificateNumber}";
        var english = new HttpRequestMessage(HttpMethod.Get, url);
        english.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var client = app.CreateClient();

        var inEnglish = await (await client.SendAsync(english)).Content.ReadAsStringAsync();
        var inDutch = await client.GetAsync(url);

        Assert.Contains("Valid", inEnglish);
        Assert.Null(inDutch.Headers.Age);
        Assert.Contains("Geldig", await inDutch.Content.ReadAsStringAsync());
    }
}
