using AngleSharp.Dom;
using ClosedXML.Excel;
using Keurmerk.Web.Tests.Support;
using System.Globalization;
using System.Net;
using System.Text;
using UglyToad.PdfPig;

namespace Keurmerk.Web.Tests.Insight;

/// <summary>The dashboard with the real threshold: the demo's few organisations are all under it, everywhere.</summary>
public sealed class InsightPageTests(InsightAppFixture app) : IClassFixture<InsightAppFixture>
{
    [Fact]
    public async Task TheNetworkAccount_SeesTheDashboard_WithFiguresAsOf()
    {
        await app.CatchUp();
        var network = await app.LoggedIn(InsightSupport.Network);

        var page = await network.Get("/insight");

        Assert.Contains("Cijfers per", page.QuerySelector("#as-of")!.TextContent);
        foreach (var table in new[] { "pipeline", "conversion", "time", "criteria", "sections", "sector", "size", "city", "signals", "objections" })
            Assert.NotNull(page.QuerySelector($"table[data-table='{table}']"));
        Assert.Equal(10, page.QuerySelectorAll("svg.insight-chart").Length);
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
    }

    [Fact]
    public async Task NoCountUnderTheThreshold_IsVisible_InTablesOrCharts()
    {
        await app.CatchUp();
        var network = await app.LoggedIn(InsightSupport.Network);

        var page = await network.Get("/insight");

        var shown = page.QuerySelectorAll("table.insight-table td, svg.insight-chart text.insight-chart-value").Select(e => e.TextContent.Trim()).ToList();
        Assert.NotEmpty(shown);
        Assert.Contains("< 10", shown);
        Assert.All(shown, AtLeastTheThreshold);
        // A hidden figure draws no bar either.
        Assert.Empty(page.QuerySelectorAll("svg[aria-label='Van aanmelding tot keurmerk, per kwartaal'] rect"));
    }

    [Theory]
    [InlineData("/insight?from=2026-Q5")]
    [InlineData("/insight?from=2026-Q3&to=2025-Q1")]
    [InlineData("/insight?size=Huge")]
    [InlineData("/insight?version=99")]
    [InlineData("/insight?from=2000-Q1&to=2026-Q4")]
    public async Task AFilterThatMakesNoSense_Is400_WithAMessage(string url)
    {
        var network = await app.LoggedIn(InsightSupport.Network);

        var page = await network.Get(url, HttpStatusCode.BadRequest);

        Assert.NotEmpty(page.QuerySelector("[role=alert]")!.TextContent.Trim());
    }

    [Fact]
    public async Task TheSchoolAccount_IsDenied_AndAnonymousIsSentToLogIn()
    {
        var school = await app.LoggedIn("stagebureau@hhs.demo");
        var denied = await school.Client.GetAsync("/insight");
        Assert.True(denied.StatusCode == HttpStatusCode.Forbidden
            || (denied.StatusCode == HttpStatusCode.Redirect && Employers.RedirectPath(denied).StartsWith("/account/denied", StringComparison.Ordinal)));

        var anonymous = await app.NewSession().Client.GetAsync("/insight/report.xlsx");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/login", Employers.RedirectPath(anonymous), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATableAsCsv_IsUtf8WithBom_SemicolonSeparated_AndSuppressed()
    {
        await app.CatchUp();
        var network = await app.LoggedIn(InsightSupport.Network);

        var response = await network.Client.GetAsync("/insight/tables/pipeline.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Kwartaal;Aangemeld;Zelfevaluatie gestart;", lines[0], StringComparison.Ordinal);
        Assert.Equal(9 + 1, lines.Length); // eight quarters and the totals
        Assert.All(lines.Skip(1).SelectMany(l => l.Split(';').Skip(1)), AtLeastTheThreshold);
        Assert.Contains("< 10", lines[^1]);
    }

    [Fact]
    public async Task TheMeasurementReport_IsAWorkbookWithASheetPerTable_AndAPdfWithItsCharts()
    {
        await app.CatchUp();
        var network = await app.LoggedIn(InsightSupport.Network);

        var xlsx = await network.Client.GetAsync("/insight/report.xlsx?from=2025-Q1&to=2026-Q4");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Contains("keurmerk-meting-2025-Q1-2026-Q4.xlsx", xlsx.Content.Headers.ContentDisposition?.ToString());
        using (var workbook = new XLWorkbook(await xlsx.Content.ReadAsStreamAsync()))
        {
            Assert.Equal(10, workbook.Worksheets.Count); // nine tables and the conversion
            var pipeline = workbook.Worksheets.First();
            Assert.Equal("Kwartaal", pipeline.Cell(1, 1).GetString());
            Assert.Equal("2025-Q1", pipeline.Cell(2, 1).GetString());
            foreach (var sheet in workbook.Worksheets)
                foreach (var cell in sheet.CellsUsed().Where(c => c.Address.RowNumber > 1 && c.Address.ColumnNumber > 1))
                    AtLeastTheThreshold(cell.GetFormattedString());
        }

        var pdf = await network.Client.GetAsync("/insight/report.pdf?from=2025-Q1&to=2026-Q4");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.Length < 150_000, $"{bytes.Length} bytes: the fonts should be subset to the report's text");
        using var document = PdfDocument.Open(bytes);
        var text = string.Join("\n", document.GetPages().Select(p => p.Text));
        Assert.Contains("Meting Keurmerk 2025-Q1", text);
        Assert.Contains("Doorlooptijden in dagen", text);
        Assert.Contains("< 10", text);
    }

    /// <summary>A published figure: the suppression marker, a dash, a percentage, or a number at least the threshold.</summary>
    private static void AtLeastTheThreshold(string text)
    {
        if (text is "< 10" or "–" or "" || text.EndsWith('%')) return;
        Assert.True(double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value), $"'{text}' is no figure");
        Assert.True(value >= 10, $"{text} is under the threshold and visible");
    }
}
