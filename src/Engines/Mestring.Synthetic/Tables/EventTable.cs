namespace Mestring.Synthetic.Tables;

/// <summary>Events as packed sort keys: rows with the same (person, day, type) are merged by adding quantities.</summary>
internal sealed class EventTable
{
    /// <summary>Event types in ordinal order of their names, so that the packed key sorts like the canonical file.</summary>
    public static readonly string[] TypeNames =
    [
        Registers.EventTypes.AcuteAdmission, Registers.EventTypes.Conviction, Registers.EventTypes.EdVisit, Registers.EventTypes.Notification,
        Registers.EventTypes.PlacementDay, Registers.EventTypes.PsychiatricContact, Registers.EventTypes.SchoolAbsenceDay, Registers.EventTypes.ShelterNight,
    ];

    public const int AcuteAdmission = 0, Conviction = 1, EdVisit = 2, Notification = 3, PlacementDay = 4, PsychiatricContact = 5, SchoolAbsenceDay = 6, ShelterNight = 7;

    private ulong[] _keys = new ulong[1024];
    private int[] _payload = new int[1024]; // quantity (low 16 bits) and provider + 1 (high 16 bits)

    public int Count { get; private set; }

    public void Add(int person, int day, int type, int quantity, int provider = -1)
    {
        if (Count == _keys.Length)
        {
            Array.Resize(ref _keys, Count * 2);
            Array.Resize(ref _payload, Count * 2);
        }
        _keys[Count] = ((ulong)person << 24) | ((ulong)(uint)day << 4) | (uint)type;
        _payload[Count] = (Math.Min(quantity, 0xFFFF)) | ((provider + 1) << 16);
        Count++;
    }

    /// <summary>Sorts into canonical order and merges duplicates.</summary>
    public void Seal()
    {
        Array.Sort(_keys, _payload, 0, Count);
        var n = 0;
        for (var i = 0; i < Count; i++)
        {
            if (n > 0 && _keys[n - 1] == _keys[i])
            {
                var q = (_payload[n - 1] & 0xFFFF) + (_payload[i] & 0xFFFF);
                _payload[n - 1] = Math.Min(q, 0xFFFF) | (_payload[n - 1] & ~0xFFFF);
                continue;
            }
            _keys[n] = _keys[i];
            _payload[n] = _payload[i];
            n++;
        }
        Count = n;
    }

    public int Person(int i) => (int)(_keys[i] >> 24);

    public int Day(int i) => (int)((_keys[i] >> 4) & 0xFFFFF);

    public int Type(int i) => (int)(_keys[i] & 0xF);

    public int Quantity(int i) => _payload[i] & 0xFFFF;

    public int Provider(int i) => (_payload[i] >> 16) - 1;
}
