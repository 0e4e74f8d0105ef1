using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Keurmerk.Web.Tests.Credentials;

/// <summary>
/// Runs node/verify.mjs: jose from npm (version pinned by node/package-lock.json), installed once with
/// `npm ci` into the git-ignored .data/node-verifier, so the suite needs the npm registry only the first time.
/// </summary>
public static class NodeVerifier
{
    private static readonly SemaphoreSlim Install = new(1, 1);

    public static string RepositoryRoot
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Keurmerk.sln"))) folder = folder.Parent;
            return folder?.FullName ?? throw new InvalidOperationException("Keurmerk.sln not found above the test binaries.");
        }
    }

    public static string PageScript => Path.Combine(RepositoryRoot, "src", "Keurmerk.Web", "wwwroot", "verify", "offline-verifier.js");

    public static Task<JsonObject> Run(JsonObject input) => Run("verify.mjs", input);

    /// <summary>One of the scripts in node/ (verify.mjs for credentials, checkpoint.mjs for transparency checkpoints).</summary>
    public static async Task<JsonObject> Run(string script, JsonObject input)
    {
        var folder = await Installed();
        var inputFile = Path.Combine(folder, $"input-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(inputFile, input.ToJsonString());
        try
        {
            var (code, output, error) = await Exec("node", [script, inputFile], folder, TimeSpan.FromMinutes(2));
            Assert.True(code == 0, $"node {script} failed ({code}): {error}");
            return JsonNode.Parse(output)!.AsObject();
        }
        finally
        {
            File.Delete(inputFile);
        }
    }

    private static async Task<string> Installed()
    {
        var source = Path.Combine(RepositoryRoot, "tests", "Keurmerk.Web.Tests", "Credentials", "node");
        var folder = Path.Combine(RepositoryRoot, ".data", "node-verifier");
        await Install.WaitAsync();
        try
        {
            Directory.CreateDirectory(folder);
            var lockChanged = !File.Exists(Path.Combine(folder, "package-lock.json"))
                || await File.ReadAllTextAsync(Path.Combine(folder, "package-lock.json")) != await File.ReadAllTextAsync(Path.Combine(source, "package-lock.json"));
            foreach (var file in new[] { "package.json", "package-lock.json", "verify.mjs", "checkpoint.mjs" })
                File.Copy(Path.Combine(source, file), Path.Combine(folder, file), overwrite: true);
            if (lockChanged || !File.Exists(Path.Combine(folder, "node_modules", "jose", "package.json")))
            {
                var (code, output, error) = await Exec("npm", ["ci", "--no-audit", "--no-fund", "--ignore-scripts"], folder, TimeSpan.FromMinutes(5));
                Assert.True(code == 0, $"npm ci failed ({code}): {output} {error}");
            }
            return folder;
        }
        finally
        {
            Install.Release();
        }
    }

    private static async Task<(int Code, string Output, string Error)> Exec(string program, string[] args, string folder, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return (process.ExitCode, await output, await error);
    }
}
