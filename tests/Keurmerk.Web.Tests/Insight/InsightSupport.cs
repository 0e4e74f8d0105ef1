using AngleSharp.Dom;
using Keurmerk.Web.Tests.Support;
using Marten;
using Marten.Events;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Keurmerk.Web.Tests.Insight;

/// <summary>The app with the dashboard's cache off, so each request reads what the daemon has projected by then.</summary>
public class InsightAppFixture : AppFixture
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Insight:CacheSeconds", "0");
    }
}

/// <summary>With the threshold at 0 nothing is suppressed, so the tests can read the projected counts themselves.</summary>
public sealed class UnsuppressedInsightAppFixture : InsightAppFixture
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Insight:SmallCellThreshold", "0");
    }
}

public static class InsightSupport
{
    public const string Network = "datalab@denhaag.demo";

    /// <summary>Waits until the async daemon has projected every event appended so far; no sleeping.</summary>
    public static Task CatchUp(this AppFixture app) =>
        app.Services.GetRequiredService<IDocumentStore>().WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));

    /// <summary>A cell of a dashboard table by row label and column header, as text.</summary>
    public static string Cell(this IDocument page, string table, string row, string column)
    {
        var element = page.QuerySelector($"table[data-table='{table}']") ?? throw new InvalidOperationException($"No table {table}");
        var headers = element.QuerySelectorAll("thead th").Select(h => h.TextContent.Trim()).ToList();
        var index = headers.IndexOf(column);
        Assert.True(index >= 0, $"No column '{column}' in {table}: {string.Join(" | ", headers)}");
        var line = element.QuerySelectorAll("tr").FirstOrDefault(tr => tr.QuerySelector("th")?.TextContent.Trim() == row)
            ?? throw new InvalidOperationException($"No row '{row}' in {table}");
        return line.Children[index].TextContent.Trim();
    }
}
