using Keurmerk.Web.Features.AuditLog;
using Keurmerk.Web.Infrastructure.Jobs;
using Keurmerk.Web.Tests.Schools;
using Keurmerk.Web.Tests.Support;

namespace Keurmerk.Web.Tests.Operations;

/// <summary>The README's backup runbook, done: pg_dump of a live database, pg_restore into a fresh one.</summary>
public class BackupRestoreTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task ADumpRestoredIntoAFreshDatabase_VerifiesItsAuditChains_AndTheRegisterAnswersTheSame()
    {
        var certified = await app.CertifiedOrganisation();
        var suspended = await app.CertifiedOrganisation();
        await app.Suspend(suspended.AssessmentId);
        var asked = new[] { "/api/register?pageSize=100", $"/api/register/{certified.KvkNumber}", $"/api/register/{suspended.KvkNumber}",
            $"/api/certificates/{certified.CertificateNumber}", $"/api/certificates/{suspended.CertificateNumber}" };
        var client = app.CreateClient();
        var before = await Task.WhenAll(asked.Select(client.GetStringAsync));

        var file = Path.Combine(Path.GetTempPath(), $"keurmerk-backup-{Guid.NewGuid():N}.dump");
        try
        {
            await ScratchDatabase.Dump(ScratchDatabase.DatabaseOf(Keurmerk.Tests.TestDatabase.ConnectionString), file,
                app.Schema, JobsSetup.HangfireSchema(app.Schema));
            await using var restored = await ScratchDatabase.Create("restore");
            await restored.RestoreCustom(file);

            var original = new StringWriter();
            Assert.Equal(0, await VerifyAuditChainCommand.Run(Keurmerk.Tests.TestDatabase.ConnectionString, app.Schema, original));
            var chain = new StringWriter();
            Assert.True(await VerifyAuditChainCommand.Run(restored.ConnectionString, app.Schema, chain) == 0, chain.ToString());
            Assert.Equal(original.ToString(), chain.ToString()); // the same streams and events, every chain intact
            // Production: it refuses to start if the restore left any table, function or trigger out.
            await using var restoredApp = new DatabaseApp(restored.ConnectionString, app.Schema, "Production", app.Clock);
            var restoredClient = restoredApp.CreateClient();
            var after = await Task.WhenAll(asked.Select(restoredClient.GetStringAsync));
            Assert.Equal(before, after);
            Assert.Contains(suspended.CertificateNumber, after[0]);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
