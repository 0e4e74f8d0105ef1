using Keurmerk.Web.Features.Register;
using Keurmerk.Web.Infrastructure.Demo;
using Keurmerk.Web.Tests.Support;
using System.Globalization;
using System.Net;

namespace Keurmerk.Web.Tests.Register;

public class RegisterApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    private readonly HttpClient _client = app.CreateClient();

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Search_PagesThroughEveryCertificateOnceInAStableOrder()
    {
        var first = await _client.GetJson<RegisterPageResponse>("/api/register?pageSize=1&page=1");
        Assert.True(first.Total >= 3, $"The demo data seeds three certificates; the register has {first.Total}.");

        var numbers = new List<string>();
        for (var page = 1; page <= first.Total; page++)
        {
            var result = await _client.GetJson<RegisterPageResponse>($"/api/register?pageSize=1&page={page}");
            Assert.Equal((page, 1, first.Total), (result.Page, result.PageSize, result.Total));
            numbers.Add(Assert.Single(result.Items).CertificateNumber);
        }

        Assert.NotEqual(numbers[0], numbers[1]);
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        var all = await _client.GetJson<RegisterPageResponse>("/api/register");
        Assert.Equal(20, all.PageSize);
        Assert.Equal(numbers, all.Items.Select(i => i.CertificateNumber));
        Assert.Empty((await _client.GetJson<RegisterPageResponse>($"/api/register?pageSize=1&page={first.Total + 1}")).Items);
    }

    [Theory]
    [InlineData("/api/register?pageSize=10000", "pageSize")]
    [InlineData("/api/register?pageSize=0", "pageSize")]
    [InlineData("/api/register?page=0", "page must be 1 or more")]
    [InlineData("/api/register?status=valid", "status 'valid' is unknown")]
    public async Task Search_WithAnInvalidQuery_Is400WithAClearMessage(string url, string message)
    {
        var problem = await _client.GetProblem(url, HttpStatusCode.BadRequest);

        Assert.Contains(message, problem.Detail());
    }

    [Fact]
    public async Task Search_ByTextCityAndStatus_UsesTheEffectiveStatus()
    {
        var byText = await _client.GetJson<RegisterPageResponse>("/api/register?q=MEERZICHT");
        var expired = Assert.Single(byText.Items);
        Assert.Equal((DemoCertificates.Expired.KvkNumber, "expired"), (expired.KvkNumber, expired.Status));

        var byCity = await _client.GetJson<RegisterPageResponse>("/api/register?city=delft");
        Assert.Equal([DemoCertificates.Suspended.KvkNumber], byCity.Items.Select(i => i.KvkNumber));
        Assert.Empty((await _client.GetJson<RegisterPageResponse>("/api/register?city=Delf")).Items); // city is exact, q is partial

        var suspended = await _client.GetJson<RegisterPageResponse>("/api/register?status=suspended");
        Assert.All(suspended.Items, i => Assert.Equal("suspended", i.Status));
        Assert.Contains(suspended.Items, i => i.KvkNumber == DemoCertificates.Suspended.KvkNumber);
        var certified = await _client.GetJson<RegisterPageResponse>("/api/register?status=certified");
        Assert.Equal([DemoCertificates.Valid.KvkNumber], certified.Items.Select(i => i.KvkNumber));
    }

    [Theory]
    [InlineData("%25")]
    [InlineData("_")]
    public async Task Search_TreatsLikeWildcardsAsText(string q)
    {
        Assert.Equal(0, (await _client.GetJson<RegisterPageResponse>($"/api/register?q={q}")).Total);
    }

    [Theory]
    [InlineData("1234567")]
    [InlineData("123456789")]
    [InlineData("1234567a")]
    public async Task Organisation_WithAMalformedKvkNumber_Is400(string kvk)
    {
        var problem = await _client.GetProblem($"/api/register/{kvk}", HttpStatusCode.BadRequest);

        Assert.Contains("exactly 8 digits", problem.Detail());
    }

    [Theory]
    [InlineData("00000001")]
    [InlineData(Employers.DemoKvkNumber)] // a registered organisation without any certificate
    public async Task Organisation_WithoutCertificates_Is404(string kvk)
    {
        var problem = await _client.GetProblem($"/api/register/{kvk}", HttpStatusCode.NotFound);

        Assert.Contains(kvk, problem.Detail());
    }

    [Fact]
    public async Task Organisation_OnADate_ReadsTheHistory_BeforeAndAfterTheSuspension()
    {
        var today = await app.Organisation(DemoCertificates.Suspended);
        var certificate = Assert.Single(today.Certificates);
        Assert.Equal("suspended", today.Status);
        var suspendedOn = certificate.StatusSince!.Value;

        var before = await app.Organisation(DemoCertificates.Suspended, on: Iso(suspendedOn.AddDays(-1)));
        var after = await app.Organisation(DemoCertificates.Suspended, on: Iso(suspendedOn));
        var beforeIssue = await app.Organisation(DemoCertificates.Suspended, on: Iso(certificate.ValidFrom.AddDays(-1)));

        Assert.Equal(("certified", certificate.CertificateNumber), (before.Status, before.CertificateNumber));
        Assert.Equal(("suspended", certificate.CertificateNumber), (after.Status, after.CertificateNumber));
        Assert.Equal(("none", (string?)null), (beforeIssue.Status, beforeIssue.CertificateNumber));
        Assert.Equal(certificate.ValidFrom.AddDays(-1), beforeIssue.On);
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("23-11-2026")]
    [InlineData("tomorrow")]
    public async Task Organisation_OnAMalformedDate_Is400(string on)
    {
        var problem = await _client.GetProblem($"/api/register/{DemoCertificates.Valid.KvkNumber}?on={on}", HttpStatusCode.BadRequest);

        Assert.Contains("yyyy-MM-dd", problem.Detail());
    }

    [Fact]
    public async Task Certificate_Expired_SaysSinceTheFirstDayWithoutValidity()
    {
        var number = await app.CertificateNumberOf(DemoCertificates.Expired);

        var certificate = await _client.GetJson<CertificateResponse>($"/api/certificates/{number.ToLowerInvariant()}");

        Assert.Equal(("expired", number), (certificate.Status, certificate.CertificateNumber));
        Assert.Equal(certificate.ValidUntil.AddDays(1), certificate.StatusSince);
        Assert.True(certificate.StatusSince < DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime));
    }

    [Fact]
    public async Task Certificate_Unknown_Is404()
    {
        var problem = await _client.GetProblem("/api/certificates/HSS-1999-99999", HttpStatusCode.NotFound);

        Assert.Contains("HSS-1999-99999", problem.Detail());
    }

    [Fact]
    public async Task Get_FromAnotherOrigin_IsAllowed_ButOnlyForReading()
    {
        var get = new HttpRequestMessage(HttpMethod.Get, "/api/register");
        get.Headers.Add("Origin", "https://stagebureau.school.example");
        var response = await _client.SendAsync(get);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));

        var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/register");
        preflight.Headers.Add("Origin", "https://stagebureau.school.example");
        preflight.Headers.Add("Access-Control-Request-Method", "DELETE");
        var refused = await _client.SendAsync(preflight);
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"), "A DELETE preflight must not be allowed.");

        var page = new HttpRequestMessage(HttpMethod.Get, "/register");
        page.Headers.Add("Origin", "https://stagebureau.school.example");
        Assert.False((await _client.SendAsync(page)).Headers.Contains("Access-Control-Allow-Origin"), "Only the API is open to other origins.");
    }
}
