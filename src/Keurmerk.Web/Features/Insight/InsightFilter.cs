using Keurmerk.Domain;
using System.Globalization;

namespace Keurmerk.Web.Features.Insight;

/// <summary>A calendar quarter, written 2026-Q3.</summary>
public readonly record struct Quarter(int Year, int Number) : IComparable<Quarter>
{
    public static Quarter Of(DateOnly date) => new(date.Year, (date.Month - 1) / 3 + 1);

    public static Quarter Of(DateTimeOffset moment) => Of(DutchCalendar.DateOf(moment));

    public DateOnly FirstDay => new(Year, (Number - 1) * 3 + 1, 1);

    public DateOnly LastDay => Next.FirstDay.AddDays(-1);

    public Quarter Next => Number == 4 ? new(Year + 1, 1) : new(Year, Number + 1);

    public Quarter Minus(int quarters)
    {
        var index = Year * 4 + (Number - 1) - quarters;
        return new(index / 4, index % 4 + 1);
    }

    public int Index => Year * 4 + Number - 1;

    public int CompareTo(Quarter other) => Index.CompareTo(other.Index);

    public static bool operator <(Quarter a, Quarter b) => a.Index < b.Index;
    public static bool operator >(Quarter a, Quarter b) => a.Index > b.Index;
    public static bool operator <=(Quarter a, Quarter b) => a.Index <= b.Index;
    public static bool operator >=(Quarter a, Quarter b) => a.Index >= b.Index;

    public override string ToString() => $"{Year}-Q{Number}";

    public static bool TryParse(string? text, out Quarter quarter)
    {
        quarter = default;
        var t = text?.Trim().ToUpperInvariant();
        if (t is not { Length: 7 } || t[4] != '-' || t[5] != 'Q') return false;
        if (!int.TryParse(t[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100) return false;
        if (t[6] is < '1' or > '4') return false;
        quarter = new Quarter(year, t[6] - '0');
        return true;
    }
}

/// <summary>What the dashboard and its exports are about: a period of whole quarters and who.</summary>
public sealed record InsightFilter(Quarter From, Quarter To, string? Sector, SizeClass? Size, string? City, int? Version)
{
    public const int MaximumQuarters = 40;
    public const int MaximumTextLength = 100;

    public IEnumerable<Quarter> Quarters
    {
        get
        {
            for (var q = From; q <= To; q = q.Next) yield return q;
        }
    }

    public bool InPeriod(DateTimeOffset? moment) => moment is { } m && Quarter.Of(m) is var q && q >= From && q <= To;

    /// <summary>
    /// Reads the query string, or says in words what is wrong with it. Left out, the period is the last
    /// eight quarters up to the current one: the two years the manifest's partners measure over.
    /// </summary>
    public static (InsightFilter? Filter, IReadOnlyList<string> Problems) Parse(
        string? from, string? to, string? sector, string? size, string? city, string? version, DateOnly today, IEnumerable<int> versions)
    {
        var problems = new List<string>();
        var current = Quarter.Of(today);
        var end = current;
        var start = current.Minus(7);
        if (!string.IsNullOrWhiteSpace(to) && !Quarter.TryParse(to, out end))
            problems.Add($"'{Clip(to)}' is geen kwartaal; schrijf bijvoorbeeld 2026-Q3. / not a quarter; write e.g. 2026-Q3.");
        if (!string.IsNullOrWhiteSpace(from) && !Quarter.TryParse(from, out start))
            problems.Add($"'{Clip(from)}' is geen kwartaal; schrijf bijvoorbeeld 2025-Q1. / not a quarter; write e.g. 2025-Q1.");
        else if (string.IsNullOrWhiteSpace(from) && !string.IsNullOrWhiteSpace(to)) start = end.Minus(7);
        if (problems.Count == 0 && start > end)
            problems.Add("De periode begint na haar einde. / The period starts after it ends.");
        if (problems.Count == 0 && end.Index - start.Index + 1 > MaximumQuarters)
            problems.Add($"Kies hoogstens {MaximumQuarters} kwartalen. / Choose at most {MaximumQuarters} quarters.");

        SizeClass? sizeClass = null;
        if (!string.IsNullOrWhiteSpace(size))
        {
            if (Enum.TryParse<SizeClass>(size.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(size, out _))
                sizeClass = parsed;
            else problems.Add($"Grootteklasse '{Clip(size)}' bestaat niet; kies uit {string.Join(", ", Enum.GetNames<SizeClass>())}. / Unknown size class.");
        }

        int? standard = null;
        if (!string.IsNullOrWhiteSpace(version))
        {
            if (int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && versions.Contains(v)) standard = v;
            else problems.Add($"Versie '{Clip(version)}' van de standaard bestaat niet. / Unknown version of the standard.");
        }

        if (sector?.Length > MaximumTextLength || city?.Length > MaximumTextLength)
            problems.Add($"Sector en plaats zijn hoogstens {MaximumTextLength} tekens. / Sector and city are at most {MaximumTextLength} characters.");

        return problems.Count > 0
            ? (null, problems)
            : (new InsightFilter(start, end, Blank(sector), sizeClass, Blank(city), standard), problems);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Clip(string text) => text.Length > 20 ? text[..20] + "…" : text;

    /// <summary>The filter as query-string values, for links to exports of what is on screen.</summary>
    public Dictionary<string, string?> ToQuery() => new()
    {
        ["from"] = From.ToString(),
        ["to"] = To.ToString(),
        ["sector"] = Sector,
        ["size"] = Size?.ToString(),
        ["city"] = City,
        ["version"] = Version?.ToString(CultureInfo.InvariantCulture),
    };
}
