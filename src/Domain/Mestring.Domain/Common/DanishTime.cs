namespace Mestring.Domain.Common;

/// <summary>
/// "Today" for deadlines and ages is the Danish calendar day, whatever zone the server runs in; times are
/// stored in UTC.
/// </summary>
public static class DanishTime
{
    private static readonly TimeZoneInfo Zone = FindZone();

    public static DateOnly TodayInDenmark(this TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);

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
