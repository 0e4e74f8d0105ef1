using Keurmerk.Web.Infrastructure.Demo;
using Keurmerk.Web.Tests.Support;
using Snapshooter.Xunit;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Keurmerk.Web.Tests.Register;

/// <summary>
/// The API is a contract with schools' systems: any change to its shape shows up here for review.
/// Certificate numbers come from a database sequence, so they are checked for their format and then
/// left out of the snapshots; dates are fixed by the test clock and stay in.
/// </summary>
public partial class RegisterApiContractTests(AppFixture app) : IClassFixture<AppFixture>
{
    [GeneratedRegex(@"^HSS-\d{4}-\d{5}$")]
    private static partial Regex CertificateNumber();

    [Fact]
    public async Task Organisation_MatchesSnapshot()
    {
        var json = await app.CreateClient().GetStringAsync($"/api/register/{DemoCertificates.Suspended.KvkNumber}");

        var body = JsonNode.Parse(json)!;
        var number = body["certificateNumber"]!.GetValue<string>();
        Assert.Matches(CertificateNumber(), number);
        Assert.Equal(number, body["certificates"]![0]!["certificateNumber"]!.GetValue<string>());
        Assert.Equal($"/verify/{number}", body["certificates"]![0]!["verifyUrl"]!.GetValue<string>());
        Snapshot.Match(RegisterTestSupport.ForSnapshot(json), options => options
            .IgnoreAllFields("certificateNumber").IgnoreAllFields("verifyUrl").IgnoreAllFields("pdfUrl"));
    }

    [Fact]
    public async Task Certificate_MatchesSnapshot()
    {
        var number = await app.CertificateNumberOf(DemoCertificates.Valid);

        var json = await app.CreateClient().GetStringAsync($"/api/certificates/{number}");

        var body = JsonNode.Parse(json)!;
        Assert.Equal($"/verify/{number}", body["verifyUrl"]!.GetValue<string>());
        Assert.Equal($"/certificates/{number}/pdf", body["pdfUrl"]!.GetValue<string>());
        Snapshot.Match(RegisterTestSupport.ForSnapshot(json), options => options
            .IgnoreField("certificateNumber").IgnoreField("verifyUrl").IgnoreField("pdfUrl"));
    }

    [Fact]
    public async Task OpenApiDocument_DescribesOnlyTheApi_WithItsParametersAndResponses()
    {
        var document = JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"))!;

        // Per path and method: its parameters (name, where, required, type) and its response codes.
        var summary = new JsonObject();
        foreach (var (path, operations) in document["paths"]!.AsObject().OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var methods = new JsonObject();
            foreach (var (method, operation) in operations!.AsObject().OrderBy(o => o.Key, StringComparer.Ordinal))
            {
                methods[method] = new JsonObject
                {
                    ["parameters"] = new JsonArray([.. (operation!["parameters"]?.AsArray() ?? []).Select(p => (JsonNode)JsonValue.Create(
                        $"{p!["name"]} in {p["in"]}{(p["required"]?.GetValue<bool>() == true ? ", required" : "")}: {p["schema"]?["type"]?.ToJsonString().Trim('"')}"))]),
                    ["responses"] = new JsonArray([.. operation["responses"]!.AsObject().OrderBy(r => r.Key, StringComparer.Ordinal)
                        .Select(r => (JsonNode)JsonValue.Create($"{r.Key} {string.Join(", ", r.Value!["content"]?.AsObject().Select(c => c.Key) ?? [])}"))]),
                };
            }
            summary[path] = methods;
        }

        Assert.All(summary.Select(p => p.Key), path => Assert.True(path.StartsWith("/api/", StringComparison.Ordinal) || path is "/register.csv" or "/register.json"
            || path.StartsWith("/transparency/", StringComparison.Ordinal), path));
        Snapshot.Match(RegisterTestSupport.ForSnapshot(summary.ToJsonString()));
    }
}
