using BenchmarkDotNet.Attributes;
using Mestring.Economics.Calculation;
using Mestring.Economics.Cases;
using Mestring.Economics.MonteCarlo;

namespace Mestring.Economics.Benchmarks;

/// <summary>10,000 draws of the benchmark case on 1 and 2 threads (target: under 100 ms on one core).</summary>
[MemoryDiagnoser]
public class MonteCarloBenchmarks
{
    private readonly InvestmentCase _case = BenchmarkCases.TenYearsTwentyOutcomesFourHolders();

    [Params(1, 2)]
    public int Threads { get; set; }

    /// <summary>Compile the case, simulate 10,000 NPVs and summarise them (mean, sort, percentiles, histogram).</summary>
    [Benchmark]
    public MonteCarloResult TenThousandDraws() => MonteCarloSimulator.Run(_case, 10_000, seed: 1, Threads);
}

/// <summary>Draw count scaling on one thread: time should grow linearly (plus n log n for the percentile sort).</summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private readonly InvestmentCase _case = BenchmarkCases.TenYearsTwentyOutcomesFourHolders();

    [Params(1_000, 10_000, 100_000)]
    public int Draws { get; set; }

    [Benchmark]
    public MonteCarloResult Draws1Thread() => MonteCarloSimulator.Run(_case, Draws, seed: 1, threads: 1);
}

/// <summary>The deterministic result with tornado and break-even success rate, without Monte Carlo.</summary>
[MemoryDiagnoser]
public class DeterministicBenchmarks
{
    private readonly InvestmentCase _case = BenchmarkCases.TenYearsTwentyOutcomesFourHolders();

    [Benchmark]
    public InvestmentResult EvaluateWithSensitivity() => InvestmentEngine.Evaluate(_case);
}
