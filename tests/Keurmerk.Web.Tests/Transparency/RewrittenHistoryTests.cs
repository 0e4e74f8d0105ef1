using Keurmerk.Audits.AuditChain;
using Keurmerk.Tests;
using Keurmerk.Web.Tests.Support;
using Npgsql;

namespace Keurmerk.Web.Tests.Transparency;

/// <summary>
/// Someone with database access rewrites one whole stream consistently: an event changed and every hash
/// after it recomputed, so the chain itself holds. Only a checkpoint saved earlier gives it away.
/// </summary>
public class RewrittenHistoryTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly AppFixture app = fixture;

    [Fact]
    public async Task ConsistentRewrite_PassesThePlainCheck_ButNotTheCheckAgainstAnEarlierCheckpoint()
    {
        var (_, rewritten) = await app.SubmittedAssessment();
        var (_, untouched) = await app.SubmittedAssessment();
        var saved = await app.SaveCheckpoint(await app.CurrentCheckpoint());
        var jwks = await app.SaveJwks();

        await RewriteConsistently(rewritten);
        var plain = await app.VerifyAuditChain();
        var against = await app.VerifyAuditChain("--against", saved, "--trust", jwks);
        var republished = await app.PublishCheckpoint();

        Assert.Equal(0, plain.ExitCode);
        Assert.StartsWith("Audit chain intact", plain.Output);
        Assert.Equal(1, against.ExitCode);
        Assert.Contains("History DIFFERS", against.Output);
        Assert.Contains($"stream {rewritten} at version", against.Output);
        Assert.DoesNotContain(untouched.ToString(), against.Output);
        Assert.Contains("1 of", against.Output);
        // The job commits to the rewritten history from now on; the earlier checkpoint still convicts it.
        Assert.NotNull(republished);
        Assert.Equal(1, (await app.VerifyAuditChain("--against", saved, "--trust", jwks)).ExitCode);
    }

    private async Task RewriteConsistently(Guid stream)
    {
        var schema = app.Schema;
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($$"""
            update {{schema}}.mt_events set data = jsonb_set(data, '{Value}', '"no"') where stream_id = @stream and version = 2;
            do $rewrite$
            declare
                e record;
                previous text := '';
                recomputed text;
            begin
                for e in select * from {{schema}}.mt_events where stream_id = '{{stream}}' order by version loop
                    recomputed := {{schema}}.{{AuditChainSchema.HashFunctionName}}(e.stream_id, e.version, e.type, e.data, e.bdata, previous);
                    update {{schema}}.{{AuditChainSchema.TableName}} set hash = recomputed, previous_hash = previous where seq_id = e.seq_id;
                    previous := recomputed;
                end loop;
            end
            $rewrite$;
            """, connection);
        command.Parameters.AddWithValue("stream", stream);
        await command.ExecuteNonQueryAsync();
    }
}
