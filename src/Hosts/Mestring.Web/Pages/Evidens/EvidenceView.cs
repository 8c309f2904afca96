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

    /// <summary>The verdict in the UI language; the balance gate's verdict through its own resource key.</summary>
    public static string Verdict(IStringLocalizer t, string code, string danish) =>
        code == "uncertain_balance" ? t["Evidence.UncertainBalance"] : t[danish];

    /// <summary>
    /// The E-value in plain words: how much more likely a hidden difference would have to make both the method and the
    /// outcome to explain the effect away, and how much to make the interval reach no effect. Empty without a verdict.
    /// </summary>
    public static string Robustness(IStringLocalizer t, double? eValue, double? eValueCi)
    {
        if (eValue is not double e || !double.IsFinite(e) || e <= 1.0001)
        {
            return "";
        }

        string text = t["Evidence.EValue {0}", N(e, 1)];
        return eValueCi is double ci && ci > 1.0001
            ? text + " " + t["Evidence.EValueCi {0}", N(ci, 1)]
            : text + " " + t["Evidence.EValueCiNone"];
    }

    /// <summary>The covariates that failed the balance gate, by name, or empty.</summary>
    public static string BalanceNote(IStringLocalizer t, IReadOnlyList<Mestring.Evidence.Estimation.BalanceWarning> warnings) =>
        warnings.Count == 0 ? "" : t["Evidence.BalanceWarning {0}", string.Join(", ", warnings.Select(w => Covariate(t, w.Covariate)))];

    /// <summary>A covariate column of the in-system analyses in plain words.</summary>
    public static string Covariate(IStringLocalizer t, string column) => column switch
    {
        "age50" => t["Evidence.Covariate.Age50"],
        "prior" => t["Evidence.Covariate.Prior"],
        "prior:missing" => t["Evidence.Covariate.PriorMissing"],
        "female" => t["Evidence.Covariate.Female"],
        "baseline" => t["Evidence.Covariate.Baseline"],
        _ when column.StartsWith("baseline:", StringComparison.Ordinal) => t["Evidence.Covariate.BaselineLevel {0}", column["baseline:".Length..]],
        _ when column.StartsWith("group:", StringComparison.Ordinal) => TargetGroup(column["group:".Length..]),
        _ when column.StartsWith("provider:", StringComparison.Ordinal) => t["Evidence.Covariate.Provider {0}", column["provider:".Length..]],
        _ => column,
    };

    /// <summary>What the verdict means, in plain words.</summary>
    public static string Explain(IStringLocalizer t, MethodEffectRow r) => r.VerdictCode switch
    {
        "uncertain_balance" => t["Evidence.UncertainBalanceExplain"],
        "works" => t["Forskellen til almindelig indsats hos de samme tilbud er så stor, at den næppe skyldes tilfældigheder – i den ønskede retning."],
        "harmful" => t["Forskellen er tydelig, men i den forkerte retning: det går dårligere end med almindelig indsats."],
        "tooFewData" => t["For få forløb (under 30 med eller uden metoden) eller for få borgere med hændelsen (under 10 på hver side) til at sige noget sikkert."],
        _ => t["Vi kan ikke se en forskel til almindelig indsats: intervallet rummer både gevinst, tab og nul."],
    };
}
