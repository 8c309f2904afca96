using Mestring.Domain.Oversight;
using Mestring.Domain.Providers;
using Mestring.Oversight;

namespace Mestring.Web.Pages.Tilsyn;

/// <summary>Danish (or English) words for the oversight codes: signal kinds, severities, reviews, roles and evidence columns.</summary>
public static class OversightText
{
    public static string Kind(this IStringLocalizer t, string kind) => t["Oversight.Kind." + kind];

    public static string Severity(this IStringLocalizer t, Severity severity) => t["Oversight.Severity." + severity];

    public static string Review(this IStringLocalizer t, SignalReviewStatus? status) =>
        t[status is { } s ? "Oversight.Review." + s : "Oversight.Review.None"];

    public static string LinkRole(this IStringLocalizer t, LinkRole role) => t["Oversight.Role." + role];

    public static string Ownership(this IStringLocalizer t, Ownership ownership) => t["Oversight.Ownership." + ownership];

    /// <summary>A tilbud type code (e.g. botilbud_midlertidigt) in words.</summary>
    public static string OfferType(this IStringLocalizer t, string type)
    {
        var text = t["Oversight.Type." + type];
        if (!text.ResourceNotFound)
        {
            return text.Value;
        }
        var words = type.Replace('_', ' ').Replace('-', ' ');
        return words.Length == 0 ? "–" : char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>An evidence column or figure name (camelCase key from the engine) in words; a theme code by its name.</summary>
    public static string Field(this IStringLocalizer t, string key)
    {
        var theme = SupervisionTheme.Shipped.FirstOrDefault(x => x.Code == key);
        if (theme is not null)
        {
            return CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? theme.NameEn : theme.NameDa;
        }
        var text = t["Oversight.Field." + key];
        return text.ResourceNotFound ? key : text.Value;
    }

    /// <summary>An evidence cell for people: dates and months in words, numbers with Danish separators, units translated.</summary>
    public static string Cell(this IStringLocalizer t, string value)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return Fmt.Date(d);
        }
        if (DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m) && value.Length == 7)
        {
            return m.ToString("MMMM yyyy", CultureInfo.CurrentCulture);
        }
        if (value is "day" or "hour" or "week" or "month")
        {
            return t.Unit(value);
        }
        if (value.StartsWith("SEL-", StringComparison.Ordinal) || value.StartsWith("BL-", StringComparison.Ordinal))
        {
            return Labels.LegalBasis(value);
        }
        if (value is "this tilbud" or "peer" or "owner" or "leader" or "board-member")
        {
            return t["Oversight.Value." + value];
        }
        return decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) && value.Length < 16 && !value.StartsWith('0')
            ? Fmt.Number(n) : value;
    }

    /// <summary>Whether an evidence column is shown (free-text notes are English; shown only in English).</summary>
    public static bool Shown(string column) => column != "note" || CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
}
