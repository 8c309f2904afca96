using System.Globalization;
using System.Numerics;
using Mestring.Prevention.Factors;
using Mestring.Prevention.Screen;

namespace Mestring.Prevention.Calibrate;

/// <summary>
/// Gives the score its meaning from history: among earlier cohorts (e.g. children screened at 15 in past years),
/// the share who later had the outcome (e.g. kontanthjælp or uddannelseshjælp at 18–29), per number of factors and
/// per exact combination, with Wilson 95 % intervals and the gradient check.
/// </summary>
public static class Calibration
{
    /// <summary>Calibrates from factor masks and outcomes, one pair per observed youth.</summary>
    /// <param name="masks">Factor mask per youth (only <see cref="CalibrationOptions.FactorMask"/> bits are used).</param>
    /// <param name="outcomes">Whether the youth later had the outcome.</param>
    /// <param name="options">Options; defaults when null.</param>
    /// <param name="factorKeys">Keys by bit, for naming combinations; defaults to the four family factors.</param>
    public static CalibrationResult Compute(
        ReadOnlySpan<uint> masks, ReadOnlySpan<bool> outcomes, CalibrationOptions? options = null,
        IReadOnlyList<string>? factorKeys = null)
    {
        options ??= new CalibrationOptions();
        if (masks.Length != outcomes.Length)
        {
            throw new ArgumentException("One outcome per mask is required.", nameof(outcomes));
        }

        factorKeys ??= FactorCatalog.Family.Select(f => f.Key).ToArray();
        var k = BitOperations.PopCount(options.FactorMask);
        var countN = new int[k + 1];
        var countY = new int[k + 1];
        var combos = new Dictionary<uint, (int N, int Y)>();
        var total = 0;
        for (var i = 0; i < masks.Length; i++)
        {
            var m = masks[i] & options.FactorMask;
            var n = BitOperations.PopCount(m);
            var y = outcomes[i] ? 1 : 0;
            countN[n]++;
            countY[n] += y;
            total += y;
            combos[m] = combos.TryGetValue(m, out var c) ? (c.N + 1, c.Y + y) : (1, y);
        }

        var byCount = new List<CountRow>(k + 1);
        for (var n = 0; n <= k; n++)
        {
            var e = ShareEstimate.Wilson(countN[n], countY[n]);
            byCount.Add(new CountRow(n, e, CalibrationResult.Sentence(e, options.OutcomePhrase)));
        }

        var byCombination = combos.OrderBy(c => c.Key)
            .Select(c => new CombinationRow(
                c.Key, KeysOf(c.Key, factorKeys), ShareEstimate.Wilson(c.Value.N, c.Value.Y),
                c.Value.N >= options.MinimumCombinationSize))
            .ToList();

        return new CalibrationResult(
            options, ShareEstimate.Wilson(masks.Length, total), byCount, byCombination, CheckGradient(byCount));
    }

    /// <summary>
    /// Calibrates from screening runs of past cohorts (e.g. one run per year with age window 15–15) and an outcome
    /// flag per person index of the same population.
    /// </summary>
    public static CalibrationResult Compute(
        IReadOnlyList<ScreeningResult> cohorts, ReadOnlySpan<bool> outcomeByPerson, CalibrationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(cohorts);
        var size = cohorts.Sum(c => c.Count);
        var masks = new uint[size];
        var outcomes = new bool[size];
        var at = 0;
        foreach (var cohort in cohorts)
        {
            for (var i = 0; i < cohort.Count; i++)
            {
                masks[at] = cohort.FactorMask[i];
                outcomes[at] = outcomeByPerson[cohort.PersonIndex[i]];
                at++;
            }
        }

        var keys = cohorts.Count > 0 ? cohorts[0].Factors.Select(f => f.Key).ToArray() : null;
        return Compute(masks, outcomes, options, keys);
    }

    /// <summary>Checks that the share rises strictly with each additional factor.</summary>
    public static GradientCheck CheckGradient(IReadOnlyList<CountRow> byCount)
    {
        ArgumentNullException.ThrowIfNull(byCount);
        var problems = new List<string>();
        for (var n = 0; n < byCount.Count; n++)
        {
            if (byCount[n].Estimate.Count == 0)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"no one observed with {n} factors"));
            }
            else if (n > 0 && byCount[n - 1].Estimate.Count > 0 && byCount[n].Estimate.Share <= byCount[n - 1].Estimate.Share)
            {
                problems.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"share with {n} factors ({byCount[n].Estimate.Share:0.0000}) is not above the share with {n - 1} ({byCount[n - 1].Estimate.Share:0.0000})"));
            }
        }

        return new GradientCheck(problems.Count == 0, problems);
    }

    private static string[] KeysOf(uint mask, IReadOnlyList<string> keys)
    {
        var list = new List<string>();
        for (var b = 0; b < 32; b++)
        {
            if ((mask & (1u << b)) != 0)
            {
                list.Add(b < keys.Count ? keys[b] : "bit" + b.ToString(CultureInfo.InvariantCulture));
            }
        }

        return [.. list];
    }
}
