using Mestring.Evidence.Data;
using Mestring.Evidence.Estimation;

namespace Mestring.Evidence.Tests.Estimation;

/// <summary>
/// Monte Carlo checks of the psm standard errors against the spread of the estimator over seeded replications
/// (200 × n = 1,000, matching with replacement): the Abadie–Imbens (2016) SE for the estimated PS versus the 2006 SE that
/// treats it as known. x1, x2 ~ N(0,1); the PS model always has x1 and x2; y = x1 + 2·x2 + τ(x)·T + N(0,1).
/// </summary>
public sealed class EstimatedPropensityScoreSeTests
{
    private const int Replications = 200;
    private const int N = 1000;

    [Fact]
    public void Ate_WhenACovariatePredictsOnlyTheOutcome_AdjustedSeMatchesTheSpreadAndPsKnownSeIsTooLarge()
    {
        // True PS depends on x1 only, but the fitted PS also uses x2, which drives y: estimating the PS balances x2 in
        // the sample, so the estimator is more precise than matching on the true PS, and the 2006 SE overstates it.
        var mc = Simulate(Estimand.Ate, x => 0.3 + 0.8 * x.X1, x => 2.0, seed: 1);

        Assert.True(Math.Abs(mc.Adjusted - mc.EmpiricalSd) < Math.Abs(mc.PsKnown - mc.EmpiricalSd), mc.ToString());
        Assert.InRange(mc.Adjusted / mc.EmpiricalSd, 0.9, 1.1);
        Assert.True(mc.PsKnown / mc.EmpiricalSd > 1.3, mc.ToString());
    }

    [Fact]
    public void Att_WithAHeterogeneousEffect_AdjustedSeMatchesTheSpread()
    {
        var mc = Simulate(Estimand.Att, x => -0.3 + x.X1, x => 1 + 1.5 * x.X2, seed: 2);

        Assert.True(Math.Abs(mc.Adjusted - mc.EmpiricalSd) < Math.Abs(mc.PsKnown - mc.EmpiricalSd), mc.ToString());
        Assert.InRange(mc.Adjusted / mc.EmpiricalSd, 0.9, 1.1);
    }

    [Fact]
    public void Ate_WithTheTruePsModel_PsKnownSeMatchesTheSpread()
    {
        // Every unit is both a focal unit and a match in the ATE, so its noise enters with weight (1 + K)²; a variance
        // that counted only K² − K′ (the ATT weight) came out ~15 % too small here.
        var mc = Simulate(Estimand.Ate, x => 0.3 + 0.8 * x.X1, x => 2.0, seed: 3, covariates: ["x1"]);

        Assert.InRange(mc.PsKnown / mc.EmpiricalSd, 0.9, 1.1);
    }

    [Fact]
    public void SeMethod_SaysWhichFormulaWasUsed()
    {
        var data = Draw(new Random(4), N, x => -0.3 + x.X1, x => 2.0);
        var request = new EstimationRequest("t", "y", ["x1", "x2"]) { Method = EstimationMethod.Psm, Replace = true, Caliper = null, BiasAdjust = false };

        var adjusted = EffectEstimator.Estimate(data, request).Value!;
        var known = EffectEstimator.Estimate(data, request with { PsAdjustedSe = false }).Value!;

        Assert.Equal("abadie-imbens-2016", adjusted.SeMethod);
        Assert.Equal("abadie-imbens", known.SeMethod);
        Assert.Equal(known.Estimate, adjusted.Estimate);
        Assert.NotEqual(known.Se, adjusted.Se);
        Assert.DoesNotContain(adjusted.Warnings, w => w.Contains("as known", StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutReplacement_FallsBackToPsKnownSeWithAWarning()
    {
        var data = Draw(new Random(5), N, x => -0.3 + x.X1, x => 2.0);

        var result = EffectEstimator.Estimate(data, new("t", "y", ["x1", "x2"]) { Method = EstimationMethod.Psm, Replace = false, BiasAdjust = false }).Value!;

        Assert.Equal("abadie-imbens", result.SeMethod);
        Assert.Contains(result.Warnings, w => w.Contains("matching with replacement only", StringComparison.Ordinal));
    }

    [Fact]
    public void CaliperDroppingUnits_FallsBackToPsKnownSeWithAWarning()
    {
        var data = Draw(new Random(6), N, x => -0.5 + 1.5 * x.X1, x => 2.0);

        var result = EffectEstimator.Estimate(data, new("t", "y", ["x1", "x2"]) { Method = EstimationMethod.Psm, Replace = true, Caliper = 0.01, BiasAdjust = false }).Value!;

        Assert.Equal("abadie-imbens", result.SeMethod);
        Assert.Contains(result.Warnings, w => w.Contains("caliper dropped", StringComparison.Ordinal));
    }

    private static MonteCarlo Simulate(Estimand estimand, Func<(double X1, double X2), double> logit, Func<(double X1, double X2), double> effect, int seed, string[]? covariates = null)
    {
        var rng = new Random(seed);
        var estimates = new double[Replications];
        double adjusted = 0, known = 0;
        for (int r = 0; r < Replications; r++)
        {
            var data = Draw(rng, N, logit, effect);
            var request = new EstimationRequest("t", "y", covariates ?? ["x1", "x2"]) { Method = EstimationMethod.Psm, Estimand = estimand, Replace = true, Caliper = null, BiasAdjust = false };
            var a = EffectEstimator.Estimate(data, request).Value!;
            var k = EffectEstimator.Estimate(data, request with { PsAdjustedSe = false }).Value!;
            estimates[r] = a.Estimate;
            adjusted += a.Se / Replications;
            known += k.Se / Replications;
        }

        double mean = estimates.Average();
        double sd = Math.Sqrt(estimates.Sum(v => (v - mean) * (v - mean)) / (Replications - 1));
        return new MonteCarlo(sd, adjusted, known);
    }

    private static Dataset Draw(Random rng, int n, Func<(double X1, double X2), double> logit, Func<(double X1, double X2), double> effect)
    {
        var x1 = new double[n];
        var x2 = new double[n];
        var t = new double[n];
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            x1[i] = TestData.Gaussian(rng);
            x2[i] = TestData.Gaussian(rng);
            var x = (x1[i], x2[i]);
            t[i] = rng.NextDouble() < 1 / (1 + Math.Exp(-logit(x))) ? 1 : 0;
            y[i] = x1[i] + 2 * x2[i] + effect(x) * t[i] + TestData.Gaussian(rng);
        }

        return TestData.Columns(("t", t), ("y", y), ("x1", x1), ("x2", x2));
    }

    /// <summary>Empirical SD of the estimate and the mean of each analytical SE.</summary>
    private sealed record MonteCarlo(double EmpiricalSd, double Adjusted, double PsKnown);
}
