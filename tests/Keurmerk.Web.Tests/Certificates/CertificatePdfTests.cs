using Keurmerk.Web.Infrastructure.Certificates;
using QRCoder;
using SkiaSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Keurmerk.Web.Tests.Certificates;

public class CertificatePdfTests
{
    private static readonly Uri VerificationUrl = new("https://keurmerk.example.nl/verify/HSS-2026-00042");

    private static CertificateContent Sample(string organisation = "Bakkerij De Gouden Korenaar B.V.") => new(
        CertificateNumber: "HSS-2026-00042",
        OrganisationName: organisation,
        KvkNumber: "12345678",
        CriteriaVersion: 3,
        StandardTitle: "Haagse Stagestandaard",
        ValidFrom: new DateOnly(2026, 3, 1),
        ValidUntil: new DateOnly(2029, 2, 28),
        IssuingBody: "Stichting ELBHO",
        VerificationUrl: VerificationUrl);

    [Fact]
    public void Render_IsOneA4PageWithTheCertificateAsExtractableText()
    {
        using var pdf = PdfDocument.Open(CertificatePdf.Render(Sample()));

        var page = Assert.Single(pdf.GetPages());
        Assert.Equal(595, page.Width, precision: 0);
        Assert.Equal(842, page.Height, precision: 0);

        var text = string.Join(" ", page.GetWords().Select(w => w.Text));
        Assert.Contains("Keurmerk Inclusief Stagebedrijf", text);
        Assert.Contains("Bakkerij De Gouden Korenaar B.V.", text);
        Assert.Contains("KvK-nummer 12345678", text);
        Assert.Contains("Certificaatnummer HSS-2026-00042", text);
        Assert.Contains("Haagse Stagestandaard, versie 3", text);
        Assert.Contains("Geldig van 1 maart 2026 tot en met 28 februari 2029", text);
        Assert.Contains("Uitgegeven door Stichting ELBHO", text);
        Assert.Contains("https://keurmerk.example.nl/verify/HSS-2026-00042", text);
    }

    [Fact]
    public void Render_SetsDocumentMetadata()
    {
        using var pdf = PdfDocument.Open(CertificatePdf.Render(Sample()));

        Assert.Contains("HSS-2026-00042", pdf.Information.Title);
        Assert.Equal("Stichting ELBHO", pdf.Information.Author);
        Assert.False(string.IsNullOrEmpty(pdf.Information.CreationDate));
    }

    [Fact]
    public void Render_LongOrganisationName_WrapsLegiblyInsideTheBorder()
    {
        var name = "Stichting Samenwerkende Zorg- en Welzijnsinstellingen Haaglanden en Omstreken";
        using var pdf = PdfDocument.Open(CertificatePdf.Render(Sample(name)));

        var page = pdf.GetPage(1);
        Assert.Contains(name, string.Join(" ", page.GetWords().Select(w => w.Text)));
        var nameLetters = page.GetWords().Where(w => w.Text == "Welzijnsinstellingen").SelectMany(w => w.Letters);
        // Squeezed onto one line this name would be drawn at about 10 pt.
        Assert.All(nameLetters, l => Assert.True(l.PointSize >= 15, $"name drawn at {l.PointSize} pt"));
        Assert.All(page.GetWords(), w => Assert.InRange(w.BoundingBox.Left, 36, 559));
        Assert.All(page.GetWords(), w => Assert.InRange(w.BoundingBox.Right, 36, 559));
    }

    [Fact]
    public void Render_QrCodeModulesAreTheEncodingOfTheVerificationUrl()
    {
        using var pdf = PdfDocument.Open(CertificatePdf.Render(Sample()));

        // The only filled shapes on the page are the QR modules (the border and rule are strokes).
        var drawn = pdf.GetPage(1).Paths
            .Where(p => p.IsFilled)
            .SelectMany(p => p)
            .Select(s => s.GetBoundingRectangle())
            .OfType<UglyToad.PdfPig.Core.PdfRectangle>()
            .ToList();
        Assert.NotEmpty(drawn);

        // The renderer's choice of error correction; a different level gives a different (still valid) pattern.
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(VerificationUrl.AbsoluteUri, QRCodeGenerator.ECCLevel.M);
        var size = data.ModuleMatrix.Count;
        const int quietZone = 4;
        var expected = new HashSet<(int Row, int Col)>();
        for (var row = 0; row < size; row++)
            for (var col = 0; col < size; col++)
                if (data.ModuleMatrix[row][col]) expected.Add((row, col));

        // Finder patterns sit in three corners, so the dark modules span exactly the code without its quiet zone.
        var left = drawn.Min(r => r.Left);
        var top = drawn.Max(r => r.Top); // PDF y grows upwards
        var cell = (drawn.Max(r => r.Right) - left) / (size - 2 * quietZone);
        Assert.Equal(cell, (top - drawn.Min(r => r.Bottom)) / (size - 2 * quietZone), precision: 2);
        var actual = drawn
            .Select(r => ((int)Math.Round((top - r.Top) / cell) + quietZone, (int)Math.Round((r.Left - left) / cell) + quietZone))
            .ToHashSet();

        Assert.Equal(expected.Count, drawn.Count);
        Assert.True(expected.SetEquals(actual), $"QR differs: {expected.Except(actual).Count()} missing, {actual.Except(expected).Count()} extra");
    }

    [Fact]
    public void Render_EmbedsOnlyTheGlyphsItDraws_SoTheFileStaysSmall_AndTheTextExtractable()
    {
        const string name = "Société Şahin & Ćorić Øresund B.V.";

        var bytes = CertificatePdf.Render(Sample(name));

        // The two DejaVu fonts embedded whole made a certificate 760 KB.
        Assert.True(bytes.Length < 100_000, $"{bytes.Length / 1024} KB");
        using var pdf = PdfDocument.Open(bytes);
        Assert.Contains(name, string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text)));
    }

    [Fact]
    public void Subset_KeepsTheOutlinesOfTheGlyphsAsked_AndTheMetricsOfAll()
    {
        var whole = File.ReadAllBytes("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        using var wholeFace = SKTypeface.FromData(SKData.CreateCopy(whole));
        using var wholeFont = new SKFont(wholeFace, 12);
        var a = wholeFont.GetGlyphs("A")[0];
        var b = wholeFont.GetGlyphs("B")[0];
        var aUmlaut = wholeFont.GetGlyphs("Ä")[0]; // a composite in DejaVu: A and a dieresis

        var subset = TrueTypeSubset.Subset(whole, [aUmlaut]);

        Assert.True(subset.Length < whole.Length / 4, $"{subset.Length} of {whole.Length} bytes");
        using var face = SKTypeface.FromData(SKData.CreateCopy(subset));
        using var font = new SKFont(face, 12);
        Assert.Equal(wholeFont.GetGlyphs("AÄB"), font.GetGlyphs("AÄB"));
        Assert.False(PathOf(font, aUmlaut).IsEmpty);
        Assert.False(PathOf(font, a).IsEmpty); // pulled in as a component of Ä
        Assert.True(PathOf(font, b).IsEmpty);
        Assert.Equal(wholeFont.MeasureText("AÄB"), font.MeasureText("AÄB"));
    }

    private static SKPath PathOf(SKFont font, ushort glyph) => font.GetGlyphPath(glyph) ?? new SKPath();
}
