using Keurmerk.Domain.Criteria;

namespace Keurmerk.Web.Features.Insight;

/// <summary>Counts add up to totals; days are statistics over a row's count of cases; percent is derived from published counts.</summary>
public enum FigureKind { Count, Days, Percent }

public sealed record InsightColumn(string Key, LocalizedText Label, FigureKind Kind = FigureKind.Count);

public sealed record InsightRow(string Key, LocalizedText Label, IReadOnlyList<double?> Values);

/// <summary>
/// A table as computed from the projections, BEFORE disclosure control. It never leaves the server:
/// pages, charts and exports only get what <see cref="Disclosure.Publish"/> makes of it.
/// A table is either all counts (optionally with row and/or column totals) or a statistics table whose
/// first column is the count of cases (n) that the other columns are computed over.
/// </summary>
public sealed record InsightTable(
    string Key,
    LocalizedText Title,
    LocalizedText RowHeader,
    IReadOnlyList<InsightColumn> Columns,
    IReadOnlyList<InsightRow> Rows,
    bool RowTotals = false,
    bool ColumnTotals = false,
    LocalizedText? Note = null)
{
    public bool IsStatistics => Columns.Any(c => c.Kind != FigureKind.Count);
}

/// <summary>One published figure: its value, or nothing but "under the threshold".</summary>
public readonly record struct Figure(double? Value, bool Suppressed)
{
    public static Figure Hidden => new(null, true);

    public static Figure Of(double? value) => new(value, false);

    public string Text(int threshold, FigureKind kind) => Suppressed ? $"< {threshold}" : Value switch
    {
        null => "–",
        { } v when kind == FigureKind.Percent => $"{v:0}%",
        { } v when kind == FigureKind.Days => v.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture),
        { } v => v.ToString("0", System.Globalization.CultureInfo.InvariantCulture),
    };
}

public sealed record PublishedRow(string Key, LocalizedText Label, IReadOnlyList<Figure> Cells, Figure? Total);

/// <summary>A table after disclosure control: what charts, pages and exports may show.</summary>
public sealed record PublishedTable(
    string Key,
    LocalizedText Title,
    LocalizedText RowHeader,
    IReadOnlyList<InsightColumn> Columns,
    IReadOnlyList<PublishedRow> Rows,
    PublishedRow? Totals,
    bool HasRowTotals,
    int Threshold,
    LocalizedText? Note)
{
    public static readonly LocalizedText TotalLabel = new("Totaal", "Total");
}
