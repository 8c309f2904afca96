namespace Mestring.Application.Evidence;

/// <summary>How an outcome is measured and which way is better.</summary>
/// <param name="Name">The outcome id in rows and in the ground truth, e.g. <c>acute_admissions_12m</c>.</param>
/// <param name="EventType">The events.type counted (quantity summed) in the 365 days from the start; null for benefit outcomes.</param>
/// <param name="CatalogueOutcome">The investment catalogue's outcome id it maps to, or null.</param>
/// <param name="Unit">Plain-text unit of the estimate.</param>
/// <param name="HigherIsBetter">True when an increase is the desired direction.</param>
public sealed record OutcomeDefinition(string Name, string? EventType, string? CatalogueOutcome, string Unit, bool HigherIsBetter);

/// <summary>The outcomes the evidence analyses estimate, in display order.</summary>
public static class EvidenceOutcomes
{
    /// <summary>Function levels gained on the addressed condition (baseline − follow-up).</summary>
    public const string Progression = "progression";

    /// <summary>
    /// The citizen's own rating (1–10) of the goal on the addressed condition: the latest rating at the follow-up minus the
    /// first rating at the start.
    /// </summary>
    public const string CitizenRating = "citizen_rating";

    /// <summary>Acute admissions in the 365 days after the start (the ground truth's name).</summary>
    public const string AcuteAdmissions = "acute_admissions_12m";

    /// <summary>Share of the calendar year after the start year on kontanthjælp or uddannelseshjælp (0 or 1 per person-year).</summary>
    public const string Kontanthjaelp = "kontanthjaelp_next_year";

    /// <summary>Share of the calendar year after the start year self-supporting in work (benefit none, income ≥ 100,000 DKK, age 18–64).</summary>
    public const string Employed = "employed_next_year";

    /// <summary>Income (DKK) from which a self-supporting year counts as a year in employment.</summary>
    public const decimal EmploymentIncomeDkk = 100_000m;

    /// <summary>Every outcome.</summary>
    public static IReadOnlyList<OutcomeDefinition> All { get; } =
    [
        new(Progression, null, null, "funktionsniveauer forbedret på den adresserede tilstand", true),
        new(CitizenRating, null, null, "point på borgerens egen vurdering af målet (1–10), fra start til opfølgning", true),
        new(AcuteAdmissions, "acute_admission", "akut_indlaeggelse", "akutte indlæggelser pr. deltager i året efter start", false),
        new("psychiatric_contacts_12m", "psychiatric_contact", "psykiatrisk_kontakt", "psykiatriske kontakter pr. deltager i året efter start", false),
        new("ed_visits_12m", "ed_visit", "skadestue_besoeg", "skadestuebesøg pr. deltager i året efter start", false),
        new("shelter_nights_12m", "shelter_night", "herberg_nat", "herbergsnætter pr. deltager i året efter start", false),
        new("placement_days_12m", "placement_day", "anbringelse_doegn", "anbringelsesdøgn pr. deltager i året efter start", false),
        new(Kontanthjaelp, null, "kontanthjaelp_aar", "andel af året efter på kontanthjælp/uddannelseshjælp", false),
        new(Employed, null, "beskaeftiget_aar", "andel af året efter i beskæftigelse (selvforsørgende)", true),
    ];

    /// <summary>True for outcomes that count events or benefit years (zero for most people), where too few events make a verdict unsafe.</summary>
    public static bool CountsEvents(string name) => name is not (Progression or CitizenRating);

    /// <summary>The definition of an outcome name, or null.</summary>
    public static OutcomeDefinition? Find(string name) => All.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.Ordinal));
}
