using Mestring.Registers;

namespace Mestring.Synthetic.Tables;

/// <summary>
/// One row per person resident at 1 January of a year: the source of both person_years.csv and household_years.csv.
/// Columnar (parallel arrays) because it holds Inhabitants × Years rows; rows are appended year by year and
/// <see cref="Seal"/> builds the canonical (person, year) order without moving the data.
/// </summary>
public sealed class PersonYearTable
{
    private int[] _person;
    private short[] _year;
    private int[] _household;
    private short[] _area;
    private int[] _income;
    private byte[] _isced;
    private Benefit[] _benefit;
    private int[]? _order;

    internal PersonYearTable(int capacity)
    {
        capacity = Math.Max(capacity, 16);
        _person = new int[capacity];
        _year = new short[capacity];
        _household = new int[capacity];
        _area = new short[capacity];
        _income = new int[capacity];
        _isced = new byte[capacity];
        _benefit = new Benefit[capacity];
    }

    /// <summary>Rows in the table.</summary>
    public int Count { get; private set; }

    /// <summary>Person index of the i-th row in canonical order (id = <see cref="Ids.Person"/>).</summary>
    public int PersonIndex(int i) => _person[At(i)];

    /// <summary>Year of the i-th row in canonical order.</summary>
    public int Year(int i) => _year[At(i)];

    /// <summary>Household index of the i-th row (id = <see cref="Ids.Household"/>).</summary>
    public int HouseholdIndex(int i) => _household[At(i)];

    /// <summary>Area index of the i-th row (name = <see cref="Ids.Area"/>).</summary>
    public int AreaIndex(int i) => _area[At(i)];

    /// <summary>Income (DKK) of the i-th row.</summary>
    public int IncomeDkk(int i) => _income[At(i)];

    /// <summary>ISCED of the i-th row.</summary>
    public int EducationIsced(int i) => _isced[At(i)];

    /// <summary>Benefit of the i-th row.</summary>
    public Benefit Benefit(int i) => _benefit[At(i)];

    private int At(int i) => _order is null ? i : _order[i];

    internal void Add(int person, int year, int household, int area, int income, byte isced, Benefit benefit)
    {
        if (Count == _person.Length)
        {
            var size = Count * 2;
            Array.Resize(ref _person, size);
            Array.Resize(ref _year, size);
            Array.Resize(ref _household, size);
            Array.Resize(ref _area, size);
            Array.Resize(ref _income, size);
            Array.Resize(ref _isced, size);
            Array.Resize(ref _benefit, size);
        }
        _person[Count] = person;
        _year[Count] = (short)year;
        _household[Count] = household;
        _area[Count] = (short)area;
        _income[Count] = income;
        _isced[Count] = isced;
        _benefit[Count] = benefit;
        Count++;
    }

    /// <summary>Orders rows by (person, year): a stable counting sort by person over rows appended year by year.</summary>
    internal void Seal(int persons)
    {
        var counts = new int[persons + 1];
        for (var i = 0; i < Count; i++)
        {
            counts[_person[i] + 1]++;
        }
        for (var p = 0; p < persons; p++)
        {
            counts[p + 1] += counts[p];
        }
        var order = new int[Count];
        for (var i = 0; i < Count; i++)
        {
            order[counts[_person[i]]++] = i;
        }
        _order = order;
    }

    /// <summary>The rows of person_years.csv in canonical order.</summary>
    public IEnumerable<PersonYearRow> PersonYearRows()
    {
        string? id = null;
        var last = -1;
        for (var i = 0; i < Count; i++)
        {
            var p = PersonIndex(i);
            if (p != last)
            {
                id = Ids.Person(p);
                last = p;
            }
            yield return new PersonYearRow(id!, Year(i), IncomeDkk(i), EducationIsced(i), Benefit(i));
        }
    }

    /// <summary>The rows of household_years.csv in canonical order.</summary>
    public IEnumerable<HouseholdYearRow> HouseholdYearRows()
    {
        string? id = null;
        var last = -1;
        var areas = new Dictionary<int, string>();
        for (var i = 0; i < Count; i++)
        {
            var p = PersonIndex(i);
            if (p != last)
            {
                id = Ids.Person(p);
                last = p;
            }
            var a = AreaIndex(i);
            if (!areas.TryGetValue(a, out var area))
            {
                areas[a] = area = Ids.Area(a);
            }
            yield return new HouseholdYearRow(id!, Year(i), Ids.Household(HouseholdIndex(i)), area);
        }
    }
}
