using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Keurmerk.Web.Tests.Operations;

/// <summary>
/// The app as an operator runs it: its own `dotnet Keurmerk.Web.dll` process (the build beside the tests),
/// configured by environment variables, on a port of its own. Its console output is kept for the test.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private AppProcess(string[] args, IDictionary<string, string> settings)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(AppDll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        // Only what the test says: nothing inherited from the test host's own ASP.NET settings.
        info.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        info.Environment.Remove("ConnectionStrings__Keurmerk");
        foreach (var (key, value) in settings) info.Environment[key] = value;
        _process = new Process { StartInfo = info };
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) _output.Enqueue(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _output.Enqueue(e.Data); };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string BaseUrl { get; private init; } = "";
    public IReadOnlyList<string> Output => [.. _output];
    public bool HasExited => _process.HasExited;

    public static string AppDll => Path.Combine(AppContext.BaseDirectory, "Keurmerk.Web.dll");

    /// <summary>Starts the web app and waits until /health/live answers.</summary>
    public static async Task<AppProcess> StartWeb(IDictionary<string, string> settings, TimeSpan? timeout = null)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var app = new AppProcess([], new Dictionary<string, string>(settings) { ["ASPNETCORE_URLS"] = url }) { BaseUrl = url };
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromMinutes(3));
        while (DateTime.UtcNow < deadline)
        {
            if (app.HasExited) throw new InvalidOperationException($"The app stopped at start-up:\n{string.Join('\n', app.Output)}");
            try
            {
                if ((await client.GetAsync(url + "/health/live")).StatusCode == HttpStatusCode.OK) return app;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            await Task.Delay(250);
        }
        await app.DisposeAsync();
        throw new TimeoutException($"The app did not answer in time:\n{string.Join('\n', app.Output)}");
    }

    /// <summary>Runs a command (e.g. db-apply) to its end; gives its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> Run(string command, IDictionary<string, string> settings, TimeSpan? timeout = null)
    {
        await using var app = new AppProcess([command], settings);
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(3));
        await app._process.WaitForExitAsync(cancel.Token);
        return (app._process.ExitCode, string.Join('\n', app.Output));
    }

    /// <summary>Starts the web app and waits for it to stop by itself (a refusal at start-up).</summary>
    public static async Task<(int ExitCode, string Output)> StartExpectingExit(IDictionary<string, string> settings, TimeSpan? timeout = null) =>
        await Run("--urls=http://127.0.0.1:" + FreePort(), settings, timeout);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
