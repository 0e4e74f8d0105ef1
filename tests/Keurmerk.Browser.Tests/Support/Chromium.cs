using Microsoft.Playwright;

namespace Keurmerk.Browser.Tests.Support;

/// <summary>
/// Debian's Chromium, never a browser Playwright downloads: ./test.sh installs the `chromium` package when it is
/// missing. Playwright's driver (node and its package) ships inside the NuGet package and is copied to the build output.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static Task<IBrowser> Launch(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"{ExecutablePath} is missing: run ./test.sh (it installs Debian's chromium package).");
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // --no-sandbox: the suite runs as root (CI too), where Chromium's sandbox refuses to start.
            Args =
            [
                "--no-sandbox", "--headless", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }
}

public static class Viewports
{
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 900 };

    /// <summary>A common phone width (iPhone 12-15): every page must work here without sideways scrolling.</summary>
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
}
