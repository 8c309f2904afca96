using Mestring.Registers;

namespace Mestring.Synthetic.Model;

/// <summary>Which budget a programme belongs to (and which spending figure it counts towards).</summary>
internal enum Area
{
    Children,
    Adults,
}

/// <summary>
/// One intervention type: legal basis, FFB ydelse, who is eligible, how many enter per year and for how long, the
/// price, the tilbud that deliver it, the methods used and (where assessed) the addressed FFB condition.
/// </summary>
internal sealed record Programme
{
    public required string Name { get; init; }
    public required string LegalBasis { get; init; }
    public required string ServiceDisplay { get; init; }
    public required Area Area { get; init; }
    public required Problem[] TargetGroups { get; init; }
    public int MinAge { get; init; } = 18;
    public int MaxAge { get; init; } = 99;
    /// <summary>Distinct recipients during a year per 1,000 inhabitants (the stock-flow is derived from it).</summary>
    public required double RecipientsPer1000 { get; init; }
    public required double MeanYears { get; init; }
    /// <summary>Durations are uniform on MeanYears × [1 − spread, 1 + spread].</summary>
    public double DurationSpread { get; init; } = 0.75;
    public required ServiceUnit Unit { get; init; }
    /// <summary>Units per week are uniform on [Min, Max].</summary>
    public required (double Min, double Max) UnitsPerWeek { get; init; }
    /// <summary>Typical takst per unit (DKK, 2024 level) at specialisation level 2.</summary>
    public required double BasePrice { get; init; }
    public required string TilbudType { get; init; }
    public required int ClientsPerProvider { get; init; }
    /// <summary>Weights of specialisation levels 1–3.</summary>
    public double[] LevelWeights { get; init; } = [0.3, 0.5, 0.2];
    /// <summary>Weights of public, private, selvejende.</summary>
    public double[] OwnershipWeights { get; init; } = [0.5, 0.35, 0.15];
    /// <summary>The FFB Aktivitet-og-deltagelse condition the programme works on; null = not assessed.</summary>
    public string? ConditionDisplay { get; init; }
    /// <summary>Expected progression under CAU at reference case mix (baseline level 2, age under 50).</summary>
    public double BaseProgression { get; init; } = 0.2;
    public required (Method Method, double Share)[] Methods { get; init; }
    public bool Residential { get; init; }
    public bool WomenOnly { get; init; }
    public Problem Requires { get; init; }
    /// <summary>Selection weight multiplier for people already in these programmes (co-occurring services).</summary>
    public string[] PreferWith { get; init; } = [];
    public double PreferWeight { get; init; } = 1;
    /// <summary>Selection weight multiplier for people under 30 (e.g. §107: 63 % under 30).</summary>
    public double YoungWeight { get; init; } = 1;
    public int Index { get; set; }
}
