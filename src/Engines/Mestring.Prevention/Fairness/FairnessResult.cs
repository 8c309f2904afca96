using Mestring.Prevention.Calibrate;
using Mestring.Prevention.Screen;

namespace Mestring.Prevention.Fairness;

/// <summary>One group of one dimension (sex, age band, area).</summary>
/// <param name="Dimension"><c>sex</c>, <c>age</c> or <c>area</c>.</param>
/// <param name="Group">The group's label.</param>
/// <param name="Children">Screened children in the group.</param>
/// <param name="Flagged">Children at or above the flag tier.</param>
/// <param name="FlaggedShare">Flagged / Children.</param>
/// <param name="Observed">Observed outcome share (history only).</param>
/// <param name="Expected">Mean calibrated share of the group's children (history only).</param>
/// <param name="ByCount">The group's own calibration by number of factors (history only).</param>
public sealed record GroupRow(
    string Dimension, string Group, int Children, int Flagged, double FlaggedShare,
    ShareEstimate? Observed, double? Expected, IReadOnlyList<CountRow>? ByCount)
{
    /// <summary>Observed / expected: above 1 the score under-states the group's risk, below 1 it over-states it.</summary>
    public double? CalibrationRatio => Observed is { } o && Expected is > 0 ? o.Share / Expected : null;
}

/// <summary>Precision and recall of "tier ≥ <paramref name="Tier"/>" against the later outcome.</summary>
/// <param name="Tier">The tier threshold.</param>
/// <param name="Flagged">Children at or above it.</param>
/// <param name="TruePositives">Flagged children who had the outcome.</param>
/// <param name="Positives">Children who had the outcome.</param>
/// <param name="Precision">TruePositives / Flagged (null when none flagged).</param>
/// <param name="Recall">TruePositives / Positives (null when no outcomes).</param>
public sealed record TierQuality(Tier Tier, int Flagged, int TruePositives, int Positives, double? Precision, double? Recall);

/// <summary>The fairness and quality report.</summary>
/// <param name="Children">Screened children.</param>
/// <param name="FlagTier">The flag tier used for the group shares.</param>
/// <param name="Groups">Rows for sex, age band and (when given) area.</param>
/// <param name="Tiers">Precision/recall per tier (history only; empty otherwise).</param>
/// <param name="Limits">Documented limits, in Danish, to be shown with the report.</param>
public sealed record FairnessResult(
    int Children, Tier FlagTier, IReadOnlyList<GroupRow> Groups, IReadOnlyList<TierQuality> Tiers, IReadOnlyList<string> Limits);
