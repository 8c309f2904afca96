namespace Mestring.Prevention.Population;

/// <summary>
/// The register extract (persons, household_years, person_years, events) as flat columns indexed by a dense
/// person index 0..<see cref="PersonCount"/>-1. Person-year columns are indexed
/// <c>[person * YearCount + (year - FirstYear)]</c>; events are grouped per person (CSR layout: the events of
/// person p are <c>EventStart[p] .. EventStart[p+1]-1</c>, ordered by date).
/// </summary>
/// <remarks>
/// Flat arrays rather than one object per person: a country-sized population (≈ 4 M persons) must be screened in
/// well under two seconds, which needs sequential, allocation-free passes. Dates are day numbers
/// (<see cref="DateOnly.DayNumber"/>). Build it with <see cref="PopulationBuilder"/> from streamed rows, or pass
/// the arrays directly. The arrays are owned by this instance afterwards; do not modify them.
/// </remarks>
public sealed class PopulationColumns
{
    /// <summary>Marks an unknown parent, household or education.</summary>
    public const int Unknown = -1;

    /// <summary>Marks an unknown income in <see cref="Income"/>.</summary>
    public const int UnknownIncome = int.MinValue;

    /// <summary>The death day of a person who has not died.</summary>
    public const int Alive = int.MaxValue;

    internal readonly string[]? Ids;
    internal readonly int[] Birth;
    internal readonly Sex[] SexOf;
    internal readonly int[] MotherOf;
    internal readonly int[] FatherOf;
    internal readonly int[] Death;
    internal readonly int[] HouseholdAt;
    internal readonly int[] IncomeAt;
    internal readonly sbyte[] EducationAt;
    internal readonly Benefit[] BenefitAt;
    internal readonly bool[] YearData;
    internal readonly int[] EvStart;
    internal readonly int[] EvDay;
    internal readonly int[] EvType;
    internal readonly float[] EvQuantity;
    internal readonly string[] EvTypeNames;

