using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Keurmerk.Browser.Tests.Support;

/// <summary>The checks every page must pass, in a real browser: axe (WCAG 2.1 AA and best practice) and phone width.</summary>
public static class PageChecks
{
    private static readonly string[] Blocking = ["critical", "serious"];

    /// <summary>Runs axe on the page as it is now; fails with every critical or serious violation, element by element.</summary>
    public static async Task AssertNoSeriousAxeViolations(this IPage page, string what)
    {
        var result = await page.RunAxe(new AxeRunOptions());
        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0, $"axe on {what}:{Environment.NewLine}" + string.Join(Environment.NewLine, blocking.Select(Describe)));
    }

    private static string Describe(AxeResultItem violation) =>
        $"- {violation.Impact} {violation.Id}: {violation.Help} ({violation.HelpUrl}){Environment.NewLine}" +
        string.Join(Environment.NewLine, violation.Nodes.Take(5).Select(n =>
            $"    {n.Target}: {n.Html}{Environment.NewLine}      {string.Join(" / ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}"));

    /// <summary>
    /// Nothing scrolls sideways: neither the page itself nor a box on it (a table in a scroll box counts as sideways scrolling).
    /// </summary>
    public static async Task AssertNoHorizontalScroll(this IPage page, string what)
    {
        var overflowing = await page.EvaluateAsync<string[]>("""
            () => {
              const found = [];
              const root = document.documentElement;
              if (root.scrollWidth > root.clientWidth + 1) {
                found.push(`the page is ${root.scrollWidth}px wide in a ${root.clientWidth}px window; sticking out:`);
                // The innermost elements past the right edge: these are what to fix.
                const past = [...document.body.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > root.clientWidth + 1);
                for (const e of past.filter((e) => !past.some((other) => other !== e && e.contains(other))).slice(0, 6))
                  found.push(`  ${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${[...e.classList].join('.')} "${e.textContent.trim().slice(0, 40)}" ends at ${Math.round(e.getBoundingClientRect().right)}px`);
              }
              for (const element of document.body.querySelectorAll('*')) {
                const style = getComputedStyle(element);
                if (!['auto', 'scroll'].includes(style.overflowX)) continue;
                if (element.scrollWidth > element.clientWidth + 1)
                  found.push(`${element.tagName.toLowerCase()}${element.id ? '#' + element.id : ''}.${[...element.classList].join('.')} scrolls sideways (${element.scrollWidth}px in ${element.clientWidth}px)`);
              }
              return found;
            }
            """);
        Assert.True(overflowing.Length == 0, $"{what} at {page.ViewportSize?.Width}px:{Environment.NewLine}" + string.Join(Environment.NewLine, overflowing));
    }

    /// <summary>A full-page screenshot into the git-ignored .data/screenshots of the repository, for people to look at.</summary>
    public static async Task Screenshot(this IPage page, string name)
    {
        var folder = Path.Combine(RepositoryRoot(), ".data", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}-{page.ViewportSize?.Width}.png"), FullPage = true });
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Keurmerk.sln"))) directory = directory.Parent;
        return directory?.FullName ?? Path.GetTempPath();
    }
}
