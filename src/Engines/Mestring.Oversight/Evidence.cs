using System.Globalization;

namespace Mestring.Oversight;

/// <summary>Invariant formatting of evidence values (the hosts format for people; this is for the record).</summary>
internal static class Ev
{
    public static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string N(decimal v) => Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public static string N(double v) => N((decimal)Math.Round(v, 4));

    public static string I(long v) => v.ToString(CultureInfo.InvariantCulture);

    public static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    /// <summary>Days in [from, to] (inclusive) ∩ [a, b]; 0 when they do not meet.</summary>
    public static int Overlap(DateOnly from, DateOnly to, DateOnly a, DateOnly b)
    {
        var lo = Math.Max(from.DayNumber, a.DayNumber);
        var hi = Math.Min(to.DayNumber, b.DayNumber);
        return Math.Max(0, hi - lo + 1);
    }

    public static int Days(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber + 1;

    public static Severity ByRatio(double ratio, double high) => ratio >= high ? Severity.High : Severity.Medium;
}
