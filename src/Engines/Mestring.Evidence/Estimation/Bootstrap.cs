using Mestring.Numerics;

namespace Mestring.Evidence.Estimation;

/// <summary>
/// Seeded nonparametric bootstrap, resampling within arms so every replicate keeps n₁ and n₀. Replicate b draws from
/// its own xoshiro stream derived from (seed, b) and writes to slot b, so the result is identical for any thread count.
/// Note: for matching with replacement the bootstrap is known to be inconsistent (Abadie &amp; Imbens 2008); prefer the
/// analytical SE there.
/// </summary>
internal static class Bootstrap
{
    public static (double Se, double CiLow, double CiHigh, int Failed) Run(Problem problem, IEffectMethod method, EstimationRequest request)
    {
        int b = request.BootstrapReplicates;
        var estimates = new double[b];
        var treated = problem.Rows(true);
        var controls = problem.Rows(false);
        // Replicates only contribute their point estimate; skip the costlier PS-adjusted SE inside them.
        var replicateRequest = request with { PsAdjustedSe = false };
        var options = new ParallelOptions { MaxDegreeOfParallelism = request.MaxDegreeOfParallelism ?? Environment.ProcessorCount };
        Parallel.For(0, b, options, r =>
        {
            var rng = Xoshiro256StarStar.ForReplicate(request.Seed, r);
            var rows = new int[problem.N];
            int k = 0;
            foreach (var arm in new[] { treated, controls })
            {
                for (int i = 0; i < arm.Length; i++)
                {
                    rows[k++] = arm[rng.NextInt(arm.Length)];
                }
            }

            var result = method.Estimate(problem.Resample(rows), replicateRequest);
            estimates[r] = result.IsSuccess ? result.Value.Estimate : double.NaN;
        });

        var ok = estimates.Where(double.IsFinite).Order().ToArray();
        if (ok.Length < 2)
        {
            return (double.NaN, double.NaN, double.NaN, b - ok.Length);
        }

        double mean = ok.Average();
        double se = Math.Sqrt(ok.Sum(v => (v - mean) * (v - mean)) / (ok.Length - 1));
        return (se, Quantile(ok, 0.025), Quantile(ok, 0.975), b - ok.Length);
    }

    /// <summary>Type-7 (R default) quantile of sorted values.</summary>
    internal static double Quantile(double[] sorted, double p)
    {
        double h = (sorted.Length - 1) * p;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
