using Mestring.Application.Evidence;

namespace Mestring.Web.Pages.Evidens;

/// <summary>Formatting and plain-Danish explanations shared by the evidence pages.</summary>
public static class EvidenceView
{
    /// <summary>A number with the given decimals in the UI culture, or "–".</summary>
    public static string N(double value, int decimals = 2) => Fmt.Number(value, "N" + decimals.ToString(CultureInfo.InvariantCulture));

    /// <summary>An amount in kroner, or "–".</summary>
    public static string Kr(double? value) => Fmt.Kroner(value);

    /// <summary>An intervention type "legal basis | FFB ydelse code | tilbud type" with the ydelse's Danish name.</summary>
    public static string Type(string type)
    {
        var parts = (type ?? "").Split(" | ");
        if (parts.Length == 3)
        {
            parts[1] = Mestring.Web.Pages.Ui.FfbLists.Display(parts[1]);
        }
        return string.Join(" · ", parts.Where(p => p.Length > 0));
    }

    /// <summary>The outcome's unit in the UI language.</summary>
    public static string Unit(IStringLocalizer t, string outcome) => EvidenceOutcomes.Find(outcome)?.Unit is { } unit ? t[unit] : outcome;

    /// <summary>When the figures were computed (stored as ISO 8601 UTC), shown in Danish time.</summary>
    public static string ComputedAt(string iso) =>
        DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? Mestring.Web.Pages.Ui.Fmt.DateTime(at) : iso;

    /// <summary>A target group (FFB målgruppe code) by its Danish name.</summary>
    public static string TargetGroup(string code) => Mestring.Web.Pages.Ui.FfbLists.Display(code);

    /// <summary>The stop-list reason in the UI language (Danish unless English is chosen).</summary>
    public static string Reason(StopListRow row) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" && row.ReasonEnglish.Length > 0 ? row.ReasonEnglish : row.Reason;

    /// <summary>The outcome's display name.</summary>
    public static string Outcome(IStringLocalizer t, string outcome) => outcome switch
    {
        EvidenceOutcomes.Progression => t["Funktionsniveau (fremgang)"],
        EvidenceOutcomes.CitizenRating => t["Borgerens egen vurdering"],
        EvidenceOutcomes.AcuteAdmissions => t["Akutte indlæggelser"],
        "psychiatric_contacts_12m" => t["Psykiatriske kontakter"],
        "ed_visits_12m" => t["Skadestuebesøg"],
        "shelter_nights_12m" => t["Herbergsnætter"],
        "placement_days_12m" => t["Anbringelsesdøgn"],
        EvidenceOutcomes.Kontanthjaelp => t["Kontanthjælp året efter"],
        EvidenceOutcomes.Employed => t["Beskæftigelse året efter"],
        _ => outcome,
    };

    /// <summary>What the verdict means, in plain words.</summary>
    public static string Explain(IStringLocalizer t, MethodEffectRow r) => r.VerdictCode switch
    {
        "works" => t["Forskellen til almindelig indsats hos de samme tilbud er så stor, at den næppe skyldes tilfældigheder – i den ønskede retning."],
        "harmful" => t["Forskellen er tydelig, men i den forkerte retning: det går dårligere end med almindelig indsats."],
        "tooFewData" => t["For få forløb (under 30 med eller uden metoden) eller for få borgere med hændelsen (under 10 på hver side) til at sige noget sikkert."],
        _ => t["Vi kan ikke se en forskel til almindelig indsats: intervallet rummer både gevinst, tab og nul."],
    };
}
