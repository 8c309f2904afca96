using Mestring.Evidence.Data;
using Mestring.Evidence.Estimation;
using Mestring.Evidence.Sensitivity;

namespace Mestring.Evidence.Providers;

/// <summary>
/// The balance gate for provider benchmarking: each provider's citizens against its peers' (the rest of its peer group,
/// or every other provider), with the peers reweighted to the provider's case mix by the odds of a logistic "this
/// provider" model on the case-mix covariates and their squares (ATT weights). When a case-mix covariate still differs (|SMD| &gt; 0.1 or
/// a variance ratio outside 0.5–2) the comparison rests on extrapolation: the provider is not flagged and its verdict is
/// <c>uncertain_balance</c>. Adds the E-values of the adjusted difference (standardised by the outcome's SD).
/// </summary>
public static class ProviderBalance
{
    /// <summary>The rows with verdict code, balance warnings and E-values added.</summary>
    internal static IReadOnlyList<ProviderResult> Apply(Dataset data, ProviderBenchmarkRequest request, string[] ids, string[]? peers, IReadOnlyList<ProviderResult> rows)
    {
        var y = data.Column(request.Outcome);
        double sd = StandardDeviation(y);
        var caseMix = request.CaseMix.Select(data.Column).ToArray();
        var peerOf = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < ids.Length; i++)
        {
            peerOf.TryAdd(ids[i], peers?[i] ?? "");
        }

        var result = new List<ProviderResult>(rows.Count);
        foreach (var row in rows)
        {
            string group = peerOf.GetValueOrDefault(row.ProviderId, "");
            var subset = Enumerable.Range(0, ids.Length).Where(i => peers is null || string.Equals(peers[i], group, StringComparison.Ordinal)).ToArray();
            var warnings = Check(caseMix, request.CaseMix, subset, i => string.Equals(ids[i], row.ProviderId, StringComparison.Ordinal));
            var (eValue, eValueCi, _) = EValue.ForEffect(row.AdjustedEffect, row.CiLow, row.CiHigh, sd, false, 0, false);
            bool uncertain = warnings.Count > 0;
            result.Add(row with
            {
                Flagged = row.Flagged && !uncertain,
                VerdictCode = uncertain ? "uncertain_balance" : row.Flagged ? "flagged" : "notFlagged",
                BalanceWarnings = warnings,
                EValue = eValue,
                EValueCi = eValueCi,
            });
        }

        return result;
    }

    /// <summary>Balance of the case mix between the rows marked by <paramref name="isProvider"/> and the rest of <paramref name="subset"/>.</summary>
    internal static IReadOnlyList<BalanceWarning> Check(double[][] caseMix, IReadOnlyList<string> names, int[] subset, Func<int, bool> isProvider)
    {
        var t = subset.Select(i => isProvider(i) ? 1.0 : 0.0).ToArray();
        int n1 = (int)t.Sum();
        if (n1 < 2 || n1 == subset.Length)
        {
            return [];
        }

        var columns = new List<double[]>();
        var kept = new List<string>();
        for (int j = 0; j < caseMix.Length; j++)
        {
            var x = subset.Select(i => caseMix[j][i]).ToArray();
            if (!Array.TrueForAll(x, v => v == x[0]))
            {
                columns.Add(x);
                kept.Add(names[j]);
            }
        }

        if (columns.Count == 0)
        {
            return [];
        }

        // The weighting model gets the square of every non-binary covariate too, so that peers can be reweighted to a
        // provider whose case mix differs in spread, not only in mean; balance is judged on the covariates themselves.
        var design = new List<double[]>(columns);
        foreach (var x in columns.Where(c => !Array.TrueForAll(c, v => v == 0 || v == 1)))
        {
            double mean = x.Average();
            design.Add(Array.ConvertAll(x, v => (v - mean) * (v - mean)));
        }

        var fit = Numerics.LogisticRegression.Fit(design, t);
        var problem = new Problem(new double[subset.Length], t, [.. columns], kept, null);
        var w = new double[subset.Length];
        for (int i = 0; i < w.Length; i++)
        {
            double e = Math.Clamp(fit.Probability(i), 1e-6, 1 - 1e-6);
            w[i] = t[i] == 1 ? 1 : e / (1 - e);
        }

        return BalanceGate.Check(Diagnostics.Balance(problem, w, Estimand.Att));
    }

    private static double StandardDeviation(double[] y)
    {
        if (y.Length < 2)
        {
            return double.NaN;
        }

        double mean = y.Average(), ss = 0;
        foreach (double v in y)
        {
            ss += (v - mean) * (v - mean);
        }

        return Math.Sqrt(ss / (y.Length - 1));
    }
}
