using System.Globalization;
using System.Numerics;

namespace Mestring.Prevention.Calibrate;

/// <summary>Observed outcome share among earlier cohorts with a given number of factors.</summary>
/// <param name="Factors">Number of factors present.</param>
/// <param name="Estimate">Share with interval.</param>
/// <param name="Sentence">"af 100 unge med disse forhold fik ca. N …".</param>
public sealed record CountRow(int Factors, ShareEstimate Estimate, string Sentence);

/// <summary>Observed outcome share for one exact combination of factors.</summary>
/// <param name="Mask">The combination.</param>
/// <param name="Keys">Its factor keys.</param>
/// <param name="Estimate">Share with interval.</param>
/// <param name="LargeEnough">Whether enough were observed for the combination's own share to be shown.</param>
public sealed record CombinationRow(uint Mask, IReadOnlyList<string> Keys, ShareEstimate Estimate, bool LargeEnough);

/// <summary>The gradient check: the share must rise strictly with every additional factor.</summary>
/// <param name="StrictlyIncreasing">Whether it does (every level observed and each share above the previous).</param>
/// <param name="Problems">What failed, in English, for the quality report.</param>
public sealed record GradientCheck(bool StrictlyIncreasing, IReadOnlyList<string> Problems);

/// <summary>What a given set of factors has meant for earlier cohorts.</summary>
/// <param name="Estimate">Share with interval.</param>
/// <param name="ByCombination">True when the exact combination's share was used, false when the fallback by number of factors.</param>
/// <param name="Sentence">The Danish sentence.</param>
/// <param name="IntervalText">The 95 % interval as a Danish phrase.</param>
public sealed record CalibratedMeaning(ShareEstimate Estimate, bool ByCombination, string Sentence, string IntervalText);

/// <summary>Calibration of the screening score on history.</summary>
public sealed class CalibrationResult
{
    private readonly Dictionary<uint, CombinationRow> _combinations;

    internal CalibrationResult(
        CalibrationOptions options, ShareEstimate overall, IReadOnlyList<CountRow> byCount,
        IReadOnlyList<CombinationRow> byCombination, GradientCheck gradient)
    {
        Options = options;
        Overall = overall;
        ByCount = byCount;
        ByCombination = byCombination;
        Gradient = gradient;
        _combinations = byCombination.ToDictionary(r => r.Mask);
    }

    /// <summary>The options used.</summary>
    public CalibrationOptions Options { get; }

    /// <summary>The share in the whole cohort.</summary>
    public ShareEstimate Overall { get; }

    /// <summary>One row per number of factors 0..K.</summary>
    public IReadOnlyList<CountRow> ByCount { get; }

    /// <summary>One row per observed combination, ordered by mask.</summary>
    public IReadOnlyList<CombinationRow> ByCombination { get; }

    /// <summary>The gradient check.</summary>
    public GradientCheck Gradient { get; }

    /// <summary>
    /// The historical meaning of a factor mask: the exact combination's share when it was observed often enough,
    /// otherwise the share for the same number of factors.
    /// </summary>
    public CalibratedMeaning Describe(uint mask)
    {
        mask &= Options.FactorMask;
        if (_combinations.TryGetValue(mask, out var row) && row.LargeEnough)
        {
            return Meaning(row.Estimate, true);
        }

        var n = BitOperations.PopCount(mask);
        return Meaning(ByCount[Math.Min(n, ByCount.Count - 1)].Estimate, false);
    }

    internal CalibratedMeaning Meaning(ShareEstimate e, bool byCombination) =>
        new(e, byCombination, Sentence(e, Options.OutcomePhrase), IntervalText(e));

    internal static string Sentence(ShareEstimate e, string phrase) => string.Create(
        CultureInfo.InvariantCulture,
        $"af 100 unge med disse forhold fik ca. {Math.Round(e.Share * 100, MidpointRounding.AwayFromZero)} {phrase}");

    internal static string IntervalText(ShareEstimate e) => string.Create(
        CultureInfo.InvariantCulture,
        $"95 %-interval: {Math.Round(e.Lower * 100, MidpointRounding.AwayFromZero)}–{Math.Round(e.Upper * 100, MidpointRounding.AwayFromZero)} af 100 (n = {e.Count})");
}
