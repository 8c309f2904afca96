using Mestring.Evidence.Estimation;
using Xunit.Abstractions;

namespace Mestring.Evidence.Tests.Validation;

public sealed class LalondeProbe(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        var exp = Lalonde.Experimental();
        var obs = Lalonde.Observational();
        void Run(string label, Mestring.Evidence.Data.Dataset d, EstimationRequest r)
        {
            var res = EffectEstimator.Estimate(d, r);
            output.WriteLine(res.IsSuccess
                ? $"{label}: {res.Value.Estimate:F2} se {res.Value.Se:F2} [{res.Value.CiLow:F0},{res.Value.CiHigh:F0}] used {res.Value.NTreatedUsed}/{res.Value.NControlUsed} {string.Join(" | ", res.Value.Warnings)}"
                : $"{label}: ERROR {res.Error.Message}");
        }
        Run("exp diff", exp, new("treat", "re78", []));
        Run("obs diff", obs, new("treat", "re78", []));
        foreach (var m in new[] { EstimationMethod.Regression, EstimationMethod.Psm, EstimationMethod.Ipw, EstimationMethod.Aipw })
        {
            Run($"obs {m} att", obs, new("treat", "re78", Lalonde.DwCovariates) { Method = m });
            Run($"obs {m} att additive", obs, new("treat", "re78", Lalonde.DwCovariates) { Method = m, Regression = RegressionSpecification.Additive });
            Run($"obs {m} ate", obs, new("treat", "re78", Lalonde.DwCovariates) { Method = m, Estimand = Estimand.Ate });
        }
        Run("psm repl", obs, new("treat", "re78", Lalonde.DwCovariates) { Method = EstimationMethod.Psm, Replace = true });
        Run("psm cal0.2", obs, new("treat", "re78", Lalonde.DwCovariates) { Method = EstimationMethod.Psm, Caliper = 0.2 });
        Run("psm repl cal0.1", obs, new("treat", "re78", Lalonde.DwCovariates) { Method = EstimationMethod.Psm, Replace = true, Caliper = 0.1 });
        Run("did", obs, new("treat", "re78", Lalonde.DwCovariates) { Method = EstimationMethod.Did, PreOutcome = "re75" });
        Run("did nocov", obs, new("treat", "re78", []) { Method = EstimationMethod.Did, PreOutcome = "re75" });
    }
}
