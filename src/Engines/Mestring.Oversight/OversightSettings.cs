namespace Mestring.Oversight;

/// <summary>The thresholds of the signals (documented in docs/oversight.md); the defaults are the tested ones.</summary>
public sealed record OversightSettings
{
    /// <summary>Takster are compared at the prices of this year.</summary>
    public int BaseYear { get; init; } = 2024;
    /// <summary>A takst is current when its order began in the last this many years of the data.</summary>
    public int CurrentYears { get; init; } = 3;
    /// <summary>Robust z-score (median/MAD) from which a takst is far above its peers.</summary>
    public double TakstZ { get; init; } = 3.5;
    /// <summary>…and at least this multiple of the peers' median.</summary>
    public decimal TakstRatio { get; init; } = 1.5m;
    /// <summary>Providers (itself included) a peer group needs; smaller groups fall back to a wider one.</summary>
    public int MinPeers { get; init; } = 4;
    /// <summary>The MAD is never taken below this share of the median (equal takster would make every difference infinite).</summary>
    public double MadFloor { get; init; } = 0.05;
    /// <summary>Billed units above the ordered ones: tolerance as a share and in units.</summary>
    public decimal OrderTolerance { get; init; } = 0.10m;
    public decimal OrderToleranceUnits { get; init; } = 0.5m;
    /// <summary>Days two botilbud stays must overlap (a move on the same day is no overlap).</summary>
    public int MinOverlapDays { get; init; } = 2;
    /// <summary>A year's billed amount at least this multiple of the highest of the previous three years…</summary>
    public decimal VolumeRatio { get; init; } = 2.0m;
    /// <summary>…and at least this much more (DKK), so that a small provider's second client is no jump.</summary>
    public decimal VolumeMinIncrease { get; init; } = 500_000m;
    /// <summary>Fall of the mean theme score from the first to the last of three consecutive assessments.</summary>
    public double ScoreDrop { get; init; } = 1.0;
    /// <summary>Edges a path of people may have between a tilbud and a quarantined person or tilbud.</summary>
    public int MaxPathEdges { get; init; } = 4;
    /// <summary>A person or company linked to more tilbud than this (e.g. the municipality owning its own) is not followed.</summary>
    public int MaxHubDegree { get; init; } = 20;
}
