using Mestring.Registers;
using Mestring.Terminology;

namespace Mestring.Synthetic.Calibrations;

/// <summary>
/// The extract loaded into arrays for the calibration figures: only what the files say (no generator internals),
/// so the same figures can be computed for any register-extract folder.
/// </summary>
internal sealed class ExtractData
{
    public ExtractData(RegisterExtractRows rows)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var persons = rows.Persons.ToList();
        foreach (var p in persons)
        {
            index[p.PersonId] = index.Count;
        }
        PersonIds = persons.Select(p => p.PersonId).ToArray();
        BirthYear = persons.Select(p => p.BirthDate.Year).ToArray();
        Mother = persons.Select(p => p.MotherId is { } m && index.TryGetValue(m, out var i) ? i : -1).ToArray();
        Father = persons.Select(p => p.FatherId is { } f && index.TryGetValue(f, out var i) ? i : -1).ToArray();
        Index = index;

        var householdYears = rows.HouseholdYears.ToList();
        FirstYear = householdYears.Count == 0 ? 0 : householdYears.Min(r => r.Year);
        LastYear = householdYears.Count == 0 ? -1 : householdYears.Max(r => r.Year);
        var years = LastYear - FirstYear + 1;
        Household = new int[persons.Count * years];
        Array.Fill(Household, -1);
        var households = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in householdYears)
        {
            if (!households.TryGetValue(r.HouseholdId, out var h))
            {
                households[r.HouseholdId] = h = households.Count;
            }
            Household[Slot(index[r.PersonId], r.Year)] = h;
        }
        Income = new long[persons.Count * years];
        Isced = new int[persons.Count * years];
        Benefit = new Benefit?[persons.Count * years];
        Present = new bool[persons.Count * years];
        foreach (var r in rows.PersonYears)
        {
            var s = Slot(index[r.PersonId], r.Year);
            Present[s] = true;
            Income[s] = (long)(r.IncomeDkk ?? 0);
            Isced[s] = r.EducationIsced ?? -1;
            Benefit[s] = r.Benefit;
        }
        Providers = rows.Providers.ToDictionary(p => p.ProviderId, StringComparer.Ordinal);
        Services = rows.Services.ToList();
        var ffb = FfbBranches.Default;
        DisabilityBranch = ffb.Ffb.DescendantsOf(ffb.TargetGroups.Code).First(c => c.Display == "Funktionsnedsættelse").Code;
    }

    public Dictionary<string, int> Index { get; }
    public string[] PersonIds { get; }
    public int[] BirthYear { get; }
    public int[] Mother { get; }
    public int[] Father { get; }
    public int FirstYear { get; }
    public int LastYear { get; }
    public int[] Household { get; }
    public long[] Income { get; }
    public int[] Isced { get; }
    public Benefit?[] Benefit { get; }
    public bool[] Present { get; }
    public Dictionary<string, ProviderRow> Providers { get; }
    public List<ServiceRow> Services { get; }
    public string DisabilityBranch { get; }

    public int Slot(int person, int year) => person * (LastYear - FirstYear + 1) + (year - FirstYear);

    public bool HasRow(int person, int year) => person >= 0 && year >= FirstYear && year <= LastYear && Present[Slot(person, year)];

    public bool IsDisability(string? targetGroupCode) =>
        targetGroupCode is not null && FfbBranches.Default.Ffb.IsWithin(targetGroupCode, DisabilityBranch);
}
