using Mestring.Evidence.Data;
using Mestring.Evidence.Errors;
using Mestring.Evidence.Estimation;

namespace Mestring.Evidence.Tests.Estimation;

/// <summary>Cluster-robust (CR1, CR2) standard errors for the regression method.</summary>
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

    private static EstimationRequest Request(IReadOnlyList<int>? clusters, bool cr2 = false) =>
        new("t", "y", ["x"])
        {
            Method = EstimationMethod.Regression, Regression = RegressionSpecification.Additive, Estimand = Estimand.Ate, Clusters = clusters,
            SmallSampleClusterCorrection = cr2,
        };

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
    public void OneRowPerCluster_CR2IsHC2_AndTheIntervalUsesTOfGMinusOne()
    {
        var (t, x, y) = Sample(60, 9);
        var data = new Dataset([new("t", t), new("x", x), new("y", y)]);
        var cr2 = EffectEstimator.Estimate(data, Request(Enumerable.Range(0, 60).ToArray(), cr2: true)).Value!;

        // HC2 by hand: (X′X)⁻¹ Σ xᵢxᵢ′ eᵢ²/(1 − hᵢᵢ) (X′X)⁻¹ for X = [1, t, x].
        var rows = Enumerable.Range(0, 60).Select(i => new[] { 1, t[i], x[i] }).ToArray();
        var xtx = new double[3, 3];
        foreach (var r in rows)
        {
            for (int a = 0; a < 3; a++)
            {
                for (int b = 0; b < 3; b++)
                {
                    xtx[a, b] += r[a] * r[b];
                }
            }
        }

        var inv = Invert3(xtx);
        var beta = new double[3];
        for (int a = 0; a < 3; a++)
        {
            for (int b = 0; b < 3; b++)
            {
                beta[a] += inv[a, b] * rows.Select((r, i) => r[b] * y[i]).Sum();
            }
        }

        var meat = new double[3, 3];
        for (int i = 0; i < 60; i++)
        {
            var r = rows[i];
            double e = y[i] - (beta[0] + beta[1] * r[1] + beta[2] * r[2]), h = 0;
            for (int a = 0; a < 3; a++)
            {
                for (int b = 0; b < 3; b++)
                {
                    h += r[a] * inv[a, b] * r[b];
                }
            }

            for (int a = 0; a < 3; a++)
            {
                for (int b = 0; b < 3; b++)
                {
                    meat[a, b] += r[a] * r[b] * e * e / (1 - h);
                }
            }
        }

        double v = 0;
        for (int a = 0; a < 3; a++)
        {
            for (int b = 0; b < 3; b++)
            {
                v += inv[1, a] * meat[a, b] * inv[b, 1];
            }
        }

        Assert.Equal("cr2", cr2.SeMethod);
        Assert.Equal(Math.Sqrt(v), cr2.Se, 10);
        Assert.Equal(2.0009575, (cr2.CiHigh - cr2.Estimate) / cr2.Se, 3); // t(59) 97.5 % quantile
    }

    [Fact]
    public void CR2_ExceedsCR1_WhenTheTreatedArmIsTiny()
    {
        var rng = new Random(4);
        int n = 400;
        var t = new double[n];
        var x = new double[n];
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            t[i] = i < 6 ? 1 : 0;
            x[i] = TestData.Gaussian(rng);
            y[i] = x[i] + TestData.Gaussian(rng);
        }

        var data = new Dataset([new("t", t), new("x", x), new("y", y)]);
        var person = Enumerable.Range(0, n).Select(i => i / 2).ToArray();
        var cr1 = EffectEstimator.Estimate(data, Request(person)).Value!;
        var cr2 = EffectEstimator.Estimate(data, Request(person, cr2: true)).Value!;

        Assert.Equal(cr1.Estimate, cr2.Estimate, 10);
        Assert.True(cr2.Se > cr1.Se * 1.1, $"CR2 {cr2.Se} should undo the leverage shrinkage CR1 keeps ({cr1.Se})");
    }

    [Theory]
    [InlineData(1, 12.7062047)]
    [InlineData(5, 2.5705818)]
    [InlineData(10, 2.2281389)]
    [InlineData(30, 2.0422725)]
    [InlineData(200, 1.9718962)]
    public void T975_MatchesTheTable(int df, double expected) =>
        Assert.Equal(expected, Mestring.Evidence.Numerics.ClusterRobust.T975(df), 4);

    [Fact]
    public void InverseSquareRoot_OfASymmetricMatrix_WhitensIt()
    {
        double[] m = [2.0, 0.5, 0.1, 0.5, 1.5, -0.3, 0.1, -0.3, 1.0];
        var r = Mestring.Evidence.Numerics.ClusterRobust.InverseSquareRoot(m, 3);
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                double s = 0;
                for (int a = 0; a < 3; a++)
                {
                    for (int b = 0; b < 3; b++)
                    {
                        s += r[i * 3 + a] * m[a * 3 + b] * r[b * 3 + j];
                    }
                }

                Assert.Equal(i == j ? 1 : 0, s, 10);
            }
        }
    }

    private static double[,] Invert3(double[,] m)
    {
        double det = m[0, 0] * (m[1, 1] * m[2, 2] - m[1, 2] * m[2, 1]) - m[0, 1] * (m[1, 0] * m[2, 2] - m[1, 2] * m[2, 0]) + m[0, 2] * (m[1, 0] * m[2, 1] - m[1, 1] * m[2, 0]);
        var r = new double[3, 3];
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                int i1 = (j + 1) % 3, i2 = (j + 2) % 3, j1 = (i + 1) % 3, j2 = (i + 2) % 3;
                r[i, j] = (m[i1, j1] * m[i2, j2] - m[i1, j2] * m[i2, j1]) / det;
            }
        }

        return r;
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
