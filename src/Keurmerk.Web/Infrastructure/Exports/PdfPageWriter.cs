using Keurmerk.Web.Infrastructure.Certificates;
using SkiaSharp;

namespace Keurmerk.Web.Infrastructure.Exports;

/// <summary>
/// Flowing text on A4 pages for the PDF exports (SkiaSharp's PDF backend, the same as the certificate): lines wrap
/// at the margin, a new page begins where the last one is full, and text stays real, searchable text in the
/// embedded DejaVu fonts (<see cref="PdfFonts"/>: whole, or subset to the document's text when the caller knows it
/// in advance). Callers draw their own figures on <see cref="Canvas"/> at <see cref="Y"/>. The footer, if any, is
/// drawn in <paramref name="footerFace"/> with the page number after it.
/// </summary>
public sealed class PdfPageWriter(SKDocument document, string? footer = null, SKTypeface? footerFace = null)
{
    public const float PageWidth = 595, PageHeight = 842, Margin = 50; // A4 in PDF points

    public static SKTypeface Regular => PdfFonts.FullRegular;
    public static SKTypeface Bold => PdfFonts.FullBold;

    public static readonly SKColor Ink = new(0x1F, 0x2A, 0x44), Muted = new(0x5A, 0x63, 0x78);

    private SKCanvas? _canvas;
    private int _pages;

    /// <summary>The baseline of the last line written; the top margin on a fresh page.</summary>
    public float Y { get; set; }

    /// <summary>The current page, begun on first use.</summary>
    public SKCanvas Canvas
    {
        get
        {
            if (_canvas is null)
            {
                _canvas = document.BeginPage(PageWidth, PageHeight);
                _pages++;
                Y = Margin;
            }
            return _canvas;
        }
    }

    /// <summary>Starts a new page unless <paramref name="height"/> still fits on this one.</summary>
    public void Need(float height)
    {
        if (_canvas is not null && Y + height > PageHeight - Margin) Break();
    }

    public void Space(float height) => Y += height;

    /// <summary>A paragraph: wrapped to the width left of the indent; its own line breaks are kept.</summary>
    public void Line(string text, SKTypeface typeface, float size, SKColor colour, float indent = 0)
    {
        using var font = new SKFont(typeface, size);
        using var paint = new SKPaint { Color = colour, IsAntialias = true };
        foreach (var line in Wrap(text, font, PageWidth - 2 * Margin - indent))
        {
            Need(size * 1.4f);
            var canvas = Canvas;
            Y += size * 1.4f;
            canvas.DrawText(line, Margin + indent, Y, SKTextAlign.Left, font, paint);
        }
    }

    public void Close()
    {
        if (_canvas is not null) EndPage();
        document.Close();
    }

    private void Break()
    {
        EndPage();
        _canvas = null;
    }

    private void EndPage()
    {
        if (footer is not null)
        {
            using var font = new SKFont(footerFace ?? Regular, 8);
            using var paint = new SKPaint { Color = Muted, IsAntialias = true };
            _canvas!.DrawText($"{footer} · {_pages}", Margin, PageHeight - Margin / 2, SKTextAlign.Left, font, paint);
        }
        document.EndPage();
    }

    /// <summary>Lines of at most <paramref name="width"/>: broken between words, and inside a word longer than a line.</summary>
    public static IEnumerable<string> Wrap(string text, SKFont font, float width)
    {
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' '))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (font.MeasureText(candidate) <= width)
                {
                    line = candidate;
                    continue;
                }
                if (line.Length > 0) yield return line;
                line = word;
                while (line.Length > 1 && font.MeasureText(line) > width)
                {
                    var fits = Fitting(line, font, width);
                    yield return line[..fits];
                    line = line[fits..];
                }
            }
            yield return line;
        }
    }

    /// <summary>How many leading characters of <paramref name="text"/> fit in the width: at least one, never half a surrogate pair.</summary>
    private static int Fitting(string text, SKFont font, float width)
    {
        int low = 1, high = text.Length;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (font.MeasureText(text[..middle]) <= width) low = middle;
            else high = middle - 1;
        }
        return low > 1 && char.IsHighSurrogate(text[low - 1]) ? low - 1 : low;
    }
}
