using Keurmerk.Web.Features.Register;
using Keurmerk.Web.Infrastructure.Demo;
using Keurmerk.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Keurmerk.Web.Tests.Register;

/// <summary>Reading the register API the way a school's system would: plain HTTP and JSON.</summary>
public static class RegisterTestSupport
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<T> GetJson<T>(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    /// <summary>A 400 or 404 must be ProblemDetails with a message that says what is wrong.</summary>
    public static async Task<JsonElement> GetProblem(this HttpClient client, string url, HttpStatusCode expected)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url}: expected {expected}, got {response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        return problem;
    }

    public static string Detail(this JsonElement problem) => problem.GetProperty("detail").GetString()!;

    public static Task<OrganisationResponse> Organisation(this AppFixture app, DemoOrganisation organisation, string? on = null) =>
        app.CreateClient().GetJson<OrganisationResponse>($"/api/register/{organisation.KvkNumber}" + (on is null ? "" : $"?on={on}"));

    public static async Task<string> CertificateNumberOf(this AppFixture app, DemoOrganisation organisation) =>
        (await app.Organisation(organisation)).Certificates.Single().CertificateNumber;

    /// <summary>Demo certificates for a test's own organisation, through the same real decisions as the seed.</summary>
    public static async Task<string> Certify(this AppFixture app, DemoOrganisation organisation, DateTimeOffset decidedAt)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var demo = ActivatorUtilities.CreateInstance<DemoCertificates>(scope.ServiceProvider);
        var registered = await demo.Register(organisation);
        if (registered is null)
        {
            var session = scope.ServiceProvider.GetRequiredService<Marten.IQuerySession>();
            registered = await Marten.QueryableExtensions.SingleAsync(
                session.Query<Keurmerk.Audits.Organisations.Organisation>().Where(o => o.KvkNumber == organisation.KvkNumber), default);
        }
        return (await demo.Certify(registered, decidedAt)).CertificateNumber;
    }

    /// <summary>
    /// JSON for a snapshot, its dates kept as the text the API sent (Newtonsoft would otherwise turn
    /// "2026-11-23" into a DateTime and the snapshot would no longer show the wire format).
    /// </summary>
    public static JToken ForSnapshot(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        return JToken.ReadFrom(reader);
    }
}
