using Keurmerk.Audits.Transparency;
using Keurmerk.Tests;
using Keurmerk.Web.Tests.Support;
using Npgsql;

namespace Keurmerk.Web.Tests.Transparency;

/// <summary>Someone who can switch the append-only triggers off changes a stored leaf: the check against a saved checkpoint says so.</summary>
public class ChangedCheckpointLogTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly AppFixture app = fixture;

    [Fact]
    public async Task ChangedStoredLeaf_IsReported_EvenThoughTheEventsAreUntouched()
    {
        var (_, stream) = await app.SubmittedAssessment();
        var sequence = await app.CurrentCheckpoint();
        var saved = await app.SaveCheckpoint(sequence);

        await using (var connection = new NpgsqlConnection(TestDatabase.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"""
                alter table {app.Schema}.{TransparencySchema.LeafTable} disable trigger {TransparencySchema.GuardFunction};
                update {app.Schema}.{TransparencySchema.LeafTable} set head_hash = repeat('0', 64) where stream_id = @stream;
                alter table {app.Schema}.{TransparencySchema.LeafTable} enable trigger {TransparencySchema.GuardFunction};
                """, connection);
            command.Parameters.AddWithValue("stream", stream);
            await command.ExecuteNonQueryAsync();
        }
        var (exitCode, output) = await app.VerifyAuditChain("--against", saved, "--trust", await app.SaveJwks());

        Assert.Equal(1, exitCode);
        Assert.Contains($"the stored leaves of checkpoint {sequence} do not give its signed root", output);
    }
}
