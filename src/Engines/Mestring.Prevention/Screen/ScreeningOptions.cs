using Mestring.Prevention.Factors;

namespace Mestring.Prevention.Screen;

/// <summary>How a parent with unknown education is treated by <c>parents_low_education</c>.</summary>
public enum UnknownEducationPolicy
{
    /// <summary>
    /// Default: a parent with unknown education counts neither way; the factor needs at least one parent with known
    /// education. Both unknown = not evaluated.
    /// </summary>
    IgnoreUnknownParent = 0,

    /// <summary>Every identified parent must have a known education, otherwise the factor is not evaluated.</summary>
    RequireAllKnown = 1,
}

/// <summary>Parameters of a screening run. Immutable; use <c>with</c> to vary.</summary>
public sealed record ScreeningOptions
{
    /// <summary>The as-of date: ages are measured on it and the reference year is its year, or the latest year ≤ it that the extract holds.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Youngest age screened (whole years at <see cref="AsOf"/>). Default 0.</summary>
    public int MinAge { get; init; }

    /// <summary>Oldest age screened. Default 17.</summary>
    public int MaxAge { get; init; } = 17;

    /// <summary>Ages of the children whose families define the municipality's income distribution (default 0–17), independent of the screened ages.</summary>
    public int IncomeReferenceMinAge { get; init; }

    /// <summary>See <see cref="IncomeReferenceMinAge"/>.</summary>
    public int IncomeReferenceMaxAge { get; init; } = 17;

    /// <summary>Share of families counted as low income. Default 0.20 (the KL 2013 definition).</summary>
    public double LowIncomeShare { get; init; } = 0.20;

    /// <summary>Whether uddannelseshjælp counts as kontanthjælp for <c>family_benefits</c>. Default true.</summary>
    public bool CountUddannelseshjaelpAsKontanthjaelp { get; init; } = true;

    /// <summary>Unknown parental education handling.</summary>
    public UnknownEducationPolicy UnknownEducation { get; init; }

    /// <summary>The configured event indicators; only those with <see cref="EventIndicator.Enabled"/> are evaluated (at most 28).</summary>
    public IReadOnlyList<EventIndicator> Indicators { get; init; } = FactorCatalog.DefaultIndicators;

    /// <summary>Tier thresholds on the score.</summary>
    public TierThresholds Tiers { get; init; } = new();
}
