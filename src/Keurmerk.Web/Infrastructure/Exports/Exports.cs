using ClosedXML.Excel;
using CsvHelper;
using CsvHelper.Configuration;
using Keurmerk.Web.Infrastructure.Localization;
using System.Globalization;
using System.Text;

namespace Keurmerk.Web.Infrastructure.Exports;

/// <summary>One column of an export: its header and how a row gives its value.</summary>
public sealed record ExportColumn<T>(string Header, Func<T, object?> Value);

/// <summary>One sheet of a workbook: a name and its rows of cells, the first row the headers.</summary>
public sealed record Sheet(string Name, IReadOnlyList<string> Headers, IEnumerable<IReadOnlyList<object?>> Rows);

/// <summary>
/// CSV and Excel files, the same way everywhere. CSV follows Dutch Excel: UTF-8 with a byte order mark
/// (so Excel reads the accents right), ';' between fields and a decimal comma, because Excel with Dutch
/// regional settings expects ';' and would put a whole ','-separated line in one cell. Dates are yyyy-MM-dd.
/// CSV is written row by row to the response; an Excel file is built in memory (the format is a zip),
/// so the largest exports are better taken as CSV.
/// </summary>
public static class Exports
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static CsvConfiguration CsvConfiguration => new(Dutch) { Delimiter = ";", NewLine = "\r\n" };

    public static IResult Csv<T>(string fileName, IReadOnlyList<ExportColumn<T>> columns, IAsyncEnumerable<T> rows) =>
        Results.Stream(async stream =>
        {
            await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024);
            await using var csv = new CsvWriter(writer, CsvConfiguration);
            foreach (var column in columns) csv.WriteField(column.Header);
            await csv.NextRecordAsync();
            var written = 0;
            await foreach (var row in rows)
            {
                foreach (var column in columns) csv.WriteField(Text(column.Value(row)));
                await csv.NextRecordAsync();
                if (++written % 1000 == 0) await writer.FlushAsync();
            }
        }, CsvType, fileName);

    public static IResult Xlsx(string fileName, IEnumerable<Sheet> sheets) =>
        Results.File(Workbook(sheets), XlsxType, fileName);

    /// <summary>The most rows an Excel export holds: a workbook is built in memory. The CSV has no limit.</summary>
    public const int XlsxRowLimit = 50_000;

    public static string TruncatedNote => Lang.T(
        $"Hier afgebroken: een Excel-bestand bevat hoogstens {XlsxRowLimit} regels. De CSV-download bevat alles.",
        $"Cut off here: an Excel file holds at most {XlsxRowLimit} rows. The CSV download has everything.");

    /// <summary>
    /// One sheet of at most <see cref="XlsxRowLimit"/> rows; when there are more, a last line says the sheet
    /// stops there and the CSV has everything.
    /// </summary>
    public static Task<byte[]> CappedWorkbook<T>(string sheetName, IReadOnlyList<ExportColumn<T>> columns, IAsyncEnumerable<T> rows,
        string truncatedNote, CancellationToken ct) =>
        CappedWorkbook(sheetName, columns, rows, truncatedNote, XlsxRowLimit, ct);

    public static async Task<byte[]> CappedWorkbook<T>(string sheetName, IReadOnlyList<ExportColumn<T>> columns, IAsyncEnumerable<T> rows,
        string truncatedNote, int limit, CancellationToken ct)
    {
        var cells = new List<IReadOnlyList<object?>>();
        await foreach (var row in rows.WithCancellation(ct))
        {
            if (cells.Count == limit)
            {
                cells.Add([truncatedNote]);
                break;
            }
            cells.Add([.. columns.Select(c => c.Value(row))]);
        }
        return Workbook([new Sheet(sheetName, [.. columns.Select(c => c.Header)], cells)]);
    }

    public static byte[] Workbook(IEnumerable<Sheet> sheets)
    {
        using var workbook = new XLWorkbook();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var sheet in sheets)
        {
            var name = SheetName(sheet.Name, names);
            var worksheet = workbook.Worksheets.Add(name);
            for (var j = 0; j < sheet.Headers.Count; j++) worksheet.Cell(1, j + 1).Value = sheet.Headers[j];
            worksheet.Row(1).Style.Font.Bold = true;
            // Widths from the text length: ClosedXML 0.95 measures text with System.Drawing, which Linux lacks.
            var widths = sheet.Headers.Select(h => h.Length).ToArray();
            var r = 2;
            foreach (var row in sheet.Rows)
            {
                for (var j = 0; j < row.Count; j++)
                {
                    SetCell(worksheet.Cell(r, j + 1), row[j]);
                    if (j < widths.Length) widths[j] = Math.Max(widths[j], Math.Min(60, Text(row[j])?.Length ?? 0));
                }
                r++;
            }
            for (var j = 0; j < widths.Length; j++) worksheet.Column(j + 1).Width = Math.Max(8, widths[j] + 2);
            worksheet.SheetView.FreezeRows(1);
        }
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return buffer.ToArray();
    }

    public static IEnumerable<IReadOnlyList<object?>> Rows<T>(IReadOnlyList<ExportColumn<T>> columns, IEnumerable<T> rows) =>
        rows.Select(row => (IReadOnlyList<object?>)[.. columns.Select(c => c.Value(row))]);

    private static void SetCell(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null: break;
            case int or long or double or decimal: cell.Value = Convert.ToDouble(value, CultureInfo.InvariantCulture); break;
            case DateOnly d: cell.Value = d.ToDateTime(TimeOnly.MinValue); cell.Style.DateFormat.Format = "yyyy-mm-dd"; break;
            case DateTimeOffset t: cell.Value = t.UtcDateTime; cell.Style.DateFormat.Format = "yyyy-mm-dd hh:mm"; break;
            // Text that Excel would take for a formula is written as plain text, never evaluated.
            default: cell.SetValue(Text(value) ?? ""); cell.DataType = XLDataType.Text; break;
        }
    }

    /// <summary>A value as CSV text. A leading =, +, - or @ gets a quote so a spreadsheet does not run it as a formula.</summary>
    public static string? Text(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        double or decimal => Convert.ToString(value, Dutch),
        string s when s.Length > 0 && s[0] is '=' or '+' or '-' or '@' or '\t' or '\r' => "'" + s,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    /// <summary>Excel allows 31 characters and no []:*?/\ in a sheet name, each name once.</summary>
    private static string SheetName(string name, HashSet<string> taken)
    {
        var clean = new string([.. name.Select(c => "[]:*?/\\".Contains(c) ? ' ' : c)]).Trim();
        clean = clean.Length > 28 ? clean[..28] : clean;
        var candidate = clean;
        for (var n = 2; !taken.Add(candidate); n++) candidate = $"{clean} {n}";
        return candidate;
    }

    public static async IAsyncEnumerable<T> AsAsync<T>(IEnumerable<T> rows)
    {
        foreach (var row in rows) yield return row;
        await Task.CompletedTask;
    }
}
