namespace Keurmerk.Domain;

/// <summary>Size class of an employer, by number of employees (EU definition).</summary>
public enum SizeClass
{
    Micro,   // fewer than 10
    Small,   // 10 to 49
    Medium,  // 50 to 249
    Large,   // 250 or more
}

public static class SizeClassExtensions
{
    public static bool IsSme(this SizeClass size) => size != SizeClass.Large;
}

/// <summary>How a size class reads for a person, in both languages.</summary>
public static class SizeNames
{
    public static string Nl(SizeClass size) => size switch
    {
        SizeClass.Micro => "micro (minder dan 10)",
        SizeClass.Small => "klein (10 tot 50)",
        SizeClass.Medium => "middelgroot (50 tot 250)",
        SizeClass.Large => "groot (250 of meer)",
        _ => size.ToString(),
    };

    public static string En(SizeClass size) => size switch
    {
        SizeClass.Micro => "micro (fewer than 10)",
        SizeClass.Small => "small (10 to 49)",
        SizeClass.Medium => "medium (50 to 249)",
        SizeClass.Large => "large (250 or more)",
        _ => size.ToString(),
    };

    public static string In(SizeClass size, string language) => language == "en" ? En(size) : Nl(size);
}
