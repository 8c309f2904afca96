using Mestring.Prevention.Aggregate;
using Mestring.Prevention.Calibrate;
using Mestring.Prevention.Screen;

namespace Mestring.Prevention.Fairness;

/// <summary>Inputs of the fairness and quality report beyond the screening itself.</summary>
public sealed record FairnessOptions
{
    /// <summary>A child counts as flagged at this tier or above. Default middel.</summary>
    public Tier FlagTier { get; init; } = Tier.Medium;

    /// <summary>Lower bounds of the age bands (ages at the as-of date). Default 0–5, 6–11, 12–14, 15–17+.</summary>
    public IReadOnlyList<int> AgeBandStarts { get; init; } = [0, 6, 12, 15];

    /// <summary>Area per person, or null to skip the area breakdown.</summary>
    public AreaColumn? Areas { get; init; }

    /// <summary>The later outcome per person index (history only), or null for the flagged shares alone.</summary>
    public bool[]? OutcomeByPerson { get; init; }

    /// <summary>
    /// The calibration the expected shares come from. When null and outcomes are given, the screening's own cohort is
    /// calibrated (in-sample: expected and observed then agree overall by construction, but not per group).
    /// </summary>
    public CalibrationResult? Calibration { get; init; }

    /// <summary>Calibration options used when <see cref="Calibration"/> is null.</summary>
    public CalibrationOptions CalibrationOptions { get; init; } = new();
}
