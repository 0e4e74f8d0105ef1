using System.Globalization;
using System.Text;

namespace Keurmerk.Domain;

/// <summary>
/// An uploaded file's name as it is kept and shown: the last part of whatever path the browser sent
/// (with / or \), without control characters or the bidirectional overrides that make "gpj.exe" read
/// as "exe.jpg", within the name limit. The name stays the person's own, accents and all.
/// </summary>
public static class FileNames
{
    public const string Fallback = "bestand";

    public static string Normalise(string? raw)
    {
        var name = (raw ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var kept = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            var category = char.GetUnicodeCategory(c);
            // Cc: control characters; Cf: format characters (bidi overrides and isolates, zero-width joiners).
            if (category is UnicodeCategory.Control or UnicodeCategory.Format) continue;
            kept.Append(c);
        }
        name = kept.ToString().Trim().Trim('.').Trim();
        if (name.Length > FieldLimits.Name)
        {
            // Keep the extension: it says what the file is.
            var extension = Path.GetExtension(name);
            if (extension.Length > 20) extension = "";
            name = name[..(FieldLimits.Name - extension.Length)] + extension;
        }
        return name.Length == 0 ? Fallback : name;
    }

    /// <summary>An ASCII stand-in for clients that do not read filename* (RFC 6266): accents dropped, anything else an underscore.</summary>
    public static string AsciiFallback(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var ascii = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            ascii.Append(c is >= ' ' and <= '~' and not '"' and not '\\' and not '%' ? c : '_');
        }
        return ascii.ToString();
    }
}
