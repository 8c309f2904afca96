using Mestring.Economics.Cases;
using Mestring.Economics.MonteCarlo;
using Mestring.Economics.Sensitivity;

namespace Mestring.Economics.Calculation;

/// <summary>What to compute besides the deterministic result.</summary>
public sealed record EvaluationOptions
{
    /// <summary>Monte Carlo draws; 0 means no simulation (monteCarlo is null).</summary>
    public int Draws { get; init; }

    /// <summary>Seed of the random streams; the same seed gives the same numbers on every machine.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>Threads for Monte Carlo; results do not depend on it.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>Whether to compute the tornado and the break-even success rate.</summary>
    public bool Sensitivity { get; init; } = true;

    /// <summary>Histogram bins of the Monte Carlo result.</summary>
    public int HistogramBins { get; init; } = MonteCarloSimulator.DefaultHistogramBins;
}

/// <summary>
/// The social-investment engine: pure and deterministic (no clock, no I/O). Given a case and options it
/// returns the spec's result plus grouping, sensitivity and Monte Carlo.
/// </summary>
public static class InvestmentEngine
{
    /// <summary>
    /// Evaluates a case. Throws <see cref="InvalidInvestmentCaseException"/> (with every error) when the case
    /// is invalid, and <see cref="ArgumentOutOfRangeException"/> for negative draws or threads below 1.
    /// </summary>
    public static InvestmentResult Evaluate(InvestmentCase investmentCase, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(investmentCase);
        options ??= new EvaluationOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.Draws);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Threads, 1);

        var compiled = CompiledCase.From(investmentCase);
        var monteCarlo = options.Draws > 0
            ? MonteCarloSimulator.Summarise(
                MonteCarloSimulator.SimulateNpv(compiled, options.Draws, options.Seed, options.Threads),
                options.Seed,
                options.HistogramBins)
            : null;

        return new InvestmentResult
        {
            Name = investmentCase.Name,
            PriceYear = investmentCase.PriceYear,
            CashFlows = CashFlowCalculator.Compute(compiled),
            MonteCarlo = monteCarlo,
            Tornado = options.Sensitivity ? SensitivityAnalysis.Tornado(investmentCase) : [],
            BreakEvenSuccessRate = options.Sensitivity ? SensitivityAnalysis.BreakEvenSuccessRate(investmentCase) : null,
        };
    }

    /// <summary>Only the deterministic cash flows and summary figures.</summary>
    public static CashFlowResult CashFlows(InvestmentCase investmentCase) =>
        CashFlowCalculator.Compute(CompiledCase.From(investmentCase));

    /// <summary>Only the NPV (fast path, no rows).</summary>
    public static double Npv(InvestmentCase investmentCase) =>
        CashFlowCalculator.Npv(CompiledCase.From(investmentCase));
}
