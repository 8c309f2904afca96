namespace Mestring.Prevention.Factors;

/// <summary>The period over which an event indicator sums its events, relative to the as-of date.</summary>
public enum IndicatorWindowKind
{
    /// <summary>The months up to and including the as-of date (e.g. the last 12 months).</summary>
    TrailingMonths = 0,

    /// <summary>The last completed school year (1 August – 31 July) ending on or before the as-of date.</summary>
    LastCompletedSchoolYear = 1,
}

/// <summary>An indicator's window; <see cref="Months"/> is used by <see cref="IndicatorWindowKind.TrailingMonths"/>.</summary>
public readonly record struct IndicatorWindow(IndicatorWindowKind Kind, int Months)
{
    /// <summary>The last <paramref name="months"/> months.</summary>
    public static IndicatorWindow Trailing(int months) => new(IndicatorWindowKind.TrailingMonths, months);

    /// <summary>The last completed school year.</summary>
    public static IndicatorWindow LastSchoolYear => new(IndicatorWindowKind.LastCompletedSchoolYear, 0);

    /// <summary>The inclusive first and last day of the window for <paramref name="asOf"/>.</summary>
    public (DateOnly First, DateOnly Last) Resolve(DateOnly asOf)
    {
        switch (Kind)
        {
            case IndicatorWindowKind.TrailingMonths:
                ArgumentOutOfRangeException.ThrowIfLessThan(Months, 1, nameof(Months));
                return (asOf.AddMonths(-Months).AddDays(1), asOf);
            case IndicatorWindowKind.LastCompletedSchoolYear:
                var endYear = asOf >= new DateOnly(asOf.Year, 7, 31) ? asOf.Year : asOf.Year - 1;
                return (new DateOnly(endYear - 1, 8, 1), new DateOnly(endYear, 7, 31));
            default:
                throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "Unknown window kind.");
        }
    }
}
