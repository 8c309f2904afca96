namespace Mestring.Prevention.Factors;

/// <summary>
/// The definitions of the four KL 2013 family factors ("Investér før det sker") and the default event indicators.
/// The family factors occupy mask bits 0–3 in this order; enabled indicators follow from bit 4.
/// </summary>
public static class FactorCatalog
{
    /// <summary>
    /// Default legal-basis text. It deliberately does not claim a basis the municipality may not have: screening by
    /// profiling needs a specific legal basis, which the municipality states when it turns screening on.
    /// </summary>
    public const string DefaultLegalBasis =
        "Standardtekst – erstattes af kommunens konkrete hjemmel, når screeningen slås til. Profilering af familier på " +
        "grundlag af samkørte registeroplysninger kræver en specifik hjemmel i lov (databeskyttelsesforordningen " +
        "art. 6, stk. 1, litra e, og for følsomme oplysninger art. 9, stk. 2); samtykke kan ikke bære profileringen " +
        "(jf. Gladsaxe-modellen 2018 og Datatilsynets afgørelse om Københavns Kommunes AI-værktøj 2023). Formålet er " +
        "alene at kunne tilbyde tidlig forebyggende hjælp efter barnets lov §§ 28–32; en sagsbehandler træffer altid " +
        "beslutningen, og intet sendes automatisk til familien.";

    /// <summary>Number of family factors (bits 0–3).</summary>
    public const int FamilyFactorCount = 4;

    /// <summary>Mask of the four family factors.</summary>
    public const uint FamilyMask = 0b1111;

    /// <summary><c>family_benefits</c>, bit 0.</summary>
    public static FamilyFactor FamilyBenefits { get; } = new(
        0, FactorKeys.FamilyBenefits, "Kontanthjælp eller førtidspension i familien",
        "Mindst én person i barnets familie – mor eller far (uanset bopæl) eller en voksen i barnets husstand pr. " +
        "1. januar – har kontanthjælp eller førtidspension som hovedydelse i referenceåret. Uddannelseshjælp regnes " +
        "som kontanthjælp, fordi den i 2014 afløste kontanthjælpen for unge under 30 uden uddannelse (kan slås fra).",
        "person_years.csv (benefit) og household_years.csv – ydelsesregistre og CPR-husstand pr. 1. januar.",
        DefaultLegalBasis);

    /// <summary><c>not_living_with_both_parents</c>, bit 1.</summary>
    public static FamilyFactor NotLivingWithBothParents { get; } = new(
        1, FactorKeys.NotLivingWithBothParents, "Bor ikke sammen med både mor og far",
        "Barnet bor pr. 1. januar i referenceåret ikke i samme husstand som både mor og far. Et barn med ukendt far " +
        "(eller mor) eller en afdød forælder bor ikke med begge. Kendes barnets egen husstand ikke, vurderes " +
        "faktoren ikke (vises som manglende data).",
        "persons.csv (mother_id, father_id, death_date) og household_years.csv – CPR.",
        DefaultLegalBasis);

    /// <summary><c>parents_low_education</c>, bit 2.</summary>
    public static FamilyFactor ParentsLowEducation { get; } = new(
        2, FactorKeys.ParentsLowEducation, "Ingen af forældrene har uddannelse ud over grundskolen",
        "Ingen af forældrene har en uddannelse ud over grundskolen (ISCED ≤ 2), senest kendte niveau til og med " +
        "referenceåret. En forælder med ukendt uddannelse tæller hverken med eller imod: faktoren er til stede, når " +
        "mindst én forælder har kendt uddannelse og ingen forælder har ISCED over 2. Er begge forældres uddannelse " +
        "ukendt, vurderes faktoren ikke – manglende oplysninger (ofte udenlandsk uddannelse) må ikke i sig selv " +
        "udløse en markering.",
        "person_years.csv (education_isced) – Uddannelsesregistret.",
        DefaultLegalBasis);

    /// <summary><c>low_family_income</c>, bit 3.</summary>
    public static FamilyFactor LowFamilyIncome { get; } = new(
        3, FactorKeys.LowFamilyIncome, "Familieindkomst blandt kommunens laveste 20 %",
        "Familiens samlede indkomst i referenceåret er blandt de laveste 20 % af kommunens børnefamilier samme år. " +
        "Familien er barnets husstand pr. 1. januar, og indkomsten er summen for husstandens voksne (18 år og " +
        "derover, undtagen hjemmeboende børn under 25 år). Har barnet ingen kendt husstand eller ingen voksen med " +
        "kendt indkomst, bruges summen af forældrenes indkomst. Grænsen er 20 %-fraktilen (nærmeste rang) over " +
        "kommunens familier med børn på 0–17 år, hver familie talt én gang; en indkomst lig grænsen tæller med. " +
        "Indkomsten er ikke ækvivaleret efter familiens størrelse.",
        "person_years.csv (income_dkk) og household_years.csv – Indkomstregistret og CPR.",
        DefaultLegalBasis);

    /// <summary>The four family factors in bit order.</summary>
    public static IReadOnlyList<FamilyFactor> Family { get; } =
        [FamilyBenefits, NotLivingWithBothParents, ParentsLowEducation, LowFamilyIncome];

    /// <summary>Default indicator <c>notifications</c> (off): ≥ 1 underretning in the last 12 months.</summary>
    public static EventIndicator Notifications { get; } = new(
        FactorKeys.Notifications, "Underretning inden for 12 måneder",
        "Der er modtaget mindst 1 underretning om barnet inden for de seneste 12 måneder før skæringsdatoen.",
        "events.csv (type notification) – kommunens børne- og familiesagssystem.",
        DefaultLegalBasis, "notification", IndicatorWindow.Trailing(12), 1, enabled: false);

    /// <summary>Default indicator <c>school_absence</c> (off): ≥ 20 absence days (≈ 10 %) in the last completed school year.</summary>
    public static EventIndicator SchoolAbsence { get; } = new(
        FactorKeys.SchoolAbsence, "Højt skolefravær",
        "Barnet har mindst 20 fraværsdage (ca. 10 % af skoleåret) i det seneste afsluttede skoleår (1. august – 31. juli).",
        "events.csv (type school_absence_day, quantity = dage) – skolernes fraværsregistrering.",
        DefaultLegalBasis, "school_absence_day", IndicatorWindow.LastSchoolYear, 20, enabled: false);

    /// <summary>The default indicators, all switched off.</summary>
    public static IReadOnlyList<EventIndicator> DefaultIndicators { get; } = [Notifications, SchoolAbsence];

    /// <summary>The family factor with <paramref name="key"/>, or <c>null</c>.</summary>
    public static FamilyFactor? FindFamily(string key)
    {
        foreach (var f in Family)
        {
            if (string.Equals(f.Key, key, StringComparison.Ordinal))
            {
                return f;
            }
        }

        return null;
    }
}