    /// <summary>Creates the columns; validates lengths and references (parents in range).</summary>
    /// <param name="firstYear">The first year of the person-year and household-year columns.</param>
    /// <param name="yearCount">Number of years in those columns.</param>
    /// <param name="birthDay">Birth date per person as a day number.</param>
    /// <param name="sex">Sex per person.</param>
    /// <param name="mother">Mother's person index, or <see cref="Unknown"/>.</param>
    /// <param name="father">Father's person index, or <see cref="Unknown"/>.</param>
    /// <param name="deathDay">Death date as a day number, or <see cref="Alive"/>.</param>
    /// <param name="householdCount">Number of distinct households; household ids are 0..householdCount-1.</param>
    /// <param name="household">Household id at 1 January, per person-year, or <see cref="Unknown"/>.</param>
    /// <param name="income">Income in whole DKK per person-year, or <see cref="UnknownIncome"/>.</param>
    /// <param name="education">Highest ISCED level (0–8) per person-year, or -1 when unknown.</param>
    /// <param name="benefit">Main benefit per person-year.</param>
    /// <param name="yearHasData">Per year: whether the extract holds that year (so a missing year is not read as "no benefits").</param>
    /// <param name="eventStart">CSR offsets, length persons + 1.</param>
    /// <param name="eventDay">Event date as a day number, per event.</param>
    /// <param name="eventType">Event type code (index into <paramref name="eventTypeNames"/>), per event.</param>
    /// <param name="eventQuantity">Event quantity (e.g. absence days), per event.</param>
    /// <param name="eventTypeNames">Event type names as in <c>events.csv</c>, e.g. <c>notification</c>.</param>
    /// <param name="personIds">Optional pseudonymous person ids for output.</param>
    public PopulationColumns(
        int firstYear, int yearCount,
        int[] birthDay, Sex[] sex, int[] mother, int[] father, int[] deathDay,
        int householdCount, int[] household, int[] income, sbyte[] education, Benefit[] benefit, bool[] yearHasData,
        int[] eventStart, int[] eventDay, int[] eventType, float[] eventQuantity, string[] eventTypeNames,
        string[]? personIds = null)
    {
        ArgumentNullException.ThrowIfNull(birthDay);
        ArgumentOutOfRangeException.ThrowIfLessThan(yearCount, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(householdCount);
        var n = birthDay.Length;
        RequireLength(sex, n, nameof(sex));
        RequireLength(mother, n, nameof(mother));
        RequireLength(father, n, nameof(father));
        RequireLength(deathDay, n, nameof(deathDay));
        var slots = (long)n * yearCount;
        RequireLength(household, slots, nameof(household));
        RequireLength(income, slots, nameof(income));
        RequireLength(education, slots, nameof(education));
        RequireLength(benefit, slots, nameof(benefit));
        RequireLength(yearHasData, yearCount, nameof(yearHasData));
        RequireLength(eventStart, n + 1L, nameof(eventStart));
        RequireLength(eventDay, eventStart[n], nameof(eventDay));
        RequireLength(eventType, eventStart[n], nameof(eventType));
        RequireLength(eventQuantity, eventStart[n], nameof(eventQuantity));
        ArgumentNullException.ThrowIfNull(eventTypeNames);
        if (personIds is not null)
        {
            RequireLength(personIds, n, nameof(personIds));
        }

        for (var p = 0; p < n; p++)
        {
            if (mother[p] < Unknown || mother[p] >= n || father[p] < Unknown || father[p] >= n)
            {
                throw new ArgumentException($"Person {p.ToString(System.Globalization.CultureInfo.InvariantCulture)} has a parent index out of range.", nameof(mother));
            }
        }

        FirstYear = firstYear;
        YearCount = yearCount;
        HouseholdCount = householdCount;
        Ids = personIds;
        Birth = birthDay;
        SexOf = sex;
        MotherOf = mother;
        FatherOf = father;
        Death = deathDay;
        HouseholdAt = household;
        IncomeAt = income;
        EducationAt = education;
        BenefitAt = benefit;
        YearData = yearHasData;
        EvStart = eventStart;
        EvDay = eventDay;
        EvType = eventType;
        EvQuantity = eventQuantity;
        EvTypeNames = eventTypeNames;
    }

    /// <summary>Number of persons.</summary>
    public int PersonCount => Birth.Length;

    /// <summary>First year of the person-year columns.</summary>
    public int FirstYear { get; }

    /// <summary>Number of years in the person-year columns.</summary>
    public int YearCount { get; }

    /// <summary>Last year of the person-year columns.</summary>
    public int LastYear => FirstYear + YearCount - 1;

    /// <summary>Number of distinct households.</summary>
    public int HouseholdCount { get; }

    /// <summary>Birth dates as day numbers.</summary>
    public ReadOnlySpan<int> BirthDay => Birth;

    /// <summary>Sex per person.</summary>
    public ReadOnlySpan<Sex> Sex => SexOf;

    /// <summary>Mother index per person (-1 unknown).</summary>
    public ReadOnlySpan<int> Mother => MotherOf;

    /// <summary>Father index per person (-1 unknown).</summary>
    public ReadOnlySpan<int> Father => FatherOf;

    /// <summary>Death day per person (<see cref="Alive"/> if alive).</summary>
    public ReadOnlySpan<int> DeathDay => Death;

    /// <summary>Household id at 1 January per person-year (-1 unknown).</summary>
    public ReadOnlySpan<int> Household => HouseholdAt;

    /// <summary>Income (whole DKK) per person-year (<see cref="UnknownIncome"/> if unknown).</summary>
    public ReadOnlySpan<int> Income => IncomeAt;

    /// <summary>ISCED level per person-year (-1 unknown).</summary>
    public ReadOnlySpan<sbyte> Education => EducationAt;

    /// <summary>Main benefit per person-year.</summary>
    public ReadOnlySpan<Benefit> Benefit => BenefitAt;

    /// <summary>CSR offsets of each person's events (length persons + 1).</summary>
    public ReadOnlySpan<int> EventStart => EvStart;

    /// <summary>Event dates as day numbers.</summary>
    public ReadOnlySpan<int> EventDay => EvDay;

    /// <summary>Event type codes (index into <see cref="EventTypeNames"/>).</summary>
    public ReadOnlySpan<int> EventType => EvType;

    /// <summary>Event quantities.</summary>
    public ReadOnlySpan<float> EventQuantity => EvQuantity;

    /// <summary>Event type names (index = type code).</summary>
    public IReadOnlyList<string> EventTypeNames => EvTypeNames;

    /// <summary>Whether the extract holds data for <paramref name="year"/>.</summary>
    public bool HasYear(int year) => year >= FirstYear && year <= LastYear && YearData[year - FirstYear];

    /// <summary>Index into the person-year columns.</summary>
    public int Slot(int person, int year) => (person * YearCount) + (year - FirstYear);

    /// <summary>The pseudonymous id of a person, or its index as text when no ids were supplied.</summary>
    public string PersonId(int person) =>
        Ids is null ? person.ToString(System.Globalization.CultureInfo.InvariantCulture) : Ids[person];

    /// <summary>The type code of an event type name, or -1 when the extract holds no such events.</summary>
    public int EventTypeCode(string typeName) => Array.IndexOf(EvTypeNames, typeName);

    private static void RequireLength<T>(T[] array, long length, string name)
    {
        ArgumentNullException.ThrowIfNull(array, name);
        if (array.LongLength != length)
        {
            throw new ArgumentException($"Expected {length.ToString(System.Globalization.CultureInfo.InvariantCulture)} elements.", name);
        }
    }
}
