using Keurmerk.Web.Features.AuditLog;
using Keurmerk.Web.Infrastructure.Operations;
using Keurmerk.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using System.Net;

namespace Keurmerk.Web.Tests.Operations;

/// <summary>
/// The previous release's database (Dumps/release-2026-12-02.sql: pg_dump of a database that release made,
/// with its demo data, a school following two organisations, a webhook with its secret in plain text, a
/// signal) upgraded by `db-apply` the way the README's upgrade procedure does it.
/// </summary>
public class DatabaseUpgradeTests
{
    public const string ReleaseDump = "Operations/Dumps/release-2026-12-02.sql";
    public const string PlainSecretInDump = "ef715a92a7fe195749dd31a8baf6b3ea784a0ce48ea86556bd285155dbb31049";

    /// <summary>
    /// The rows of every table the previous release had (tables this release adds, such as projections rebuilt
    /// from the events, are new, not lost; the async daemon's own bookkeeping is left out), and a digest of every event as stored.
    /// </summary>
    private const string Inventory = """
        select string_agg(t.table_name || '=' || (xpath('/row/c/text()', query_to_xml(format('select count(*) as c from keurmerk.%I', t.table_name), false, true, '')))[1]::text, ',' order by t.table_name)
          || ' events:' || (select md5(string_agg(seq_id || stream_id::text || version || type || data::text, '|' order by seq_id)) from keurmerk.mt_events)
          || ' documents:' || (select md5(string_agg(id::text || (data - 'SearchKey' - 'SortKey' - 'CityKey')::text, '|' order by id)) from keurmerk.mt_doc_registerentry)
          from information_schema.tables t where t.table_schema = 'keurmerk' and t.table_name in ('mt_doc_appuser', 'mt_doc_assessmentdetails', 'mt_doc_deadletterevent', 'mt_doc_evidencecontent', 'mt_doc_follow', 'mt_doc_notification', 'mt_doc_objectiondetails', 'mt_doc_organisation', 'mt_doc_registerentry', 'mt_doc_signaldetails', 'mt_doc_webhookdelivery', 'mt_events', 'mt_streams')
        """;

    private static Dictionary<string, string> Production(ScratchDatabase database) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ConnectionStrings__Keurmerk"] = database.ConnectionString,
    };

    [Fact]
    public async Task PreviousRelease_UpgradedWithDbApply_LosesNothing_EncryptsTheSecret_AndRunsWithoutCreatingSchema()
    {
        await using var database = await ScratchDatabase.Create("upgrade");
        await database.Restore(Path.Combine(AppContext.BaseDirectory, ReleaseDump));
        var before = await database.Scalar<string>(Inventory);

        var (exitCode, output) = await AppProcess.Run(DatabaseSchema.ApplyCommand, Production(database));

        Assert.True(exitCode == 0, output);
        Assert.Contains("keurmerk.mt_doc_dataprotectionkey (Create)", output); // what was pending, reported
        Assert.Contains("Webhook secrets encrypted now: 1", output);
        Assert.Equal(before, await database.Scalar<string>(Inventory));
        var stored = await database.Scalar<string>("select data->>'Secret' from keurmerk.mt_doc_webhook");
        Assert.StartsWith(SecretProtection.Prefix, stored);
        Assert.DoesNotContain(PlainSecretInDump, await database.Scalar<string>("select string_agg(data::text, '') from keurmerk.mt_doc_webhook"));
        var chain = new StringWriter();
        Assert.True(await VerifyAuditChainCommand.Run(database.ConnectionString, "keurmerk", chain) == 0, chain.ToString());

        // Again: nothing left to do, nothing changed.
        var (againCode, again) = await AppProcess.Run(DatabaseSchema.ApplyCommand, Production(database));
        Assert.True(againCode == 0, again);
        Assert.Contains("Marten schema: up to date.", again);
        Assert.Contains("Webhook secrets encrypted now: 0", again);

        // Production starts on it (AutoCreate.None, nothing pending) and the old data reads as before.
        await using var app = new DatabaseApp(database.ConnectionString, "keurmerk", "Production");
        Assert.Equal(PlainSecretInDump, app.Services.GetRequiredService<SecretProtection>().Reveal(stored));
        var school = app.NewSession();
        await school.LogIn("stagebureau@hhs.demo", Infrastructure.Demo.DemoData.Password);
        var page = await school.Get("/school");
        Assert.Contains("http://127.0.0.1:9/keurmerk-hook", page.Body!.TextContent);
        Assert.NotNull(page.QuerySelector("table.follows tr[data-kvk='27418530']"));
        var register = await app.CreateClient().GetAsync("/api/register/27418530");
        Assert.Equal(HttpStatusCode.OK, register.StatusCode);
        Assert.Contains("\"certified\"", await register.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Production_OnADatabaseWithoutTheSchema_RefusesToStart_AndNamesDbApply()
    {
        await using var database = await ScratchDatabase.Create("noschema");

        var (exitCode, output) = await AppProcess.StartExpectingExit(Production(database));

        Assert.NotEqual(0, exitCode);
        Assert.Contains(DatabaseSchema.ApplyCommand, output);
        // Nothing was created behind the operator's back.
        Assert.Equal(0L, await database.Scalar<long>("select count(*) from information_schema.tables where table_schema like 'keurmerk%'"));
    }
}
