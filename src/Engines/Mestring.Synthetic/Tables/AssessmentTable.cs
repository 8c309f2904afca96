namespace Mestring.Synthetic.Tables;

/// <summary>Assessments as packed sort keys (person, day, condition rank); duplicates keep the first row.</summary>
internal sealed class AssessmentTable
{
    private ulong[] _keys = new ulong[1024];
    private short[] _values = new short[1024]; // level + 1 (0 = not assessed) | (support + 1) << 8

    public int Count { get; private set; }

    /// <summary>Adds a row; <paramref name="condition"/> is the rank of the code in ordinal order; -1 = not assessed.</summary>
    public void Add(int person, int day, int condition, int level, int support)
    {
        if (Count == _keys.Length)
        {
            Array.Resize(ref _keys, Count * 2);
            Array.Resize(ref _values, Count * 2);
        }
        _keys[Count] = ((ulong)person << 28) | ((ulong)(uint)day << 8) | (uint)condition;
        _values[Count] = (short)((level + 1) | ((support + 1) << 8));
        Count++;
    }

    public void Seal()
    {
        // A stable order keeps the first of two same-day rows on one condition (a person assessed for two services).
        var index = new int[Count];
        for (var i = 0; i < Count; i++)
        {
            index[i] = i;
        }
        var keys = _keys.AsSpan(0, Count).ToArray();
        Array.Sort(keys, index);
        var n = 0;
        var newKeys = new ulong[Count];
        var newValues = new short[Count];
        for (var i = 0; i < Count; i++)
        {
            if (n > 0 && newKeys[n - 1] == keys[i])
            {
                continue;
            }
            newKeys[n] = keys[i];
            newValues[n] = _values[index[i]];
            n++;
        }
        _keys = newKeys;
        _values = newValues;
        Count = n;
    }

    public int Person(int i) => (int)(_keys[i] >> 28);

    public int Day(int i) => (int)((_keys[i] >> 8) & 0xFFFFF);

    public int Condition(int i) => (int)(_keys[i] & 0xFF);

    public int? Level(int i) => (_values[i] & 0xFF) is var v && v == 0 ? null : v - 1;

    public int? Support(int i) => ((_values[i] >> 8) & 0xFF) is var v && v == 0 ? null : v - 1;

    /// <summary>The first row of <paramref name="person"/> (rows are sorted by person, day, condition); Count if none.</summary>
    public int FirstOf(int person)
    {
        var key = (ulong)person << 28;
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_keys[mid] < key)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
