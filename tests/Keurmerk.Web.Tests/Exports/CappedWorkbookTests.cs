using ClosedXML.Excel;
using Keurmerk.Web.Infrastructure.Exports;
using ExportFiles = Keurmerk.Web.Infrastructure.Exports.Exports;

namespace Keurmerk.Web.Tests.Exports;

/// <summary>An Excel export holds at most its limit of rows and then says, in the file, that the CSV has the rest.</summary>
public sealed class CappedWorkbookTests
{
    private static readonly ExportColumn<int>[] Columns = [new("Nummer", n => n), new("Tekst", n => $"=regel {n}")];

    [Fact]
    public async Task PastTheLimit_TheSheetStops_WithALineSayingSo()
    {
        var bytes = await ExportFiles.CappedWorkbook("Proef", Columns, ExportFiles.AsAsync(Enumerable.Range(1, 12)), "Afgebroken: neem de CSV.", 10, CancellationToken.None);

        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var sheet = workbook.Worksheet("Proef");
        Assert.Equal(1 + 10 + 1, sheet.LastRowUsed()!.RowNumber());
        Assert.Equal(10, sheet.Cell(11, 1).GetDouble());
        Assert.Equal("'=regel 10", sheet.Cell(11, 2).GetString()); // text with the guard, never a formula
        Assert.False(sheet.Cell(11, 2).HasFormula);
        Assert.Equal("Afgebroken: neem de CSV.", sheet.Cell(12, 1).GetString());
    }

    [Fact]
    public async Task AtTheLimit_NothingIsSaid()
    {
        var bytes = await ExportFiles.CappedWorkbook("Proef", Columns, ExportFiles.AsAsync(Enumerable.Range(1, 10)), "Afgebroken", 10, CancellationToken.None);

        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        Assert.Equal(11, workbook.Worksheet("Proef").LastRowUsed()!.RowNumber());
    }
}
