namespace Mestring.Domain.Common;

/// <summary>
/// "Today" for deadlines, ages and screening is the Danish calendar day, whatever zone the server runs in; times are
/// stored in UTC.
/// </summary>
public static class DanishCalendar
{
    private static readonly TimeZoneInfo Zone = FindZone();

    /// <summary>The Danish calendar day at the clock's current instant.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);
    }

    /// <summary>The same, as an extension: <c>clock.TodayInDenmark()</c>.</summary>
    public static DateOnly TodayInDenmark(this TimeProvider clock) => Today(clock);

    /// <summary>The Danish calendar day of an instant (a log grouped by day).</summary>
    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone).DateTime);

    /// <summary>The instant a Danish calendar day begins (a period filter on stored UTC times).</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    /// <summary>The same instant shown with the Danish offset of that moment (+01:00 or +02:00).</summary>
    public static DateTimeOffset InDenmark(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>
    /// The Danish wall-clock time <paramref name="local"/> as an instant; a time skipped by the spring change is moved
    /// an hour on, an ambiguous autumn time is read as standard time.
    /// </summary>
    public static DateTimeOffset AtDanishTime(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified));
    }

    /// <summary>Calendar months added on the Danish calendar: 31 January + 1 month is 28/29 February, same clock time.</summary>
    public static DateTimeOffset AddMonthsInDenmark(DateTimeOffset instant, int months) =>
        AtDanishTime(InDenmark(instant).DateTime.AddMonths(months));

    /// <summary>Midnight at the start of a Danish calendar day.</summary>
    public static DateTimeOffset StartOfDay(DateOnly day) => AtDanishTime(day.ToDateTime(TimeOnly.MinValue));

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
        }
        catch (TimeZoneNotFoundException)
        {
            // Without tz data (a minimal container), Central European Time without summer time is a close stand-in.
            return TimeZoneInfo.CreateCustomTimeZone("CET", TimeSpan.FromHours(1), "CET", "CET");
        }
    }
}
