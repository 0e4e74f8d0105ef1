using Keurmerk.Tests;
using Keurmerk.Web.Features.AuditLog;
using Keurmerk.Web.Tests.Support;
using Npgsql;

namespace Keurmerk.Web.Tests.AuditLog;

/// <summary>An answer changed directly in PostgreSQL: the admin page and the command both name the assessment and the version.</summary>
public class TamperedChainPageTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task ChangedAnswer_IsReportedOnThePage_AndByTheCommand()
    {
        var (employer, id) = await app.SubmittedAssessment();
        await using (var connection = new NpgsqlConnection(TestDatabase.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                $"""update {app.Schema}.mt_events set data = jsonb_set(data, '{"{Value}"}', '"no"') where stream_id = $1 and version = 2""", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = id });
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        var page = await (await app.LoggedIn("beheer@keurmerk.demo")).Get("/admin/audit-chain");
        var output = new StringWriter();
        var exitCode = await VerifyAuditChainCommand.Run(TestDatabase.ConnectionString, app.Schema, output);

        Assert.Equal("false", page.QuerySelector("#chain-status")!.GetAttribute("data-intact"));
        var row = page.QuerySelector($"#broken-streams tr[data-stream='{id}']")!;
        Assert.Contains(employer.OrganisationName, row.TextContent);
        Assert.Equal("2", row.QuerySelectorAll("td")[1].TextContent.Trim());
        Assert.Contains("inhoud gewijzigd", row.TextContent);
        Assert.Equal(1, exitCode);
        Assert.Contains($"stream {id} broken at version 2: ContentChanged", output.ToString());
    }
}
