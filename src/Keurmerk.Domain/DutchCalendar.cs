namespace Keurmerk.Domain;

/// <summary>Dates as they are in the Netherlands: a decision at 00:30 in The Hague is dated that day, not the day before in UTC.</summary>
public static class DutchCalendar
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateOnly DateOf(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Amsterdam).DateTime);
}
