using System.Globalization;

namespace Keurmerk.Web.Infrastructure.Localization;

/// <summary>
/// The UI speaks Dutch, with English on request. Texts are written as pairs where they are used,
/// so a page reads in both languages at once and no key can go missing.
/// </summary>
public static class Lang
{
    public const string Dutch = "nl";
    public const string English = "en";
    public static readonly string[] Supported = [Dutch, English];

    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == English ? English : Dutch;

    public static bool IsEnglish => Current == English;

    /// <summary>The text for the current language: Dutch first, English second.</summary>
    public static string T(string nl, string en) => IsEnglish ? en : nl;

    public static string T(Keurmerk.Domain.Criteria.LocalizedText text) => text.In(Current);

    /// <summary>A file size as a person reads it: "820 kB", "1,4 MB" (decimal comma in Dutch).</summary>
    public static string FileSize(long bytes) => bytes < 1024 * 1024
        ? $"{Math.Max(1, (bytes + 1023) / 1024)} kB"
        : (bytes / (1024.0 * 1024.0)).ToString("0.0", IsEnglish ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(Dutch)) + " MB";
}
