using Mestring.Economics.MonteCarlo;
using Mestring.Economics.Sensitivity;

namespace Mestring.Economics.Calculation;

/// <summary>
/// The full result of an investment case: the spec's keys (npv, pvCosts, pvBenefits, bcr, breakEvenYear,
/// byHolder, years, monteCarlo) plus grouping by the first part of the holder key, per-year totals, the IRR,
/// the tornado and the break-even success rate. Money is DKK in the case's price year.
/// </summary>
public sealed record InvestmentResult
{
    /// <summary>Engine that produced the result (see <see cref="EngineInfo.Version"/>).</summary>
    public string EngineVersion { get; init; } = EngineInfo.Version;

    /// <summary>Name of the case.</summary>
    public string Name { get; init; } = "";

    /// <summary>Price year of the money amounts, if the case gave one.</summary>
    public int? PriceYear { get; init; }

    /// <summary>Deterministic cash flows and summary figures.</summary>
    public required CashFlowResult CashFlows { get; init; }

    /// <summary>Monte Carlo summary; null when no draws were asked for.</summary>
    public MonteCarloResult? MonteCarlo { get; init; }

    /// <summary>Tornado bars sorted by swing (largest first); empty when sensitivity was not asked for.</summary>
    public IReadOnlyList<TornadoBar> Tornado { get; init; } = [];

    /// <summary>The success rate at which NPV = 0; null if there is none in [0,1] (or sensitivity was off).</summary>
    public double? BreakEvenSuccessRate { get; init; }
}

/// <summary>The deterministic part of a result (spec "Deterministic result").</summary>
public sealed record CashFlowResult
{
    /// <summary>Σ_h Σ_t (B_h(t) − C_h(t))·DF(t).</summary>
    public required double Npv { get; init; }

    /// <summary>Σ C·DF.</summary>
    public required double PvCosts { get; init; }

    /// <summary>Σ B·DF.</summary>
    public required double PvBenefits { get; init; }

    /// <summary>pvBenefits / pvCosts; null when pvCosts is 0.</summary>
    public required double? Bcr { get; init; }

    /// <summary>First year where the cumulative discounted net over all holders is ≥ 0; null if never.</summary>
    public required int? BreakEvenYear { get; init; }

    /// <summary>IRR of the undiscounted yearly net flows over all holders; null when it does not exist.</summary>
    public required double? Irr { get; init; }

    /// <summary>Summary per full holder key, in order of first appearance in the case.</summary>
    public required IReadOnlyList<HolderSummary> ByHolder { get; init; }

    /// <summary>Summary per first part of the holder key (e.g. "kommune"), in order of first appearance.</summary>
    public required IReadOnlyList<HolderSummary> ByHolderGroup { get; init; }

    /// <summary>Rows per year and full holder key (every holder in every year).</summary>
    public required IReadOnlyList<YearFlow> Years { get; init; }

    /// <summary>Rows per year and holder group.</summary>
    public required IReadOnlyList<YearFlow> YearsByHolderGroup { get; init; }

    /// <summary>Totals per year over all holders with the cumulative discounted net.</summary>
    public required IReadOnlyList<YearTotal> Totals { get; init; }
}

/// <summary>Present values for one holder (or holder group).</summary>
public sealed record HolderSummary(string Holder, double Npv, double PvCosts, double PvBenefits)
{
    /// <summary>pvBenefits / pvCosts for this holder; null when it has no costs.</summary>
    public double? Bcr => PvCosts == 0 ? null : PvBenefits / PvCosts;
}

/// <summary>Undiscounted costs and benefits of one holder in one year, with the discounted net.</summary>
public sealed record YearFlow(int Year, string Holder, double Costs, double Benefits, double Net, double DiscountedNet);

/// <summary>One year over all holders.</summary>
public sealed record YearTotal(int Year, double DiscountFactor, double Costs, double Benefits, double Net,
    double DiscountedNet, double CumulativeDiscountedNet);
