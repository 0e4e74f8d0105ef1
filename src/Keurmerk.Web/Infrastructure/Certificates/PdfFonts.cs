using SkiaSharp;

namespace Keurmerk.Web.Infrastructure.Certificates;

/// <summary>
/// The DejaVu fonts, subset to the characters one document draws: Skia embeds a font whole, so each
/// PDF gets its own small copy (see <see cref="TrueTypeSubset"/>). Text stays real, extractable text.
/// </summary>
public sealed class PdfFonts : IDisposable
{
    private const string FontDirectory = "/usr/share/fonts/truetype/dejavu";
    private static readonly FontFile RegularFile = new(Path.Combine(FontDirectory, "DejaVuSans.ttf"));
    private static readonly FontFile BoldFile = new(Path.Combine(FontDirectory, "DejaVuSans-Bold.ttf"));

    /// <summary>The whole regular font: for measuring text before a document's fonts are made.</summary>
    public static SKTypeface FullRegular => RegularFile.Typeface;

    /// <summary>The whole bold font: for measuring text before a document's fonts are made.</summary>
    public static SKTypeface FullBold => BoldFile.Typeface;

    public SKTypeface Regular { get; }
    public SKTypeface Bold { get; }

    private PdfFonts(SKTypeface regular, SKTypeface bold) => (Regular, Bold) = (regular, bold);

    /// <summary>Fonts holding the glyphs of every character in <paramref name="texts"/>.</summary>
    public static PdfFonts For(IEnumerable<string> texts)
    {
        var all = string.Concat(texts);
        return new PdfFonts(RegularFile.SubsetFor(all), BoldFile.SubsetFor(all));
    }

    public void Dispose()
    {
        RegularFile.Release(Regular);
        BoldFile.Release(Bold);
    }

    private sealed class FontFile
    {
        private readonly byte[]? bytes;
        public SKTypeface Typeface { get; }

        public FontFile(string path)
        {
            bytes = File.Exists(path) ? File.ReadAllBytes(path) : null;
            Typeface = (bytes is null ? null : SKTypeface.FromData(SKData.CreateCopy(bytes))) ?? SKTypeface.Default;
        }

        public SKTypeface SubsetFor(string text)
        {
            // Without the font file (a machine without fonts-dejavu) the default face is used whole.
            if (bytes is null) return Typeface;
            using var font = new SKFont(Typeface);
            var subset = TrueTypeSubset.Subset(bytes, font.GetGlyphs(text));
            using var data = SKData.CreateCopy(subset);
            return SKTypeface.FromData(data) ?? Typeface;
        }

        public void Release(SKTypeface face)
        {
            if (!ReferenceEquals(face, Typeface)) face.Dispose();
        }
    }
}
