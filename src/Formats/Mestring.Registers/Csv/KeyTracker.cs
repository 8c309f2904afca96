namespace Mestring.Registers.Csv;

/// <summary>
/// Remembers the keys seen in one file to reject duplicates. Composite keys are packed into integers (ids interned
/// once) because person_years.csv repeats every person_id once per year and may hold tens of millions of rows.
/// </summary>
internal sealed class KeyTracker
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
    private readonly HashSet<long> _idYears = [];
    private readonly HashSet<(int Id, int Day, int Code)> _idDayCodes = [];

    /// <summary>Adds a single-id key; false if seen before.</summary>
    public bool Add(string id) => _ids.TryAdd(id, _ids.Count);

    /// <summary>True if a single-id key was added.</summary>
    public bool Contains(string id) => _ids.ContainsKey(id);

    /// <summary>Adds (id, year); false if seen before.</summary>
    public bool Add(string id, int year) => _idYears.Add(((long)InternId(id) << 16) | (uint)(year & 0xFFFF));

    private string? _lastId;
    private int _lastIndex;

    // The reader hands the same string instance for consecutive rows of one person: skip the dictionary then.
    private int InternId(string id)
    {
        if (!ReferenceEquals(id, _lastId))
        {
            _lastIndex = Intern(_ids, id);
            _lastId = id;
        }
        return _lastIndex;
    }

    /// <summary>Adds (id, date, code); false if seen before.</summary>
    public bool Add(string id, DateOnly date, string code) => _idDayCodes.Add((InternId(id), date.DayNumber, Intern(_codes, code)));

    private static int Intern(Dictionary<string, int> map, string key)
    {
        if (!map.TryGetValue(key, out var index))
        {
            index = map.Count;
            map.Add(key, index);
        }
        return index;
    }
}
