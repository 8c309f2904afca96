namespace Mestring.Economics.Cases;

/// <summary>
/// Yearly quantity of an outcome per participant without the intervention: a constant or one value per
/// year 0…horizon (the spec's <c>baselinePerParticipant</c>).
/// </summary>
public sealed record Baseline
{
    private Baseline(double? constant, IReadOnlyList<double>? perYear)
    {
        Constant = constant;
        PerYear = perYear;
    }

    /// <summary>The constant value, when the baseline is the same every year.</summary>
    public double? Constant { get; }

    /// <summary>One value per year 0…horizon, when the baseline varies.</summary>
    public IReadOnlyList<double>? PerYear { get; }

    /// <summary>A baseline that is the same every year.</summary>
    public static Baseline Of(double constant) => new(constant, null);

    /// <summary>A baseline with one value per year, starting at year 0.</summary>
    public static Baseline OfYears(IReadOnlyList<double> perYear)
    {
        ArgumentNullException.ThrowIfNull(perYear);
        return new(null, perYear.ToArray());
    }

    /// <summary>The baseline in year <paramref name="year"/>.</summary>
    public double At(int year) => PerYear is null ? Constant ?? 0 : PerYear[year];

    /// <summary>This baseline multiplied by <paramref name="factor"/> (used by sensitivity analysis).</summary>
    public Baseline Scale(double factor) =>
        PerYear is null ? Of((Constant ?? 0) * factor) : OfYears(PerYear.Select(v => v * factor).ToArray());
}
