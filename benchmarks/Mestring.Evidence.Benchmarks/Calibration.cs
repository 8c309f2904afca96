using System.Globalization;
using System.Text;
using Mestring.Evidence.Data;
using Mestring.Evidence.Estimation;

namespace Mestring.Evidence.Benchmarks;

/// <summary>
/// Calibration study: confounded data sets with a known effect, every method run with its defaults, coverage and bias
/// reported. Data set s: n log-uniform in [2,000, maxN], target treated share uniform in [10 %, 50 %]; covariates
/// x1–x5 ~ N(0, 1), x6–x8 ~ Bernoulli(0.4); propensity logit a + 0.6x1 − 0.5x2 + 0.5(x3² − 1) + 0.4x1x4 + 0.3x6 (a
/// solved so the mean propensity hits the share); outcome y = 1 + 0.8x1 + 0.5x2² + sin(2x3) + 0.5x5 + 0.3x7 + τ(x)T + ε,
/// τ(x) = 0.5 + 0.4x1 + 0.3x6. The methods see x1–x8 as given, so every linear working model is misspecified. Truth: the
/// sample ATT (mean of τ over the treated).
/// </summary>
internal static class Calibration
{
    private static readonly string[] Names = ["x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8"];

    private static readonly (string Label, EstimationRequest Request)[] Methods =
    [
        ("difference (naive)", Req(EstimationMethod.Difference)),
        ("regression (interacted)", Req(EstimationMethod.Regression)),
        ("psm default (1:1, replacement, caliper 0.2, bias-adjusted)", Req(EstimationMethod.Psm)),
        ("psm old default (1:1, no replacement, no caliper)", Req(EstimationMethod.Psm) with { Replace = false, Caliper = null, BiasAdjust = false }),
        ("ipw", Req(EstimationMethod.Ipw)),
        ("aipw", Req(EstimationMethod.Aipw)),
        ("dml (5 folds, boosted trees)", Req(EstimationMethod.Dml)),
    ];

    /// <summary>
    /// Runs <paramref name="sets"/> data sets with n log-uniform in [<paramref name="minN"/>, <paramref name="maxN"/>].
    /// <paramref name="only"/> (labels' prefixes, comma-separated) restricts the methods; results do not depend on it.
    /// </summary>
    public static void Run(int sets, int maxN, long seed, TextWriter output, TextWriter progress, int minN = 2000, string? only = null)
    {
        var c = CultureInfo.InvariantCulture;
        var chosen = Methods.Where(m => only is null || only.Split(',').Any(p => m.Label.StartsWith(p, StringComparison.Ordinal))).ToArray();
        var stats = chosen.Select(_ => new Stats()).ToArray();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (int s = 0; s < sets; s++)
        {
            var rng = new Random(unchecked((int)(seed * 1_000_003 + s)));
            int n = (int)Math.Round(minN * Math.Pow((double)maxN / minN, rng.NextDouble()));
            double share = 0.1 + 0.4 * rng.NextDouble();
            var (data, truth) = Generate(rng, n, share);
            for (int m = 0; m < chosen.Length; m++)
            {
                var result = EffectEstimator.Estimate(data, chosen[m].Request with { Seed = s + 1 });
                stats[m].Add(result.IsSuccess ? result.Value : null, truth);
            }

            progress.WriteLine(string.Create(c, $"calibration: {s + 1}/{sets} data sets (n {n}, treated {share:P0}), {clock.Elapsed.TotalSeconds:F0} s"));
            if ((s + 1) % 25 == 0 && s + 1 < sets)
            {
                Print(chosen, stats, s + 1, minN, maxN, seed, progress);
            }
        }

        Print(chosen, stats, sets, minN, maxN, seed, output);
    }

