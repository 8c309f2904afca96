using System.Globalization;
using Mestring.Evidence.Estimation;
using Xunit.Abstractions;

namespace Mestring.Evidence.Tests.Validation;

/// <summary>Validation against the NSW experiment (see ../shared/data/lalonde/README.md and docs/evidence.md).</summary>
public sealed class LalondeTests(ITestOutputHelper output)
{
    private const double Experimental = 1794.34;
    private const double Naive = -8497.52;
    private static readonly Lazy<Mestring.Evidence.Data.Dataset> Obs = new(Lalonde.Observational);

    [Fact]
    public void Experimental_Difference_Is1794_34WithWelchAndPooledSe()
    {
        var data = Lalonde.Experimental();

        var welch = EffectEstimator.Estimate(data, new("treat", "re78", [])).Value!;
        var pooled = EffectEstimator.Estimate(data, new("treat", "re78", []) { PooledVariance = true }).Value!;

        Assert.Equal(Experimental, welch.Estimate, 0.01);
        Assert.Equal(185, welch.NTreated);
        Assert.Equal(260, welch.NControl);
        Assert.Equal(671.0, welch.Se, 1.0);   // Welch (unequal variances).
        Assert.Equal(633.0, pooled.Se, 1.0);  // The published ≈ 633 is the pooled-variance SE.
        Assert.Equal("virker", welch.VerdictText);
    }

    [Fact]
    public void Observational_NaiveDifference_IsMinus8497_52()
    {
        var result = EffectEstimator.Estimate(Obs.Value, new("treat", "re78", [])).Value!;

        Assert.Equal(Naive, result.Estimate, 0.01);
        Assert.Equal(15992, result.NControl);
        Assert.Equal("virker modsat", result.VerdictText);
    }

    [Theory]
    [InlineData(EstimationMethod.Regression)]
    [InlineData(EstimationMethod.Psm)]
    [InlineData(EstimationMethod.Ipw)]
    [InlineData(EstimationMethod.Aipw)]
    public void Observational_DehejiaWahbaSpecAtt_LandsNearExperimentAndFarFromNaive(EstimationMethod method)
    {
        var result = EffectEstimator.Estimate(Obs.Value, new("treat", "re78", Lalonde.DwCovariates) { Method = method }).Value!;

        Assert.InRange(Experimental, result.CiLow, result.CiHigh);
        Assert.InRange(result.Estimate, Experimental - 1000, Experimental + 1000);
        Assert.True(result.CiLow > Naive + 5000);
    }

    [Fact]
    public void Observational_PsmWithCaliper_BalancesTheDwCovariates()
    {
        var result = EffectEstimator.Estimate(Obs.Value, new("treat", "re78", Lalonde.DwCovariates) { Method = EstimationMethod.Psm, Caliper = 0.2 }).Value!;

        Assert.All(result.Balance, b => Assert.True(Math.Abs(b.SmdAfter!.Value) < 0.25, $"{b.Covariate} {b.SmdAfter}"));
        Assert.True(result.Balance.Max(b => Math.Abs(b.SmdBefore)) > 1);
    }

    /// <summary>Prints the table in docs/evidence.md: dotnet test tests/Mestring.Evidence.Tests --filter LalondeTests.Report --logger "console;verbosity=detailed".</summary>
    [Fact]
    public void Report()
    {
        var rows = new (string Label, Mestring.Evidence.Data.Dataset Data, EstimationRequest Request)[]
        {
            ("Experimental difference (Welch)", Lalonde.Experimental(), new("treat", "re78", [])),
            ("Experimental difference (pooled SE)", Lalonde.Experimental(), new("treat", "re78", []) { PooledVariance = true }),
            ("Naive difference, NSW treated vs CPS-1", Obs.Value, new("treat", "re78", [])),
            ("Regression ATT (interacted)", Obs.Value, Req(EstimationMethod.Regression)),
            ("Regression ATT (additive)", Obs.Value, Req(EstimationMethod.Regression) with { Regression = RegressionSpecification.Additive }),
            ("PSM ATT 1:1 no replacement", Obs.Value, Req(EstimationMethod.Psm)),
            ("PSM ATT 1:1 no replacement, caliper 0.2", Obs.Value, Req(EstimationMethod.Psm) with { Caliper = 0.2 }),
            ("PSM ATT 1:1 with replacement", Obs.Value, Req(EstimationMethod.Psm) with { Replace = true }),
            ("PSM ATT 1:5 with replacement", Obs.Value, Req(EstimationMethod.Psm) with { Replace = true, Ratio = 5 }),
            ("IPW ATT, trim [0.01, 0.99]", Obs.Value, Req(EstimationMethod.Ipw)),
            ("AIPW ATT, trim [0.01, 0.99]", Obs.Value, Req(EstimationMethod.Aipw)),
            ("PSM ATT 1:1 caliper 0.2, bootstrap B=200", Obs.Value, Req(EstimationMethod.Psm) with { Caliper = 0.2, BootstrapReplicates = 200, Seed = 1 }),
            ("IPW ATT, bootstrap B=200", Obs.Value, Req(EstimationMethod.Ipw) with { BootstrapReplicates = 200, Seed = 1 }),
            ("DiD (re78 − re75), no covariates", Obs.Value, new("treat", "re78", []) { Method = EstimationMethod.Did, PreOutcome = "re75" }),
        };

        output.WriteLine("| Method | Estimate | SE | 95 % CI | treated/controls used | verdict |");
        output.WriteLine("|---|---:|---:|---|---|---|");
        foreach (var (label, data, request) in rows)
        {
            var r = EffectEstimator.Estimate(data, request).Value!;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {label} | {r.Estimate:N0} | {r.Se:N0} | [{r.CiLow:N0}; {r.CiHigh:N0}] | {r.NTreatedUsed}/{r.NControlUsed} | {r.VerdictText} |"));
        }

        static EstimationRequest Req(EstimationMethod m) => new("treat", "re78", Lalonde.DwCovariates) { Method = m };
    }
}
