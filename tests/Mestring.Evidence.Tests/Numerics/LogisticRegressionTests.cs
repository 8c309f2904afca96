using Mestring.Evidence.Numerics;

namespace Mestring.Evidence.Tests.Numerics;

public sealed class LogisticRegressionTests
{
    private static readonly double[] Am = [1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1];
    private static readonly double[] Hp = [110, 110, 93, 110, 175, 105, 245, 62, 95, 123, 123, 180, 180, 180, 205, 215, 230, 66, 52, 65, 97, 150, 150, 245, 175, 66, 91, 113, 264, 175, 335, 109];
    private static readonly double[] Wt = [2.62, 2.875, 2.32, 3.215, 3.44, 3.46, 3.57, 3.19, 3.15, 3.44, 3.44, 4.07, 3.73, 3.78, 5.25, 5.424, 5.345, 2.2, 1.615, 1.835, 2.465, 3.52, 3.435, 3.84, 3.845, 1.935, 2.14, 1.513, 3.17, 2.77, 3.57, 2.78];

    [Fact]
    public void Fit_MtcarsAmOnHpAndWt_MatchesRGlm()
    {
        // R: glm(am ~ hp + wt, data = mtcars, family = binomial) → 18.8662987172, 0.0362555961, −8.0834751824; deviance 10.0591104723.
        var fit = LogisticRegression.Fit([Hp, Wt], Am);

        Assert.True(fit.Converged);
        Assert.Equal(18.8662987172, fit.Coefficients[0], 6);
        Assert.Equal(0.0362555961, fit.Coefficients[1], 8);
        Assert.Equal(-8.0834751824, fit.Coefficients[2], 6);
        Assert.Equal(10.0591104723, fit.Deviance, 7);
    }

    [Fact]
    public void Fit_CompleteSeparation_ReturnsFlaggedFitInsteadOfThrowing()
    {
        double[] x = [1, 2, 3, 4, 5, 6];
        double[] y = [0, 0, 0, 1, 1, 1];

        var fit = LogisticRegression.Fit([x], y);

        Assert.True(fit.ExtremeProbabilities || !fit.Converged);
        Assert.True(fit.Probability(0) < 0.01 && fit.Probability(5) > 0.99);
    }

    [Fact]
    public void Fit_InterceptOnly_GivesLogOddsOfMean()
    {
        var fit = LogisticRegression.Fit([], [1, 0, 0, 0]);

        Assert.Equal(Math.Log(1.0 / 3), fit.Coefficients[0], 10);
    }
}
