using Keurmerk.Web.Infrastructure.Exports;

namespace Keurmerk.Web.Features.Insight;

/// <summary>A published table as an export sheet: the same suppressed figures as on screen, "&lt; 10" as text.</summary>
public static class InsightSheets
{
    public static Sheet From(PublishedTable table, string language)
    {
        var headers = new List<string> { table.RowHeader.In(language) };
        headers.AddRange(table.Columns.Select(c => c.Label.In(language)));
        if (table.HasRowTotals) headers.Add(PublishedTable.TotalLabel.In(language));

        object? Cell(Figure figure, FigureKind kind) => figure.Suppressed ? figure.Text(table.Threshold, kind) : figure.Value;
        IReadOnlyList<object?> Row(PublishedRow row)
        {
            var cells = new List<object?> { row.Label.In(language) };
            cells.AddRange(row.Cells.Select((f, j) => Cell(f, table.Columns[j].Kind)));
            if (row.Total is { } total) cells.Add(Cell(total, FigureKind.Count));
            return cells;
        }
        var rows = table.Rows.Select(Row).ToList();
        if (table.Totals is { } totals) rows.Add(Row(totals));
        return new Sheet(table.Title.In(language), headers, rows);
    }

    public static IResult Csv(PublishedTable table, string language, string fileName)
    {
        var sheet = From(table, language);
        var columns = sheet.Headers.Select((h, j) => new ExportColumn<IReadOnlyList<object?>>(h, row => row[j])).ToList();
        return Exports.Csv(fileName, columns, Exports.AsAsync(sheet.Rows));
    }
}
