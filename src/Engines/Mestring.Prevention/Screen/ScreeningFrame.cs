using Mestring.Prevention.Factors;
using Mestring.Prevention.Population;

namespace Mestring.Prevention.Screen;

/// <summary>
/// The per-run context shared by the evaluation passes and by lazy explanation: the resolved reference year,
/// the active indicators and the household aggregates of that year.
/// </summary>
internal sealed class ScreeningFrame
{
    public ScreeningFrame(PopulationColumns pop, ScreeningOptions options)
    {
        ArgumentNullException.ThrowIfNull(pop);
        ArgumentNullException.ThrowIfNull(options);
        options.Tiers.Validate();
        if (options.MinAge < 0 || options.MaxAge < options.MinAge
            || options.IncomeReferenceMinAge < 0 || options.IncomeReferenceMaxAge < options.IncomeReferenceMinAge)
        {
            throw new ArgumentException("Age windows must satisfy 0 ≤ min ≤ max.", nameof(options));
        }

        if (options.LowIncomeShare is <= 0 or >= 1)
        {
            throw new ArgumentException("LowIncomeShare must be strictly between 0 and 1.", nameof(options));
        }

        Pop = pop;
        Options = options;
        ReferenceYear = ResolveYear(pop, options.AsOf);
        YearIndex = ReferenceYear - pop.FirstYear;
        AsOfDay = options.AsOf.DayNumber;
        Jan1 = new DateOnly(ReferenceYear, 1, 1);
        Jan1Day = Jan1.DayNumber;

        var active = new List<EventIndicator>();
        foreach (var indicator in options.Indicators)
        {
            if (indicator.Enabled)
            {
                active.Add(indicator);
            }
        }

        if (active.Count > 32 - FactorCatalog.FamilyFactorCount)
        {
            throw new ArgumentException("At most 28 indicators can be enabled.", nameof(options));
        }

        Indicators = [.. active];
        IndicatorType = new int[Indicators.Length];
        WindowFirst = new int[Indicators.Length];
        WindowLast = new int[Indicators.Length];
        for (var k = 0; k < Indicators.Length; k++)
        {
            IndicatorType[k] = pop.EventTypeCode(Indicators[k].EventType);
            var (first, last) = Indicators[k].Window.Resolve(options.AsOf);
            WindowFirst[k] = first.DayNumber;
            WindowLast[k] = last.DayNumber;
        }

        Factors = [.. FactorCatalog.Family, .. Indicators];
    }

    public PopulationColumns Pop { get; }

    public ScreeningOptions Options { get; }

    public int ReferenceYear { get; }

    public int YearIndex { get; }

    public int AsOfDay { get; }

    public DateOnly Jan1 { get; }

    public int Jan1Day { get; }

    public EventIndicator[] Indicators { get; }

    public int[] IndicatorType { get; }

    public int[] WindowFirst { get; }

    public int[] WindowLast { get; }

    /// <summary>Definitions by bit: the four family factors, then the enabled indicators.</summary>
    public FactorDefinition[] Factors { get; }

    /// <summary>Income of the family adults per household (valid where <see cref="HouseholdIncomeKnown"/>).</summary>
    public long[] HouseholdIncome { get; set; } = [];

    public bool[] HouseholdIncomeKnown { get; set; } = [];

    /// <summary>Per household: a family adult on a counted benefit, or -1.</summary>
    public int[] HouseholdBenefitMember { get; set; } = [];

    public bool HasIncomeThreshold { get; set; }

    public long IncomeThreshold { get; set; }

    public int FamilyCount { get; set; }

    public bool IsCountedBenefit(Benefit b) =>
        b == Benefit.Kontanthjaelp || b == Benefit.Foertidspension
        || (b == Benefit.Uddannelseshjaelp && Options.CountUddannelseshjaelpAsKontanthjaelp);

    /// <summary>Latest known ISCED of a person up to the reference year, or -1.</summary>
    public int EducationUpTo(int person)
    {
        if (person < 0)
        {
            return -1;
        }

        var edu = Pop.EducationAt;
        var baseSlot = person * Pop.YearCount;
        for (var y = YearIndex; y >= 0; y--)
        {
            var v = edu[baseSlot + y];
            if (v >= 0)
            {
                return v;
            }
        }

        return -1;
    }

    private static int ResolveYear(PopulationColumns pop, DateOnly asOf)
    {
        for (var y = Math.Min(asOf.Year, pop.LastYear); y >= pop.FirstYear; y--)
        {
            if (pop.HasYear(y))
            {
                return y;
            }
        }

        throw new ArgumentException(
            $"The extract holds no year on or before the as-of date {asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}.",
            nameof(asOf));
    }
}
