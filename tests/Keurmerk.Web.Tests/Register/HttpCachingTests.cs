using Keurmerk.Web.Infrastructure.Demo;
using Keurmerk.Web.Tests.Support;
using System.Net;
using System.Net.Http.Headers;

namespace Keurmerk.Web.Tests.Register;

public class HttpCachingTests(AppFixture app) : IClassFixture<AppFixture>
{
    private readonly HttpClient _client = app.CreateClient();

    [Theory]
    [InlineData("/api/register?q=meerzicht")]
    [InlineData("/api/register/{kvk}")]
    [InlineData("/api/certificates/{number}")]
    [InlineData("/verify/{number}")]
    public async Task PublicRead_HasAnETag_AndTheSameAnswerAgainIs304WithoutABody(string template)
    {
        var number = await app.CertificateNumberOf(DemoCertificates.Expired);
        var url = template.Replace("{kvk}", DemoCertificates.Expired.KvkNumber).Replace("{number}", number);

        var first = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.True(first.Headers.CacheControl is { Public: true, NoCache: true }, $"Cache-Control: {first.Headers.CacheControl}");

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        var second = await _client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());

        using var stale = new HttpRequestMessage(HttpMethod.Get, url);
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(stale)).StatusCode);
    }

    [Fact]
    public async Task ADifferentAnswer_HasADifferentETag()
    {
        var valid = await _client.GetAsync($"/api/register/{DemoCertificates.Valid.KvkNumber}");
        var expired = await _client.GetAsync($"/api/register/{DemoCertificates.Expired.KvkNumber}");

        Assert.NotEqual(valid.Headers.ETag, expired.Headers.ETag);
    }

    [Fact]
    public async Task AnError_IsNotCached()
    {
        var response = await _client.GetAsync("/api/register?page=0");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.ETag);
    }
}
