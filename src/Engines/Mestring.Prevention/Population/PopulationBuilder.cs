namespace Mestring.Prevention.Population;

/// <summary>
/// Builds <see cref="PopulationColumns"/> from streamed register rows (the database layer or a CSV reader feeds it),
/// mapping pseudonymous string ids to dense indices. Rows may arrive in any order; a parent may be referenced
/// before its own person row. <see cref="Build"/> fails if a referenced person never got a person row.
/// </summary>
public sealed class PopulationBuilder
{
    private readonly int _firstYear;
    private readonly int _years;
    private readonly Dictionary<string, int> _persons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _households = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _eventTypes = new(StringComparer.Ordinal);
    private readonly List<string> _ids = [];
    private readonly List<bool> _declared = [];
    private readonly bool[] _yearHasData;
    private int[] _birth = new int[1024];
    private Sex[] _sex = new Sex[1024];
    private int[] _mother = new int[1024];
    private int[] _father = new int[1024];
    private int[] _death = new int[1024];
    private int[] _household;
    private int[] _income;
    private sbyte[] _education;
    private Benefit[] _benefit;
    private readonly List<(int Person, int Day, int Type, float Quantity)> _events = [];

    /// <summary>Creates a builder for person-year data in <paramref name="firstYear"/>..<paramref name="lastYear"/>.</summary>
    public PopulationBuilder(int firstYear, int lastYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lastYear, firstYear);
        _firstYear = firstYear;
        _years = lastYear - firstYear + 1;
        _yearHasData = new bool[_years];
        _household = new int[1024 * _years];
        _income = new int[1024 * _years];
        _education = new sbyte[1024 * _years];
        _benefit = new Benefit[1024 * _years];
        Array.Fill(_household, PopulationColumns.Unknown);
        Array.Fill(_income, PopulationColumns.UnknownIncome);
        Array.Fill(_education, (sbyte)-1);
    }

    /// <summary>Number of person indices handed out so far (including referenced-only persons).</summary>
    public int Count => _ids.Count;

    /// <summary>Adds a <c>persons.csv</c> row; returns the person's index.</summary>
    public int AddPerson(string personId, DateOnly birthDate, Sex sex, string? motherId, string? fatherId, DateOnly? deathDate)
    {
        var p = IndexOf(personId);
        if (_declared[p])
        {
            throw new InvalidOperationException($"Person '{personId}' was added twice.");
        }

        _declared[p] = true;
        _birth[p] = birthDate.DayNumber;
        _sex[p] = sex;
        _mother[p] = string.IsNullOrEmpty(motherId) ? PopulationColumns.Unknown : IndexOf(motherId);
        _father[p] = string.IsNullOrEmpty(fatherId) ? PopulationColumns.Unknown : IndexOf(fatherId);
        _death[p] = deathDate?.DayNumber ?? PopulationColumns.Alive;
        return p;
    }

    /// <summary>Adds a <c>household_years.csv</c> row. Returns <c>false</c> (row ignored) when the year is outside the builder's years.</summary>
    public bool AddHouseholdYear(string personId, int year, string householdId)
    {
        ArgumentException.ThrowIfNullOrEmpty(householdId);
        if (!InYears(year))
        {
            return false;
        }

        if (!_households.TryGetValue(householdId, out var h))
        {
            h = _households.Count;
            _households.Add(householdId, h);
        }

        _household[Slot(IndexOf(personId), year)] = h;
        _yearHasData[year - _firstYear] = true;
        return true;
    }

    /// <summary>
    /// Adds a <c>person_years.csv</c> row. Income is rounded to whole DKK and saturated to the <see cref="int"/> range
    /// (the columns use 4 bytes per person-year); <c>null</c> = unknown. Returns <c>false</c> when the year is outside the builder's years.
    /// </summary>
    public bool AddPersonYear(string personId, int year, decimal? incomeDkk, int? educationIsced, Benefit benefit)
    {
        if (!InYears(year))
        {
            return false;
        }

        if (educationIsced is < 0 or > 8)
        {
            throw new ArgumentOutOfRangeException(nameof(educationIsced), educationIsced, "ISCED must be 0–8.");
        }

        var s = Slot(IndexOf(personId), year);
        _income[s] = incomeDkk is { } v
            ? (int)Math.Clamp(Math.Round(v, MidpointRounding.AwayFromZero), int.MinValue + 1, int.MaxValue)
            : PopulationColumns.UnknownIncome;
        _education[s] = (sbyte)(educationIsced ?? -1);
        _benefit[s] = benefit;
        _yearHasData[year - _firstYear] = true;
        return true;
    }

    /// <summary>Adds an <c>events.csv</c> row (quantity defaults to 1, e.g. one notification).</summary>
    public void AddEvent(string personId, DateOnly date, string type, double quantity = 1)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        if (!_eventTypes.TryGetValue(type, out var t))
        {
            t = _eventTypes.Count;
            _eventTypes.Add(type, t);
        }

        _events.Add((IndexOf(personId), date.DayNumber, t, (float)quantity));
    }

    /// <summary>The index of a person id, handing out a new index for an id not seen before.</summary>
    public int IndexOf(string personId)
    {
        ArgumentException.ThrowIfNullOrEmpty(personId);
        if (_persons.TryGetValue(personId, out var p))
        {
            return p;
        }

        p = _ids.Count;
        _persons.Add(personId, p);
        _ids.Add(personId);
        _declared.Add(false);
        EnsureCapacity(p + 1);
        _mother[p] = PopulationColumns.Unknown;
        _father[p] = PopulationColumns.Unknown;
        _death[p] = PopulationColumns.Alive;
        return p;
    }

    /// <summary>Freezes the rows into columns.</summary>
    /// <exception cref="InvalidOperationException">A person was referenced (as parent, or by a household, person-year or event row) but never added.</exception>
    public PopulationColumns Build()
    {
        var n = _ids.Count;
        for (var p = 0; p < n; p++)
        {
            if (!_declared[p])
            {
                throw new InvalidOperationException($"Person '{_ids[p]}' is referenced but has no persons.csv row.");
            }
        }

        // Counting sort by person, then by date within each person: indicators scan a child's events in date order.
        var start = new int[n + 1];
        foreach (var e in _events)
        {
            start[e.Person + 1]++;
        }

        for (var p = 0; p < n; p++)
        {
            start[p + 1] += start[p];
        }

        var m = _events.Count;
        var day = new int[m];
        var type = new int[m];
        var qty = new float[m];
        var fill = start[..n];
        foreach (var e in _events)
        {
            var at = fill[e.Person]++;
            day[at] = e.Day;
            type[at] = e.Type;
            qty[at] = e.Quantity;
        }

        for (var p = 0; p < n; p++)
        {
            var len = start[p + 1] - start[p];
            if (len > 1)
            {
                var order = new int[len];
                for (var i = 0; i < len; i++)
                {
                    order[i] = start[p] + i;
                }

                var keys = day.AsSpan(start[p], len).ToArray();
                Array.Sort(keys, order);
                var t = new int[len];
                var q = new float[len];
                for (var i = 0; i < len; i++)
                {
                    t[i] = type[order[i]];
                    q[i] = qty[order[i]];
                }

                keys.CopyTo(day, start[p]);
                t.CopyTo(type, start[p]);
                q.CopyTo(qty, start[p]);
            }
        }

        var typeNames = new string[_eventTypes.Count];
        foreach (var (name, code) in _eventTypes)
        {
            typeNames[code] = name;
        }

        return new PopulationColumns(
            _firstYear, _years,
            _birth[..n], _sex[..n], _mother[..n], _father[..n], _death[..n],
            _households.Count, _household[..(n * _years)], _income[..(n * _years)], _education[..(n * _years)],
            _benefit[..(n * _years)], (bool[])_yearHasData.Clone(),
            start, day, type, qty, typeNames, [.. _ids]);
    }

    private bool InYears(int year) => year >= _firstYear && year < _firstYear + _years;

    private int Slot(int person, int year) => (person * _years) + (year - _firstYear);

    private void EnsureCapacity(int persons)
    {
        if (persons <= _birth.Length)
        {
            return;
        }

        var old = _birth.Length;
        var size = Math.Max(persons, old * 2);
        Array.Resize(ref _birth, size);
        Array.Resize(ref _sex, size);
        Array.Resize(ref _mother, size);
        Array.Resize(ref _father, size);
        Array.Resize(ref _death, size);
        Array.Resize(ref _household, size * _years);
        Array.Resize(ref _income, size * _years);
        Array.Resize(ref _education, size * _years);
        Array.Resize(ref _benefit, size * _years);
        _household.AsSpan(old * _years).Fill(PopulationColumns.Unknown);
        _income.AsSpan(old * _years).Fill(PopulationColumns.UnknownIncome);
        _education.AsSpan(old * _years).Fill(-1);
    }
}
