using Mestring.Evidence.Data;
using Mestring.Evidence.Errors;
using Mestring.Evidence.Numerics;
using Mestring.Evidence.Ranking;

namespace Mestring.Evidence.Providers;

/// <summary>
/// Provider benchmarking against the median peer (<see cref="ProviderBenchmarkRequest.PeerGroupColumn"/>):
/// (1) case-mix coefficients β from OLS on provider-demeaned outcome and covariates (provider fixed effects, so a
/// provider's own effect cannot leak into β); (2) each provider's level αₚ = mean(y − Xβ) over its rows, SE σ̂/√nₚ
/// from the pooled within-provider residual SD; (3) the reference of a peer group is its median provider level,
/// and dₚ = αₚ − median with SE √(sₚ² + s_median²) (0 for the median provider itself, SE sₚ); (4) empirical-Bayes
/// shrinkage of the dₚ; (5) flagged when the shrunken interval lies wholly beyond the margin on the bad side.
/// </summary>
internal static class PeerBenchmark
{
    public static EvidenceResult<IReadOnlyList<ProviderResult>> Run(Dataset data, ProviderBenchmarkRequest request, string[] ids, string[] peers)
    {
        var y = data.Column(request.Outcome);
        int n = y.Length;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var groupOf = new int[n];
        var peerOf = new List<string>();
        for (int i = 0; i < n; i++)
        {
            if (!index.TryGetValue(ids[i], out var g))
            {
                index[ids[i]] = g = index.Count;
                peerOf.Add(peers[i]);
            }
            else if (!string.Equals(peerOf[g], peers[i], StringComparison.Ordinal))
            {
                return ProviderBenchmark.Failure(EvidenceErrorCode.InvalidRequest,
                    $"Provider '{ids[i]}' appears in two peer groups ('{peerOf[g]}' and '{peers[i]}'); benchmark each peer group's providers under their own id.");
            }

            groupOf[i] = g;
        }

        int groups = index.Count;
        if (groups < 2 || n <= groups + request.CaseMix.Count)
        {
            return ProviderBenchmark.Failure(EvidenceErrorCode.InvalidRequest, "Benchmarking needs at least two providers and more citizens than providers plus case-mix terms.");
        }

        var counts = new int[groups];
        foreach (var g in groupOf)
        {
            counts[g]++;
        }

        // Within transformation: subtract each provider's mean from y and from every covariate.
        double[] Demean(double[] x)
        {
            var sum = new double[groups];
            for (int i = 0; i < n; i++)
            {
                sum[groupOf[i]] += x[i];
            }

            var d = new double[n];
            for (int i = 0; i < n; i++)
            {
                d[i] = x[i] - sum[groupOf[i]] / counts[groupOf[i]];
            }

            return d;
        }

        var columns = request.CaseMix.Select(data.Column).ToArray();
        var within = columns.Select(Demean).Where(c => Array.Exists(c, v => Math.Abs(v) > 1e-12)).ToArray();
        var withinIndex = columns.Select((c, j) => (c, j)).Where(t => Array.Exists(Demean(t.c), v => Math.Abs(v) > 1e-12)).Select(t => t.j).ToArray();
        var yWithin = Demean(y);
        var fit = LinearRegression.Fit(within, yWithin);
        var beta = new double[columns.Length];
        for (int k = 0; k < withinIndex.Length; k++)
        {
            beta[withinIndex[k]] = fit.Coefficients[k + 1];
        }

        var level = new double[groups];
        double rss = 0;
        for (int i = 0; i < n; i++)
        {
            double fitted = 0;
            for (int j = 0; j < columns.Length; j++)
            {
                fitted += beta[j] * columns[j][i];
            }

            level[groupOf[i]] += y[i] - fitted;
        }

        for (int g = 0; g < groups; g++)
        {
            level[g] /= counts[g];
        }

        for (int i = 0; i < n; i++)
        {
            double fitted = level[groupOf[i]];
            for (int j = 0; j < columns.Length; j++)
            {
                fitted += beta[j] * columns[j][i];
            }

            rss += (y[i] - fitted) * (y[i] - fitted);
        }

        double sigma = Math.Sqrt(rss / (n - groups - withinIndex.Length));
        if (!double.IsFinite(sigma))
        {
            return ProviderBenchmark.Failure(EvidenceErrorCode.InvalidRequest, "Benchmarking needs more citizens than providers plus case-mix terms.");
        }

        var se = counts.Select(c => sigma / Math.Sqrt(c)).ToArray();
        var relative = new double[groups];
        var relativeSe = new double[groups];
        foreach (var peerGroup in Enumerable.Range(0, groups).GroupBy(g => peerOf[g], StringComparer.Ordinal))
        {
            var members = peerGroup.OrderBy(g => level[g]).ToArray();
            var median = members[(members.Length - 1) / 2];
            var upper = members[members.Length / 2];
            double reference = (level[median] + level[upper]) / 2;
            double referenceVar = (se[median] * se[median] + se[upper] * se[upper]) / (median == upper ? 1 : 4);
            foreach (var g in members)
            {
                relative[g] = members.Length == 1 ? 0 : level[g] - reference;
                relativeSe[g] = g == median && g == upper ? se[g] : Math.Sqrt(se[g] * se[g] + referenceVar);
            }
        }

        var shrunk = EmpiricalBayes.Shrink(relative, relativeSe, request.Tau);
        double z = Normal.Quantile(0.5 + request.Confidence / 2);
        var names = index.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToArray();
        var rows = new List<ProviderResult>(groups);
        foreach (var (name, g) in names)
        {
            var s = shrunk.Groups[g];
            double low = s.Shrunken - z * s.PosteriorSe, high = s.Shrunken + z * s.PosteriorSe;
            bool flagged = request.DesiredDirection == Estimation.EffectDirection.Increase ? high < -request.Margin : low > request.Margin;
            rows.Add(new ProviderResult(name, counts[g], relative[g], relativeSe[g], s.Shrunken, low, high, flagged));
        }

        return rows;
    }
}
