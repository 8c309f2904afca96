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

    /// <summary>A computed amount in whole kroner ("25.000 kr." in Danish), or "–" when there is none.</summary>
    public static string Kroner(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("N0", Culture) + " kr." : "–";

    public static string Number(decimal value) => value.ToString("0.##", Culture);

    /// <summary>A computed number in the reader's culture with a .NET number pattern ("N2", "0.00"), or "–".</summary>
    public static string Number(double? value, string pattern) => value is { } v && double.IsFinite(v) ? v.ToString(pattern, Culture) : "–";

    /// <summary>
    /// A share (0.3125) in percent, rounded once, half away from zero: every chart and table rounds through here, so they
    /// agree at a midpoint (30 of 96 = 31.25 % is 31.3 in both).
    /// </summary>
    public static decimal PercentValue(double share, int decimals = 1) => Math.Round((decimal)share * 100, decimals, MidpointRounding.AwayFromZero);

    /// <summary>A share as "31,3 %" (or "31 %" with <paramref name="trimZeros"/> where the decimal is zero), or "–".</summary>
    public static string Percent(double? share, int decimals = 1, bool trimZeros = false) =>
        share is { } s && double.IsFinite(s)
            ? PercentValue(s, decimals).ToString(decimals == 0 ? "0" : "0." + new string(trimZeros ? '#' : '0', decimals), Culture) + " %"
            : "–";

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
