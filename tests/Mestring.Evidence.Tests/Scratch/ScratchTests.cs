using System.Globalization;
using Mestring.Evidence.Estimation;
using Mestring.Evidence.Tests.Validation;
using Xunit.Abstractions;

namespace Mestring.Evidence.Tests.Scratch;

public sealed class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void Scratch()
    {
        var obs = Lalonde.Observational();
        foreach (var (label, req) in new (string, EstimationRequest)[]
        {
            ("rep cal0.2", new("treat", "re78", Lalonde.DwCovariates) { Method = EstimationMethod.Psm }),
            ("known800", new("t", "y", ["x1", "x2"]) { Method = EstimationMethod.Psm }),
            ("rep nocal", new("treat", "re78", Lalonde.DwCovariates) { Method = EstimationMethod.Psm, Caliper = null }),
            ("rep cal0.1", new("treat", "re78", Lalonde.DwCovariates) { Method = EstimationMethod.Psm, Caliper = 0.1 }),
            ("rep cal0.2 r3", new("treat", "re78", Lalonde.DwCovariates) { Method = EstimationMethod.Psm, Ratio = 3 }),
            ("norep cal0.2", new("treat", "re78", Lalonde.DwCovariates) { Method = EstimationMethod.Psm, Replace = false }),
            ("dml", new("treat", "re78", Lalonde.DwCovariates) { Method = EstimationMethod.Dml }),
            ("aipw", new("treat", "re78", Lalonde.DwCovariates) { Method = EstimationMethod.Aipw }),
            ("regression", new("treat", "re78", Lalonde.DwCovariates) { Method = EstimationMethod.Regression }),
        })
        {
            var sw = System.Diagnostics.Stopwatch.StartNew();
            var r = EffectEstimator.Estimate(label == "known800" ? TestData.KnownEffect(800, 3) : obs, req).Value!;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label}: {r.Estimate:F0} se {r.Se:F0} [{r.CiLow:F0};{r.CiHigh:F0}] {r.VerdictCode} e={r.EValue:F2}/{r.EValueCi:F2} gamma={r.RosenbaumGamma} used {r.NTreatedUsed}/{r.NControlUsed} bw={string.Join(",", r.BalanceWarnings.Select(b => b.Covariate + ":" + b.Smd.ToString("F2", CultureInfo.InvariantCulture) + "/" + b.VarianceRatio?.ToString("F2", CultureInfo.InvariantCulture)))} {sw.ElapsedMilliseconds}ms"));
        }
    }
}
public sealed class ScratchTies(ITestOutputHelper output)
{
    [Fact]
    public void Ties()
    {
        var obs = Lalonde.Observational();
        var x = Lalonde.DwCovariates.Select(c => obs.Column(c)).ToArray();
        var t = obs.Column("treat");
        var fit = Mestring.Evidence.Numerics.LogisticRegression.Fit(x, t);
        var eta = fit.LinearPredictor;
        var controls = Enumerable.Range(0, t.Length).Where(i => t[i] == 0).Select(i => eta[i]).ToArray();
        int withTies = 0, totalTies = 0;
        foreach (var i in Enumerable.Range(0, t.Length).Where(i => t[i] == 1))
        {
            double best = controls.Min(c => Math.Abs(c - eta[i]));
            int ties = controls.Count(c => Math.Abs(Math.Abs(c - eta[i]) - best) < 1e-12);
            if (ties > 1) { withTies++; totalTies += ties; }
        }
        output.WriteLine($"treated with tied nearest: {withTies}, total tied controls {totalTies}");
    }
}
public sealed class ScratchProviders(ITestOutputHelper output)
{
    [Fact]
    public void Providers()
    {
        var m = typeof(Mestring.Evidence.Tests.Providers.PeerBenchmarkTests).GetMethod("Build", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        var data = (Mestring.Evidence.Data.Dataset)m.Invoke(null, [1])!;
        var rows = Mestring.Evidence.Providers.ProviderBenchmark.Run(data, new("provider", "progress", ["severity"]) { PeerGroupColumn = "kind" }).Value!;
        foreach (var r in rows)
        {
            output.WriteLine($"{r.ProviderId} {r.VerdictCode} {string.Join(",", r.BalanceWarnings.Select(b => $"{b.Covariate}:{b.Smd:F3}/{b.VarianceRatio:F3}"))} e={r.EValue:F2}/{r.EValueCi:F2}");
        }
    }
}
