namespace Mestring.Synthetic;

/// <summary>What to generate. Everything is deterministic in these values; there is no clock.</summary>
public sealed record GeneratorOptions
{
    /// <summary>Inhabitants at 1 January of every year (births, deaths and migration are balanced around it).</summary>
    public int Inhabitants { get; init; } = 60_000;

    /// <summary>Years of history, ending with <see cref="LastYear"/>.</summary>
    public int Years { get; init; } = 15;

    /// <summary>The seed: the same seed gives the same municipality on every machine.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>The last (complete) year of history; all dates are on or before 31 December of it.</summary>
    public int LastYear { get; init; } = 2025;

    /// <summary>The first year of history.</summary>
    public int FirstYear => LastYear - Years + 1;
}

/// <summary>Progress of a generation run.</summary>
/// <param name="Stage">What is being done, e.g. "Simulating 2017".</param>
/// <param name="Fraction">Overall completion 0–1.</param>
public sealed record GenerationProgress(string Stage, double Fraction);
