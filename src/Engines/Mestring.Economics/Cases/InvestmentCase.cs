namespace Mestring.Economics.Cases;

/// <summary>
/// A social investment case as defined by <c>specs/investment-case.md</c>: spend on participants now,
/// avoid spending later, per budget holder. Years run from 0 (the decision year) to <see cref="HorizonYears"/>.
/// </summary>
public sealed record InvestmentCase
{
    /// <summary>Display name of the case.</summary>
    public string Name { get; init; } = "";

    /// <summary>The price year of all money amounts (DKK in that year's prices); optional.</summary>
    public int? PriceYear { get; init; }

    /// <summary>Last year of the horizon; the case covers years 0…HorizonYears.</summary>
    public required int HorizonYears { get; init; }

    /// <summary>Flat yearly discount rate r; DF(t) = (1+r)^−t. Default 3.5 % (Finansministeriet, years 0–35).</summary>
    public double DiscountRate { get; init; } = 0.035;

    /// <summary>
    /// Optional extension: a declining stepwise schedule (UK Green Book style). When present, year t is
    /// discounted with DF(t) = DF(t−1)/(1+r_t), r_t being the rate of the last step with fromYear ≤ t
    /// (or <see cref="DiscountRate"/> before the first step).
    /// </summary>
    public IReadOnlyList<DiscountStep>? DiscountSchedule { get; init; }

    /// <summary>Number of participants (may be fractional for expected counts).</summary>
    public required double Participants { get; init; }

    /// <summary>Share of participants for whom the intervention succeeds, in [0,1]. Default 1.</summary>
    public double SuccessRate { get; init; } = 1;

    /// <summary>Share of the change that would have happened anyway, in [0,1]. Default 0.</summary>
    public double Deadweight { get; init; }

    /// <summary>Intervention costs per holder and year range.</summary>
    public IReadOnlyList<CostLine> Costs { get; init; } = [];

    /// <summary>Outcomes with their baselines and prices per holder.</summary>
    public IReadOnlyList<Outcome> Outcomes { get; init; } = [];

    /// <summary>Effects of the intervention on the outcomes.</summary>
    public IReadOnlyList<Effect> Effects { get; init; } = [];
}

/// <summary>A cost of the intervention: <see cref="PerParticipant"/> paid by <see cref="Holder"/> in each year FromYear…ToYear.</summary>
public sealed record CostLine(string Holder, int FromYear, int ToYear, double PerParticipant);

/// <summary>A step of a declining discount schedule: <see cref="Rate"/> applies from <see cref="FromYear"/> on.</summary>
public sealed record DiscountStep(int FromYear, double Rate);

/// <summary>An outcome (a unit of public activity such as a shelter night) with its baseline and prices.</summary>
public sealed record Outcome(string Id, Baseline Baseline, IReadOnlyList<Price> Prices)
{
    /// <summary>Optional display label (extension).</summary>
    public string? Label { get; init; }
}

/// <summary>Public spending per unit of an outcome for one holder; negative is income (tax paid).</summary>
public sealed record Price(string Holder, double UnitCost, double? Se = null);

/// <summary>
/// The change an intervention makes to an outcome for a successful participant: either relative to the
/// baseline (<see cref="RelativeChange"/>, −0.6 = 60 % fewer) or in units per participant per year
/// (<see cref="AbsoluteChange"/>). Exactly one of the two is set in a valid case.
/// </summary>
public sealed record Effect
{
    /// <summary>Id of the outcome the effect changes.</summary>
    public required string Outcome { get; init; }

    /// <summary>Relative change of the baseline quantity.</summary>
    public double? RelativeChange { get; init; }

    /// <summary>Change in units per participant per year.</summary>
    public double? AbsoluteChange { get; init; }

    /// <summary>Standard error of the change (used by Monte Carlo and the tornado).</summary>
    public double? Se { get; init; }

    /// <summary>First year with an effect.</summary>
    public required int FromYear { get; init; }

    /// <summary>Last year with an effect.</summary>
    public required int ToYear { get; init; }

    /// <summary>Yearly decay d: the effect is multiplied by (1−d)^(t−FromYear). Default 0.</summary>
    public double DecayPerYear { get; init; }

    /// <summary>Extension: where the effect comes from, e.g. "catalogue" or "local".</summary>
    public string? EffectSource { get; init; }

    /// <summary>Extension: free-text reference to the evidence behind the effect.</summary>
    public string? Source { get; init; }

    /// <summary>The change used in the formulas, whichever of the two fields is set.</summary>
    public double Change => RelativeChange ?? AbsoluteChange ?? 0;

    /// <summary>True when the change is in units per participant rather than relative to the baseline.</summary>
    public bool IsAbsolute => RelativeChange is null && AbsoluteChange is not null;
}
