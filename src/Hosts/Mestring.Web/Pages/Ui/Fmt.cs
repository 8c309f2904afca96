using System.Globalization;

namespace Mestring.Web.Pages.Ui;

/// <summary>Dates, times and amounts as the reader's culture writes them; times in Danish local time.</summary>
public static class Fmt
{
    private static readonly TimeZoneInfo Copenhagen = FindCopenhagen();

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    public static string Date(DateOnly date) => date.ToString("d. MMM yyyy", Culture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "–";

    public static string Date(DateTimeOffset at) => Date(DateOnly.FromDateTime(Local(at)));

    public static string DateTime(DateTimeOffset at) => Local(at).ToString("d. MMM yyyy 'kl.' HH:mm", Culture);

    /// <summary>ISO date for machine-readable attributes (&lt;time datetime&gt;, &lt;input type=date&gt;).</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Iso(DateTimeOffset at) => at.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture);

    /// <summary>Whole kroner where the amount is whole, øre where it is not (a takst of 540,50 stays 540,50).</summary>
    public static string Money(decimal amount) => amount.ToString(decimal.Truncate(amount) == amount ? "N0" : "N2", Culture) + " kr.";

    public static string Number(decimal value) => value.ToString("0.##", Culture);

    public static string Number(int value) => value.ToString("N0", Culture);

    /// <summary>A number for SVG coordinates and JSON-free attributes: always with a dot.</summary>
    public static string Inv(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static System.DateTime Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Copenhagen).DateTime;

    private static TimeZoneInfo FindCopenhagen()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
