using Mestring.Prevention.Factors;

namespace Mestring.Prevention.Calibrate;

/// <summary>Parameters of a calibration.</summary>
public sealed record CalibrationOptions
{
    /// <summary>The mask bits calibrated on. Default: the four family factors (indicators are seldom available for old cohorts).</summary>
    public uint FactorMask { get; init; } = FactorCatalog.FamilyMask;

    /// <summary>A combination's own share is used only when at least this many were observed; else the count-level share.</summary>
    public int MinimumCombinationSize { get; init; } = 50;

    /// <summary>What the outcome is, completing "af 100 unge med disse forhold fik ca. N …".</summary>
    public string OutcomePhrase { get; init; } = "kontanthjælp som 18–29-årige";
}
