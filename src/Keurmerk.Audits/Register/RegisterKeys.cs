using System.Globalization;
using System.Text;

namespace Keurmerk.Audits.Register;

/// <summary>
/// How the register is searched and sorted, as plain text the database can index: lower case, accents
/// folded ("Société" reads "societe"), punctuation as spaces, and a city's other official name mapped
/// to one ("'s-Gravenhage" reads "den haag"). The same function runs over stored entries and over what
/// a school types, so both sides always agree; the database only compares, with pg_trgm and btree.
/// </summary>
public static class RegisterKeys
{
    /// <summary>Places known under two names: the other name maps to the one stored.</summary>
    private static readonly Dictionary<string, string> CityAliases = new()
    {
        ["s gravenhage"] = "den haag",
        ["the hague"] = "den haag",
        ["den bosch"] = "s hertogenbosch",
    };

    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0) builder.Append(' ');
                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (c is not '\'' and not '’') space = true; // "'s-Gravenhage" and "s-Gravenhage" read alike
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>A city as the filter and the index see it.</summary>
    public static string City(string? city)
    {
        var key = Normalise(city);
        return CityAliases.GetValueOrDefault(key, key);
    }

    /// <summary>Search text: a city's other name is searched as the name stored.</summary>
    public static string Query(string? text)
    {
        var key = Normalise(text);
        return CityAliases.GetValueOrDefault(key, key);
    }

    /// <summary>Name, KvK number and city in one text for the trigram index.</summary>
    public static string Search(string name, string kvkNumber, string city) => $"{Normalise(name)} {kvkNumber} {City(city)}";

    /// <summary>
    /// Sorts by name, newest certificate first, then by number: unique, so a page can continue after the
    /// last key it showed. The name comes first, so a name prefix is a range of this key.
    /// </summary>
    public static string Sort(string name, DateOnly validFrom, string certificateNumber) =>
        $"{Normalise(name)}{Separator}{99991231 - (validFrom.Year * 10000 + validFrom.Month * 100 + validFrom.Day):D8}{Separator}{certificateNumber}";

    /// <summary>Sorts before every letter and digit, so "bakker" sorts before "bakkerij".</summary>
    public const char Separator = '\u0001';
}
