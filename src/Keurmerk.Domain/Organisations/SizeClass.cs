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
