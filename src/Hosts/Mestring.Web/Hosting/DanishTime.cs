using Mestring.Domain.Common;

namespace Mestring.Web.Hosting;

/// <summary>
/// "Today" for deadlines and ages is the Danish calendar day, whatever zone the server runs in; times are
/// stored in UTC (<see cref="DanishCalendar"/>).
/// </summary>
public static class DanishTime
{
    public static DateOnly TodayInDenmark(this TimeProvider clock) => DanishCalendar.Today(clock);
}
