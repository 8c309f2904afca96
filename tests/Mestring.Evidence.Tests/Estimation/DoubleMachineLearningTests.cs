using Mestring.Evidence.Estimation;

namespace Mestring.Evidence.Tests.Estimation;

/// <summary>dml on a seeded data set where both working models must bend: a squared term and an interaction in the
/// propensity, a sine and a square in the outcome, an effect that varies with a covariate.</summary>
public sealed class DoubleMachineLearningTests
{
    private static readonly Lazy<(Mestring.Evidence.Data.Dataset Data, double Ate, double Att)> Nonlinear = new(() => Generate(6000, 11));

    [Fact]
    public void Dml_Ate_RecoversTheKnownEffect()
    {
        var (data, ate, _) = Nonlinear.Value;

        var result = EffectEstimator.Estimate(data, new("t", "y", ["x1", "x2", "x3"]) { Method = EstimationMethod.Dml, Estimand = Estimand.Ate, Seed = 3 }).Value!;

        Assert.InRange(ate, result.CiLow, result.CiHigh);
        Assert.InRange(result.Estimate, ate - 0.2, ate + 0.2);
        Assert.Equal("influence-function", result.SeMethod);
        Assert.Equal(5, result.Settings!.Folds);
    }

    [Fact]
    public void Dml_Att_RecoversTheKnownEffectWhereLinearAipwIsOff()
    {
        var (data, _, att) = Nonlinear.Value;

        var dml = EffectEstimator.Estimate(data, new("t", "y", ["x1", "x2", "x3"]) { Method = EstimationMethod.Dml, Seed = 3 }).Value!;

        Assert.InRange(att, dml.CiLow, dml.CiHigh);
        Assert.InRange(dml.Estimate, att - 0.2, att + 0.2);
    }

    [Fact]
    public void Dml_SameSeed_SameResult_OtherSeed_OtherFolds()
    {
        var (data, _, _) = Nonlinear.Value;
        var request = new EstimationRequest("t", "y", ["x1", "x2", "x3"]) { Method = EstimationMethod.Dml, Folds = 3, Seed = 7, Repeats = 1 }; // seeds 7–11 and 8–12 of 5 splits could share a median

        var a = EffectEstimator.Estimate(data, request).Value!;
        var b = EffectEstimator.Estimate(data, request).Value!;
        var c = EffectEstimator.Estimate(data, request with { Seed = 8 }).Value!;

        Assert.Equal(a.Estimate, b.Estimate);
        Assert.Equal(a.Se, b.Se);
        Assert.NotEqual(a.Estimate, c.Estimate);
    }

    [Fact]
    public void Dml_SameNumber_OnOneThreadAndOnMany()
    {
        var (data, _, _) = Nonlinear.Value;
        var request = new EstimationRequest("t", "y", ["x1", "x2", "x3"]) { Method = EstimationMethod.Dml, Seed = 5, Repeats = 2 };

        var one = EffectEstimator.Estimate(data, request with { MaxDegreeOfParallelism = 1 }).Value!;
        var many = EffectEstimator.Estimate(data, request with { MaxDegreeOfParallelism = 8 }).Value!;

        Assert.Equal(one.Estimate, many.Estimate);
        Assert.Equal(one.Se, many.Se);
    }

    [Fact]
    public void Dml_RepeatedSplits_TakeTheMedianAndWidenTheSeBySplitSpread()
    {
        var (data, _, _) = Nonlinear.Value;
        var request = new EstimationRequest("t", "y", ["x1", "x2", "x3"]) { Method = EstimationMethod.Dml, Seed = 5 };
        var splits = Enumerable.Range(0, 3).Select(r => EffectEstimator.Estimate(data, request with { Seed = 5 + r, Repeats = 1 }).Value!).ToArray();

        var combined = EffectEstimator.Estimate(data, request with { Repeats = 3 }).Value!;

        var median = splits.Select(s => s.Estimate).Order().ElementAt(1);
        Assert.Equal(median, combined.Estimate, 12);
        Assert.True(combined.Se >= splits.Select(s => s.Se).Order().ElementAt(1) - 1e-12);
        Assert.Equal(3, combined.Settings!.Repeats);
        Assert.Equal(5, EffectEstimator.Estimate(data, request).Value!.Settings!.Repeats); // 6,000 rows: 5 splits by default
    }

    [Fact]
    public void Dml_ZeroRepeats_IsAnInvalidRequest() =>
        Assert.False(EffectEstimator.Estimate(Nonlinear.Value.Data, new("t", "y", ["x1"]) { Method = EstimationMethod.Dml, Repeats = 0 }).IsSuccess);

    [Fact]
    public void Dml_OneFold_IsAnInvalidRequest() =>
        Assert.Equal(Errors.EvidenceErrorCode.InvalidRequest,
            EffectEstimator.Estimate(Nonlinear.Value.Data, new("t", "y", ["x1"]) { Method = EstimationMethod.Dml, Folds = 1 }).Error!.Code);

    /// <summary>
    /// e = σ(−1 + 0.8x1² − 0.6x2 + 0.5x1x3), y = sin(2x1) + x2² + 0.5x3 + τ(x)T + ε with τ(x) = 1 + 0.5x3.
    /// The truths are the sample means of τ(x) (all rows, treated rows).
    /// </summary>
    private static (Mestring.Evidence.Data.Dataset, double, double) Generate(int n, int seed)
    {
        var rng = new Random(seed);
        var x1 = new double[n];
        var x2 = new double[n];
        var x3 = new double[n];
        var t = new double[n];
        var y = new double[n];
        double sumAll = 0, sumTreated = 0;
        int treated = 0;
        for (int i = 0; i < n; i++)
        {
            x1[i] = TestData.Gaussian(rng);
            x2[i] = TestData.Gaussian(rng);
            x3[i] = TestData.Gaussian(rng);
            double eta = -1 + 0.8 * x1[i] * x1[i] - 0.6 * x2[i] + 0.5 * x1[i] * x3[i];
            t[i] = rng.NextDouble() < 1 / (1 + Math.Exp(-Math.Clamp(eta, -4, 4))) ? 1 : 0;
            double tau = 1 + 0.5 * x3[i];
            y[i] = Math.Sin(2 * x1[i]) + x2[i] * x2[i] + 0.5 * x3[i] + tau * t[i] + TestData.Gaussian(rng);
            sumAll += tau;
            if (t[i] == 1)
            {
                sumTreated += tau;
                treated++;
            }
        }

        return (TestData.Columns(("t", t), ("y", y), ("x1", x1), ("x2", x2), ("x3", x3)), sumAll / n, sumTreated / treated);
    }
}
