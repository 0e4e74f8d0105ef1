using ClosedXML.Excel;
using CsvHelper;
using CsvHelper.Configuration;
using Keurmerk.Web.Tests.Support;
using System.Globalization;
using System.Net;
using System.Text;

namespace Keurmerk.Web.Tests.Exports;

/// <summary>Reads a download back the way a person's spreadsheet would: CSV with CsvHelper, XLSX with ClosedXML.</summary>
public static class ExportSupport
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The CSV's rows (the first the headers), after checking it is a UTF-8 CSV with BOM and a safe attachment name.</summary>
    public static async Task<List<string[]>> Csv(this WebSession session, string url, string fileNameStart)
    {
        var response = await session.Client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        AssertSafeAttachment(response, fileNameStart, ".csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        using var reader = new StringReader(Encoding.UTF8.GetString(bytes[3..]));
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.GetCultureInfo("nl-NL")) { Delimiter = ";", HasHeaderRecord = false });
        var rows = new List<string[]>();
        while (await csv.ReadAsync()) rows.Add(csv.Parser.Record!);
        return rows;
    }

    /// <summary>A sheet's rows as text (the first the headers; the first sheet unless named), after checking the type and attachment name.</summary>
    public static async Task<List<string[]>> Xlsx(this WebSession session, string url, string fileNameStart, string? sheetName = null)
    {
        var response = await session.Client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(XlsxType, response.Content.Headers.ContentType?.MediaType);
        AssertSafeAttachment(response, fileNameStart, ".xlsx");
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = sheetName is null ? workbook.Worksheets.First() : workbook.Worksheet(sheetName);
        var width = sheet.LastColumnUsed()?.ColumnNumber() ?? 0;
        return [.. sheet.RowsUsed().Select(r => Enumerable.Range(1, width).Select(c => r.Cell(c).GetFormattedString()).ToArray())];
    }

    /// <summary>An attachment whose name is plain ASCII without path or quote characters, so no browser or shell misreads it.</summary>
    public static void AssertSafeAttachment(HttpResponseMessage response, string fileNameStart, string extension)
    {
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.NotNull(disposition);
        Assert.Equal("attachment", disposition.DispositionType);
        var name = (disposition.FileNameStar ?? disposition.FileName)!.Trim('"');
        Assert.StartsWith(fileNameStart, name, StringComparison.Ordinal);
        Assert.EndsWith(extension, name, StringComparison.Ordinal);
        Assert.Matches("^[a-z0-9.-]+$", name);
    }

    public static int Column(this List<string[]> rows, string header)
    {
        var index = Array.IndexOf(rows[0], header);
        Assert.True(index >= 0, $"No column '{header}' in: {string.Join(" | ", rows[0])}");
        return index;
    }

    public static List<string> Values(this List<string[]> rows, string header)
    {
        var column = rows.Column(header);
        return [.. rows.Skip(1).Select(r => r.Length > column ? r[column] : "")];
    }

    /// <summary>The app's today in the Netherlands, as the download file names carry it.</summary>
    public static string Today(this AppFixture app) =>
        Keurmerk.Domain.DutchCalendar.DateOf(app.Clock.GetUtcNow()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A session that reads the site in English (the header's language switch).</summary>
    public static async Task<WebSession> InEnglish(this WebSession session)
    {
        await session.Get("/language/en?returnUrl=%2F", HttpStatusCode.Redirect);
        return session;
    }
}
