using Keurmerk.Audits.Transparency;
using Keurmerk.Tests;
using Keurmerk.Web.Features.AuditLog;
using Keurmerk.Web.Features.Transparency;
using Keurmerk.Web.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using System.Text.Json.Nodes;

namespace Keurmerk.Web.Tests.Transparency;

/// <summary>Runs the checkpoint job, saves what a school would save, and runs the command against it.</summary>
public static class TransparencySupport
{
    public static Task<StoredCheckpoint?> PublishCheckpoint(this AppFixture app) =>
        app.Services.GetRequiredService<CheckpointPublisher>().PublishIfChanged();

    /// <summary>A checkpoint there is now: published if anything changed, else the latest.</summary>
    public static async Task<long> CurrentCheckpoint(this AppFixture app)
    {
        await app.PublishCheckpoint();
        var latest = JsonNode.Parse(await app.CreateClient().GetStringAsync("/transparency/checkpoints/latest"))!;
        return latest["sequence"]!.GetValue<long>();
    }

    /// <summary>The checkpoint's JSON as downloaded, in a temporary file.</summary>
    public static async Task<string> SaveCheckpoint(this AppFixture app, long sequence) =>
        await app.Save(await app.CreateClient().GetStringAsync($"/transparency/checkpoints/{sequence}"));

    public static async Task<string> SaveJwks(this AppFixture app) =>
        await app.Save(await app.CreateClient().GetStringAsync("/.well-known/jwks.json"));

    public static async Task<string> Save(this AppFixture app, string text)
    {
        Directory.CreateDirectory(app.FilesFolder);
        var path = Path.Combine(app.FilesFolder, $"{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, text);
        return path;
    }

    /// <summary>verify-audit-chain with these arguments, as from the command line; the exit code and what it printed.</summary>
    public static async Task<(int ExitCode, string Output)> VerifyAuditChain(this AppFixture app, params string[] arguments)
    {
        var output = new StringWriter();
        var exitCode = await VerifyAuditChainCommand.Run([VerifyAuditChainCommand.Argument, .. arguments], TestDatabase.ConnectionString, app.Schema,
            app.Services.GetRequiredService<IConfiguration>(), app.Services.GetRequiredService<IHostEnvironment>(), output);
        return (exitCode, output.ToString());
    }
}
