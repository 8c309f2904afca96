using System.Diagnostics;
using System.Globalization;
using Mestring.Evidence.Data;
using Mestring.Evidence.Numerics;

namespace Mestring.Evidence.Benchmarks;

/// <summary>Times the parts of one dml fold (binning, propensity fit, outcome fit, prediction) on a CSV.</summary>
internal static class DmlProfile
{
    public static void Run(Dataset data, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        var x = SyntheticProblem.CovariateNames.Select(data.Column).ToArray();
        var t = data.Column("treat");
        var y = data.Column("y");
        int n = t.Length;
        var sw = new CpuWatch();
        var bins = BinnedFeatures.Build(x);
        output.WriteLine(string.Create(c, $"binning {n} × {x.Length}: {sw.Seconds:F3} s CPU"));
        var train = Enumerable.Range(0, n).Where(i => i % 5 != 0).ToArray();
        var controls = train.Where(i => t[i] == 0).ToArray();
        var options = new BoostedTrees.Options();
        sw.Restart();
        var ps = BoostedTrees.Fit(bins, t, train, BoostLoss.Logistic, options);
        output.WriteLine(string.Create(c, $"propensity fit on {train.Length} rows: {sw.Seconds:F3} s CPU"));
        sw.Restart();
        var m0 = BoostedTrees.Fit(bins, y, controls, BoostLoss.Squared, options);
        output.WriteLine(string.Create(c, $"outcome fit on {controls.Length} controls: {sw.Seconds:F3} s CPU"));
        sw.Restart();
        double s = 0;
        for (int i = 0; i < n; i += 5)
        {
            s += ps.Predict(bins, i) + m0.Predict(bins, i);
        }

        output.WriteLine(string.Create(c, $"prediction of {n / 5} rows × 2 models: {sw.Seconds:F3} s CPU (checksum {s:R})"));
    }
}

/// <summary>Process CPU time since the last restart (the profile is single-threaded, so it is this thread's time).</summary>
internal sealed class CpuWatch
{
    private TimeSpan start = Process.GetCurrentProcess().TotalProcessorTime;

    public double Seconds => (Process.GetCurrentProcess().TotalProcessorTime - start).TotalSeconds;

    public void Restart() => start = Process.GetCurrentProcess().TotalProcessorTime;
}
