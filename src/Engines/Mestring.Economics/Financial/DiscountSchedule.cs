using Mestring.Economics.Cases;

namespace Mestring.Economics.Financial;

/// <summary>
/// A stepwise declining discount schedule: year t is discounted one more year at the rate r_t in force in
/// that year, DF(t) = DF(t−1)/(1+r_t), DF(0) = 1 (so with the Green Book, DF(31) = DF(30)/1.03).
/// </summary>
public sealed record DiscountSchedule
{
    /// <summary>Creates a schedule; the first step must start at year 0.</summary>
    public DiscountSchedule(IReadOnlyList<DiscountStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        if (steps.Count == 0 || steps[0].FromYear != 0)
        {
            throw new ArgumentException("A discount schedule starts with a step from year 0.", nameof(steps));
        }

        for (var i = 1; i < steps.Count; i++)
        {
            if (steps[i].FromYear <= steps[i - 1].FromYear)
            {
                throw new ArgumentException("Discount steps must be in increasing fromYear order.", nameof(steps));
            }
        }

        Steps = steps.ToArray();
    }

    /// <summary>The steps in increasing <see cref="DiscountStep.FromYear"/> order.</summary>
    public IReadOnlyList<DiscountStep> Steps { get; }

    /// <summary>HM Treasury Green Book (2022) STPR: 3.5 % years 0–30, 3.0 % 31–75, 2.5 % 76–125, 2.0 % 126–200, 1.5 % 201–300, 1.0 % after.</summary>
    public static DiscountSchedule GreenBook { get; } = new(
    [
        new(0, 0.035), new(31, 0.030), new(76, 0.025), new(126, 0.020), new(201, 0.015), new(301, 0.010),
    ]);

    /// <summary>Finansministeriet's samfundsøkonomiske diskonteringsrente: 3.5 % years 0–35, 2.5 % 36–70, 1.5 % after year 70.</summary>
    public static DiscountSchedule Finansministeriet { get; } = new([new(0, 0.035), new(36, 0.025), new(71, 0.015)]);

    /// <summary>A flat rate for every year.</summary>
    public static DiscountSchedule Flat(double rate) => new([new(0, rate)]);

    /// <summary>
    /// The schedule of a case: its <c>discountSchedule</c> if given (with <c>discountRate</c> before the first
    /// step when that starts after year 0), else the flat <c>discountRate</c>.
    /// </summary>
    public static DiscountSchedule For(InvestmentCase investmentCase)
    {
        ArgumentNullException.ThrowIfNull(investmentCase);
        var steps = investmentCase.DiscountSchedule;
        if (steps is null || steps.Count == 0)
        {
            return Flat(investmentCase.DiscountRate);
        }

        return steps[0].FromYear == 0 ? new(steps) : new([new(0, investmentCase.DiscountRate), .. steps]);
    }

    /// <summary>The rate in force in <paramref name="year"/>.</summary>
    public double RateFor(int year)
    {
        var rate = Steps[0].Rate;
        foreach (var step in Steps)
        {
            if (step.FromYear > year)
            {
                break;
            }

            rate = step.Rate;
        }

        return rate;
    }

    /// <summary>
    /// DF(0…horizon). For a flat rate this is (1+r)^−t, built as 1/Π(1+r) by repeated multiplication so it is
    /// bit-identical on every platform.
    /// </summary>
    public double[] Factors(int horizonYears)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(horizonYears);
        var factors = new double[horizonYears + 1];
        var compound = 1.0;
        factors[0] = 1;
        for (var t = 1; t <= horizonYears; t++)
        {
            compound *= 1 + RateFor(t);
            factors[t] = 1 / compound;
        }

        return factors;
    }
}
