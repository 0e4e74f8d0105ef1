using Keurmerk.Web.Features.Register;
using Keurmerk.Web.Infrastructure.Demo;
using Keurmerk.Web.Tests.Support;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Keurmerk.Web.Tests.Register;

/// <summary>The register as open data: the same filters as the page and the API, the whole result, licensed.</summary>
public sealed class RegisterExportTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task TheCsv_IsEveryMatch_Utf8WithBom_SemicolonSeparated()
    {
        var response = await app.CreateClient().GetAsync("/register.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("CC BY 4.0", response.Headers.GetValues("X-Licence").Single());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("certificate_number;organisation_name;kvk_number;city;status;valid_from;valid_until;criteria_version", lines[0]);
        var api = await app.CreateClient().GetJson<RegisterPageResponse>("/api/register?pageSize=100");
        Assert.Equal(api.Total, lines.Length - 1);
        Assert.Equal(api.Items.Select(i => i.CertificateNumber), lines.Skip(1).Select(l => l.Split(';')[0]));
    }

    [Fact]
    public async Task TheJson_TakesTheRegistersFilters()
    {
        var json = await app.CreateClient().GetStringAsync("/register.json?status=suspended");

        var root = JsonDocument.Parse(json).RootElement;
        Assert.StartsWith("CC BY 4.0", root.GetProperty("licence").GetString(), StringComparison.Ordinal);
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([DemoCertificates.Suspended.KvkNumber], items.Select(i => i.GetProperty("kvkNumber").GetString()));
        Assert.All(items, i => Assert.Equal("suspended", i.GetProperty("status").GetString()));
    }

    [Theory]
    [InlineData("/register.csv?status=valid")]
    [InlineData("/register.json?status=1")]
    public async Task AnUnknownStatus_Is400_WithTheWordsToUse(string url)
    {
        var problem = await app.CreateClient().GetProblem(url, HttpStatusCode.BadRequest);

        Assert.Contains("certified, suspended, expired, revoked", problem.Detail());
    }

    [Fact]
    public async Task TheRegisterPage_LinksToTheExportsOfWhatItShows()
    {
        var page = await app.NewSession().Get("/register?q=zorg&status=suspended");

        Assert.NotNull(page.QuerySelector("#open-data a[href='/register.csv?q=zorg&status=suspended']"));
    }
}
