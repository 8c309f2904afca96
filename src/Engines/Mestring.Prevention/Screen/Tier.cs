namespace Mestring.Prevention.Screen;

/// <summary>
/// Screening tier, shown in Danish ("ingen", "lav", "middel", "høj"). Ordered by declaration (None = 0 … High = 3):
/// a higher value is a higher tier.
/// </summary>
public enum Tier : byte
{
    /// <summary>"ingen".</summary>
    None,
    /// <summary>"lav".</summary>
    Low,
    /// <summary>"middel".</summary>
    Medium,
    /// <summary>"høj".</summary>
    High,
}

/// <summary>Display names of <see cref="Tier"/>.</summary>
public static class TierNames
{
    /// <summary>The Danish name used in output: ingen, lav, middel, høj.</summary>
    public static string Danish(Tier tier) => tier switch
    {
        Tier.None => "ingen",
        Tier.Low => "lav",
        Tier.Medium => "middel",
        Tier.High => "høj",
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Unknown tier."),
    };
}

/// <summary>
/// Minimum score for each tier. Defaults: 1 factor = lav, 2 = middel, 3 or more = høj — the score is a plain count,
/// so the tiers read directly as "how many documented factors".
/// </summary>
public sealed record TierThresholds(int Low = 1, int Medium = 2, int High = 3)
{
    /// <summary>The tier of a score.</summary>
    public Tier Of(int score) =>
        score >= High ? Tier.High : score >= Medium ? Tier.Medium : score >= Low ? Tier.Low : Tier.None;

    internal void Validate()
    {
        if (Low < 1 || Medium < Low || High < Medium)
        {
            throw new ArgumentException("Tier thresholds must satisfy 1 ≤ Low ≤ Medium ≤ High.");
        }
    }
}
