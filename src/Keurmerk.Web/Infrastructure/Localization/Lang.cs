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
}
