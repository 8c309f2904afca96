using BenchmarkDotNet.Attributes;
using Mestring.Evidence.Data;
using Mestring.Evidence.Estimation;
using Mestring.Evidence.Numerics;

namespace Mestring.Evidence.Benchmarks;

/// <summary>PS (IRLS, 20 covariates) + 1:1 nearest-neighbour caliper matching without replacement on 200,000 rows.</summary>
[MemoryDiagnoser]
public class MatchingBenchmark
{
    private Dataset data = null!;
    private EstimationRequest request = null!;
    private double[][] columns = null!;
    private double[] treatment = null!;

    [GlobalSetup]
    public void Setup()
    {
        data = SyntheticProblem.Generate(200_000, 42);
        request = Program.PsmRequest(0.2);
        columns = SyntheticProblem.CovariateNames.Select(data.Column).ToArray();
        treatment = data.Column("treat");
    }

    [Benchmark(Description = "Logistic PS only (IRLS)")]
    public LogisticFit PropensityOnly() => LogisticRegression.Fit(columns, treatment);

    [Benchmark(Baseline = true, Description = "PS + 1:1 NN caliper matching + SE + balance")]
    public double EstimatePsm() => EffectEstimator.Estimate(data, request).Value!.Estimate;
}
