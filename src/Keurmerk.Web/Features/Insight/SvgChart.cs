using Keurmerk.Domain.Criteria;
using Microsoft.AspNetCore.Html;
using System.Globalization;
using System.Net;
using System.Text;

namespace Keurmerk.Web.Features.Insight;

/// <summary>One bar of a chart: a published figure with its label.</summary>
public sealed record ChartBar(string Label, Figure Figure);

/// <summary>
/// Horizontal bar charts drawn on the server as SVG: no script, nothing from elsewhere. A figure under the
/// threshold gets no bar, only its "&lt; 10" label, so the picture reveals no more than the table beside it.
/// </summary>
public static class SvgChart
{
    private const int BarHeight = 22;
    private const int Gap = 6;
    private const int LabelWidth = 260;
    private const int PlotWidth = 320;

    /// <summary>The bars a table's chart shows: one column per row, or the totals row across the columns.</summary>
    public static IReadOnlyList<ChartBar> Bars(PublishedTable table, string language, int column = 0, bool acrossTotals = false) =>
        acrossTotals && table.Totals is { } totals
            ? [.. table.Columns.Select((c, j) => new ChartBar(c.Label.In(language), totals.Cells[j]))]
            : table.HasRowTotals && column < 0
                ? [.. table.Rows.Select(r => new ChartBar(r.Label.In(language), r.Total!.Value))]
                : [.. table.Rows.Select(r => new ChartBar(r.Label.In(language), r.Cells[column]))];

    public static IHtmlContent Render(IReadOnlyList<ChartBar> bars, string title, int threshold, FigureKind kind = FigureKind.Count)
    {
        var max = bars.Where(b => !b.Figure.Suppressed && b.Figure.Value is not null).Select(b => b.Figure.Value!.Value).DefaultIfEmpty(0).Max();
        var height = bars.Count * (BarHeight + Gap) + Gap;
        var width = LabelWidth + PlotWidth + 70;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"insight-chart\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{Encode(title)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Encode(title)}</title>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = Gap + i * (BarHeight + Gap);
            var label = bar.Label.Length > 40 ? bar.Label[..39] + "…" : bar.Label;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 16}\" text-anchor=\"end\" class=\"insight-chart-label\">{Encode(label)}</text>");
            var length = bar.Figure is { Suppressed: false, Value: { } v } && max > 0 ? Math.Max(1, v / max * PlotWidth) : 0;
            if (length > 0)
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{length:0.#}\" height=\"{BarHeight}\" class=\"insight-chart-bar\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + length + 6:0.#}\" y=\"{y + 16}\" class=\"insight-chart-value\">{Encode(bar.Figure.Text(threshold, kind))}</text>");
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