    private static void Print((string Label, EstimationRequest Request)[] methods, Stats[] stats, int sets, int minN, int maxN, long seed, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"{sets} data sets, n {minN:N0}–{maxN:N0} (log-uniform), treated 10–50 %, seed {seed}"));
        output.WriteLine();
        output.WriteLine("| Method | Coverage of the true ATT | Mean bias | RMSE | Mean z | SD of z | Verdict virker/virker modsat | … with the CI missing the truth | Uncertain (balance gate) | Failed |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int m = 0; m < methods.Length; m++)
        {
            var st = stats[m];
            double meanZ = st.Z / st.Ok, sdZ = Math.Sqrt(Math.Max(0, st.SquaredZ / st.Ok - meanZ * meanZ));
            output.WriteLine(string.Create(c,
                $"| {methods[m].Label} | {st.Covered * 100.0 / st.Ok:F1} % | {st.Bias / st.Ok:F3} | {Math.Sqrt(st.SquaredError / st.Ok):F3} | {meanZ:F2} | {sdZ:F2} | {st.Decisive * 100.0 / st.Ok:F1} % | {st.DecisiveWrong * 100.0 / st.Ok:F1} % | {st.Uncertain * 100.0 / st.Ok:F1} % | {st.Failed} |"));
        }
    }

    private static EstimationRequest Req(EstimationMethod method) => new("t", "y", Names) { Method = method };

    private static (Dataset Data, double Truth) Generate(Random rng, int n, double share)
    {
        var x = Names.Select(_ => new double[n]).ToArray();
        var eta = new double[n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < 5; j++)
            {
                x[j][i] = Gaussian(rng);
            }

            for (int j = 5; j < 8; j++)
            {
                x[j][i] = rng.NextDouble() < 0.4 ? 1 : 0;
            }

            eta[i] = 0.6 * x[0][i] - 0.5 * x[1][i] + 0.5 * (x[2][i] * x[2][i] - 1) + 0.4 * x[0][i] * x[3][i] + 0.3 * x[5][i];
        }

        double lo = -8, hi = 8;
        for (int it = 0; it < 60; it++)
        {
            double a = 0.5 * (lo + hi), mean = 0;
            foreach (double e in eta)
            {
                mean += 1 / (1 + Math.Exp(-(a + e)));
            }

            (lo, hi) = mean / n < share ? (a, hi) : (lo, a);
        }

        var t = new double[n];
        var y = new double[n];
        double sum = 0;
        int treated = 0;
        for (int i = 0; i < n; i++)
        {
            t[i] = rng.NextDouble() < 1 / (1 + Math.Exp(-(lo + eta[i]))) ? 1 : 0;
            double tau = 0.5 + 0.4 * x[0][i] + 0.3 * x[5][i];
            y[i] = 1 + 0.8 * x[0][i] + 0.5 * x[1][i] * x[1][i] + Math.Sin(2 * x[2][i]) + 0.5 * x[4][i] + 0.3 * x[6][i] + tau * t[i] + Gaussian(rng);
            if (t[i] == 1)
            {
                sum += tau;
                treated++;
            }
        }

        var columns = new List<KeyValuePair<string, double[]>> { new("t", t), new("y", y) };
        columns.AddRange(Names.Select((name, j) => new KeyValuePair<string, double[]>(name, x[j])));
        return (new Dataset(columns), sum / treated);
    }

    private static double Gaussian(Random rng)
    {
        double u1 = 1 - rng.NextDouble(), u2 = rng.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private sealed class Stats
    {
        public int Ok { get; private set; }

        public int Failed { get; private set; }

        public int Covered { get; private set; }

        public int Decisive { get; private set; }

        public int DecisiveWrong { get; private set; }

        public int Uncertain { get; private set; }

        public double Bias { get; private set; }

        public double SquaredError { get; private set; }

        /// <summary>Sum of z = (estimate − truth) / SE, where the SE is finite and positive.</summary>
        public double Z { get; private set; }

        public double SquaredZ { get; private set; }

        public void Add(EstimationResult? r, double truth)
        {
            if (r is null)
            {
                Failed++;
                return;
            }

            Ok++;
            bool covered = r.CiLow <= truth && truth <= r.CiHigh;
            Covered += covered ? 1 : 0;
            Bias += r.Estimate - truth;
            SquaredError += (r.Estimate - truth) * (r.Estimate - truth);
            double z = r.Se > 0 && double.IsFinite(r.Se) ? (r.Estimate - truth) / r.Se : 0;
            Z += z;
            SquaredZ += z * z;
            bool decisive = r.Verdict is Verdict.Works or Verdict.Harmful;
            Decisive += decisive ? 1 : 0;
            DecisiveWrong += decisive && !covered ? 1 : 0;
            Uncertain += r.Verdict == Verdict.UncertainBalance ? 1 : 0;
        }
    }
}
