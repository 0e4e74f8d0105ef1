using QRCoder;
using SkiaSharp;
using System.Globalization;

namespace Keurmerk.Web.Infrastructure.Certificates;

/// <summary>What a certificate states; the renderer adds nothing of its own but layout.</summary>
public sealed record CertificateContent(
    string CertificateNumber,
    string OrganisationName,
    string KvkNumber,
    int CriteriaVersion,
    string StandardTitle,
    DateOnly ValidFrom,
    DateOnly ValidUntil,
    string IssuingBody,
    Uri VerificationUrl);

/// <summary>
/// Renders the certificate as a one-page A4 PDF. Text is drawn as real text with embedded fonts,
/// so it stays searchable and copyable; the QR code lets anyone holding a print check it online.
/// </summary>
public static class CertificatePdf
{
    private const float PageWidth = 595, PageHeight = 842; // A4 in PDF points
    private const float QrSize = 150;

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly SKColor Ink = new(0x1F, 0x2A, 0x44), Muted = new(0x5A, 0x63, 0x78), Accent = new(0x00, 0x6B, 0x5E);
    private const float TextWidth = PageWidth - 2 * 70;

    /// <summary>One centred line of text: laid out first, so the embedded fonts hold exactly its characters.</summary>
    private sealed record Line(string Text, float Baseline, bool Bold, float Size, SKColor Color);

    public static byte[] Render(CertificateContent content)
    {
        using var stream = new MemoryStream();
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = $"Certificaat {content.CertificateNumber} – {content.OrganisationName}";
        metadata.Author = content.IssuingBody;
        metadata.Subject = $"Keurmerk Inclusief Stagebedrijf, {content.StandardTitle}";
        metadata.Creation = DateTime.UtcNow;

        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            var lines = Layout(content);
            using var fonts = PdfFonts.For(lines.Select(l => l.Text));
            var canvas = document.BeginPage(PageWidth, PageHeight);
            DrawPage(canvas, content, lines, fonts);
            document.EndPage();
            document.Close();
        }
        return stream.ToArray();
    }

    private static List<Line> Layout(CertificateContent c)
    {
        const float qrTop = 540;
        var verifyOffline = new Uri(c.VerificationUrl, "/verify/offline").AbsoluteUri;
        return
        [
            new("Keurmerk Inclusief Stagebedrijf", 150, true, 26, Accent),
            new("Quality mark for inclusive internship companies", 176, false, 12, Muted),
            new("toegekend aan", 255, false, 12, Muted),
            .. OrganisationName(c.OrganisationName),
            new($"KvK-nummer {c.KvkNumber}", 336, false, 12, Muted),
            new($"Certificaatnummer {c.CertificateNumber}", 395, true, 13, Ink),
            new($"Getoetst aan de {c.StandardTitle}, versie {c.CriteriaVersion}", 422, false, 12, Ink),
            new($"Geldig van {DutchDate(c.ValidFrom)} tot en met {DutchDate(c.ValidUntil)}", 444, false, 12, Ink),
            new($"Uitgegeven door {c.IssuingBody}", 466, false, 12, Ink),
            new($"Controleer dit certificaat: {c.VerificationUrl.AbsoluteUri}", qrTop + QrSize + 22, false, 9, Muted),
            new($"Ook als digitaal, ondertekend keurmerk (verifiable credential) op de certificaatpagina van de houder; zonder internet te controleren via {verifyOffline}",
                qrTop + QrSize + 36, false, 8, Muted),
        ];
    }

    private static void DrawPage(SKCanvas canvas, CertificateContent c, List<Line> lines, PdfFonts fonts)
    {
        const float centre = PageWidth / 2, qrTop = 540;
        DrawBorder(canvas);
        using (var rule = new SKPaint { Color = Accent, StrokeWidth = 1, IsAntialias = true })
            canvas.DrawLine(centre - 90, 200, centre + 90, 200, rule);
        foreach (var line in lines)
            Text(canvas, line.Text, line.Baseline, line.Bold ? fonts.Bold : fonts.Regular, line.Size, line.Color, TextWidth);
        DrawQrCode(canvas, c.VerificationUrl, new SKRect(centre - QrSize / 2, qrTop, centre + QrSize / 2, qrTop + QrSize));
    }

    private static void DrawBorder(SKCanvas canvas)
    {
        using var paint = new SKPaint { Color = Accent, Style = SKPaintStyle.Stroke, IsAntialias = true };
        paint.StrokeWidth = 2.5f;
        canvas.DrawRect(new SKRect(28, 28, PageWidth - 28, PageHeight - 28), paint);
        paint.StrokeWidth = 0.75f;
        canvas.DrawRect(new SKRect(35, 35, PageWidth - 35, PageHeight - 35), paint);
    }

    /// <summary>
    /// Foundations and umbrella bodies have long names: below 20 pt on one line a name becomes hard to
    /// read, so it goes onto two lines instead, split where the longer line is shortest.
    /// </summary>
    private static IEnumerable<Line> OrganisationName(string name)
    {
        using var font = new SKFont(PdfFonts.FullBold, 28);
        var split = Enumerable.Range(1, Math.Max(0, name.Length - 2)).Where(i => name[i] == ' ')
            .OrderBy(i => Math.Max(font.MeasureText(name[..i]), font.MeasureText(name[(i + 1)..])))
            .FirstOrDefault();
        if (28 * TextWidth / font.MeasureText(name) >= 20 || split == 0)
            return [new(name, 302, true, 28, Ink)];
        // One size for both lines, so the name reads as one.
        var size = Math.Min(20, 28 * TextWidth / Math.Max(font.MeasureText(name[..split]), font.MeasureText(name[(split + 1)..])));
        return [new(name[..split], 292, true, size, Ink), new(name[(split + 1)..], 316, true, size, Ink)];
    }

    /// <summary>Centred on one line; long values (organisation names) shrink rather than run past the border.</summary>
    private static void Text(SKCanvas canvas, string text, float baseline, SKTypeface face, float size, SKColor color, float maxWidth)
    {
        using var font = new SKFont(face, size);
        var width = font.MeasureText(text);
        if (width > maxWidth) font.Size = size * maxWidth / width;
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        canvas.DrawText(text, PageWidth / 2, baseline, SKTextAlign.Center, font, paint);
    }

    /// <summary>
    /// Modules are vector squares in one path (no bitmap, no System.Drawing): sharp in print, and no
    /// hairline seams between neighbouring modules. QRCoder's matrix already includes the quiet zone.
    /// </summary>
    private static void DrawQrCode(SKCanvas canvas, Uri url, SKRect area)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url.AbsoluteUri, QRCodeGenerator.ECCLevel.M);
        var rows = data.ModuleMatrix;
        var cell = area.Width / rows.Count;
        using var modules = new SKPath();
        for (var y = 0; y < rows.Count; y++)
            for (var x = 0; x < rows[y].Count; x++)
                if (rows[y][x])
                    modules.AddRect(SKRect.Create(area.Left + x * cell, area.Top + y * cell, cell, cell));
        using var black = new SKPaint { Color = SKColors.Black, IsAntialias = false };
        canvas.DrawPath(modules, black);
    }

    private static string DutchDate(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);
}
