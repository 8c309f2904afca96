namespace Mestring.Prevention.Factors;

/// <summary>The stable keys of the built-in factors (CLI output, audit, aggregates).</summary>
public static class FactorKeys
{
    /// <summary>Someone in the family receives kontanthjælp or førtidspension.</summary>
    public const string FamilyBenefits = "family_benefits";

    /// <summary>The child does not live with both mother and father.</summary>
    public const string NotLivingWithBothParents = "not_living_with_both_parents";

    /// <summary>Neither parent has an education beyond grundskolen (ISCED ≤ 2).</summary>
    public const string ParentsLowEducation = "parents_low_education";

    /// <summary>Family income in the municipality's lowest 20 % of families with children.</summary>
    public const string LowFamilyIncome = "low_family_income";

    /// <summary>Default indicator: at least one notification (underretning) in the last 12 months.</summary>
    public const string Notifications = "notifications";

    /// <summary>Default indicator: many absence days in the last completed school year.</summary>
    public const string SchoolAbsence = "school_absence";
}
