using Mestring.Evidence.Data;
using Mestring.Evidence.Errors;
using Mestring.Evidence.Estimation;

namespace Mestring.Evidence.Tests.Estimation;

/// <summary>Cluster-robust (CR1) standard errors for the regression method.</summary>
public sealed class ClusteredRegressionTests
{
    private static (double[] T, double[] X, double[] Y) Sample(int n, int seed)
    {
        var rng = new Random(seed);
        var t = new double[n];
        var x = new double[n];
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            x[i] = TestData.Gaussian(rng);
            t[i] = rng.NextDouble() < 0.4 ? 1 : 0;
            y[i] = 0.5 * t[i] + x[i] + TestData.Gaussian(rng);
        }

        return (t, x, y);
    }

    private static EstimationRequest Request(IReadOnlyList<int>? clusters) =>
        new("t", "y", ["x"]) { Method = EstimationMethod.Regression, Regression = RegressionSpecification.Additive, Estimand = Estimand.Ate, Clusters = clusters };

    [Fact]
    public void EveryRowTwice_HC1PretendsTwiceTheData_CR1DoesNot()
    {
        var (t, x, y) = Sample(400, 5);
        var once = EffectEstimator.Estimate(new Dataset([new("t", t), new("x", x), new("y", y)]), Request(null)).Value!;
        var twice = new Dataset([new("t", t.Concat(t).ToArray()), new("x", x.Concat(x).ToArray()), new("y", y.Concat(y).ToArray())]);
        var person = Enumerable.Range(0, 400).Concat(Enumerable.Range(0, 400)).ToArray();

        var hc1 = EffectEstimator.Estimate(twice, Request(null)).Value!;
        var cr1 = EffectEstimator.Estimate(twice, Request(person)).Value!;

        Assert.Equal(once.Estimate, cr1.Estimate, 10);
        Assert.Equal("cr1", cr1.SeMethod);
        Assert.InRange(hc1.Se / once.Se, 0.69, 0.73);   // ≈ 1/√2: duplicates counted as independent
        Assert.InRange(cr1.Se / once.Se, 0.98, 1.02);  // the person is the unit again
    }

    [Fact]
    public void ClustersOfTheWrongLength_AreAClearError()
    {
        var (t, x, y) = Sample(50, 1);
        var result = EffectEstimator.Estimate(new Dataset([new("t", t), new("x", x), new("y", y)]), Request([1, 2, 3]));

        Assert.False(result.IsSuccess);
        Assert.Equal(EvidenceErrorCode.InvalidRequest, result.Error!.Code);
        Assert.Contains("3 ids for 50 rows", result.Error.Message, StringComparison.Ordinal);
    }
}
