using Keurmerk.Web.Infrastructure.Certificates;
using Keurmerk.Web.Infrastructure.Exports;
using SkiaSharp;
using System.Globalization;

namespace Keurmerk.Web.Features.Insight;

/// <summary>
/// The two-yearly measurement report for the manifest's monitoring: the dashboard's published tables for a
/// chosen period, as a workbook (one sheet per table) and as a PDF summary with a bar chart per table.
/// Both take only published tables, so they show exactly what the page shows.
/// </summary>
public static class InsightReport
{
    private const float Margin = PdfPageWriter.Margin;
    private static readonly SKColor Ink = PdfPageWriter.Ink, Muted = PdfPageWriter.Muted, Bar = new(0x1D, 0x4F, 0x91);

    public static IReadOnlyList<PublishedTable> Tables(InsightDashboard dashboard) => [.. dashboard.Tables, dashboard.Conversion];

    public static byte[] Pdf(InsightDashboard dashboard, string language, DateTimeOffset now)
    {
        string T(string nl, string en) => language == "en" ? en : nl;
        using var stream = new MemoryStream();
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = T($"Meting Keurmerk {dashboard.Filter.From} – {dashboard.Filter.To}", $"Keurmerk measurement {dashboard.Filter.From} – {dashboard.Filter.To}");
        metadata.Author = "Keurmerk";
        metadata.Creation = now.UtcDateTime;

        var describe = Describe(dashboard, language);
        var suppression = T($"Aantallen onder {dashboard.Threshold} staan er als \"< {dashboard.Threshold}\"; ook enkele andere zijn verborgen, zodat geen verborgen aantal uit de totalen terug te rekenen is.",
            $"Counts under {dashboard.Threshold} read \"< {dashboard.Threshold}\"; some others are hidden too, so no hidden count can be worked out from the totals.");
        var charts = Tables(dashboard).Select(table => (Table: table, Bars: ChartOf(table, language),
            Kind: table.Key == "conversion" ? FigureKind.Percent : table.Key == "time" ? FigureKind.Days : FigureKind.Count)).ToList();
        // Every text the report draws is known before drawing, so the fonts hold only those glyphs.
        using var fonts = PdfFonts.For([metadata.Title, describe, suppression,
            .. charts.SelectMany(c => c.Bars.SelectMany(b => new[] { LabelOf(b), b.Figure.Text(c.Table.Threshold, c.Kind) }).Append(c.Table.Title.In(language)))]);

        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            var page = new PdfPageWriter(document);
            page.Line(metadata.Title, fonts.Bold, 18, Ink);
            page.Line(describe, fonts.Regular, 9, Muted);
            page.Line(suppression, fonts.Regular, 9, Muted);
            page.Space(10);

            foreach (var (table, bars, kind) in charts)
            {
                page.Need(40 + bars.Count * 14);
                page.Line(table.Title.In(language), fonts.Bold, 12, Ink);
                Bars(page, bars, table.Threshold, kind, fonts.Regular);
                page.Space(12);
            }
            page.Close();
        }
        return stream.ToArray();
    }

    /// <summary>What each table's chart shows; the same choice as the page.</summary>
    public static IReadOnlyList<ChartBar> ChartOf(PublishedTable table, string language) => table.Key switch
    {
        "pipeline" => SvgChart.Bars(table, language, acrossTotals: true),
        "time" => SvgChart.Bars(table, language, column: 1),
        "signals" or "objections" => SvgChart.Bars(table, language, column: -1),
        _ => SvgChart.Bars(table, language, column: 0),
    };

    private static string Describe(InsightDashboard d, string language)
    {
        string T(string nl, string en) => language == "en" ? en : nl;
        var f = d.Filter;
        var who = string.Join(", ", new[] { f.Sector, f.Size?.ToString(), f.City, f.Version is { } v ? T($"versie {v}", $"version {v}") : null }.Where(x => x is not null));
        var asOf = d.AsOf is { } a ? a.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC" : T("nog niet bijgewerkt", "not yet built");
        return T($"Periode {f.From} t/m {f.To}; {(who.Length > 0 ? who : "alle organisaties")}; cijfers per {asOf}.",
            $"Period {f.From} to {f.To}; {(who.Length > 0 ? who : "all organisations")}; figures as of {asOf}.");
    }

    private static string LabelOf(ChartBar bar) => bar.Label.Length > 48 ? bar.Label[..47] + "…" : bar.Label;

    /// <summary>A horizontal bar per row, its figure beside it; a suppressed figure gets no bar, only its text.</summary>
    private static void Bars(PdfPageWriter page, IReadOnlyList<ChartBar> bars, int threshold, FigureKind kind, SKTypeface typeface)
    {
        const float labelWidth = 220, plotWidth = 220, height = 10, step = 14;
        var max = bars.Where(b => b.Figure is { Suppressed: false, Value: not null }).Select(b => b.Figure.Value!.Value).DefaultIfEmpty(0).Max();
        using var font = new SKFont(typeface, 8);
        using var ink = new SKPaint { Color = Ink, IsAntialias = true };
        using var fill = new SKPaint { Color = Bar, IsAntialias = true };
        foreach (var bar in bars)
        {
            page.Need(step);
            var canvas = page.Canvas;
            var top = page.Y + 3;
            canvas.DrawText(LabelOf(bar), Margin + labelWidth - 6, top + height - 1, SKTextAlign.Right, font, ink);
            var length = bar.Figure is { Suppressed: false, Value: { } v } && max > 0 ? Math.Max(1, (float)(v / max) * plotWidth) : 0;
            if (length > 0) canvas.DrawRect(Margin + labelWidth, top, length, height, fill);
            canvas.DrawText(bar.Figure.Text(threshold, kind), Margin + labelWidth + length + 4, top + height - 1, SKTextAlign.Left, font, ink);
            page.Y += step;
        }
    }
}
