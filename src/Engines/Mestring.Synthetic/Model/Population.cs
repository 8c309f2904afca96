using Mestring.Registers;

namespace Mestring.Synthetic.Model;

/// <summary>
/// The simulated people, struct-of-arrays so that a million inhabitants over 15 years stays compact. Index = person
/// number (the id is derived from it). Households hold member lists and an area.
/// </summary>
internal sealed class Population
{
    public const int None = -1;
    private int _capacity;

    public Population(int capacity)
    {
        _capacity = Math.Max(capacity, 16);
        BirthDay = new int[_capacity];
        Sex = new Sex[_capacity];
        Mother = new int[_capacity];
        Father = new int[_capacity];
        DeathDay = new int[_capacity];
        LeaveDay = new int[_capacity];
        Household = new int[_capacity];
        Partner = new int[_capacity];
        Isced = new byte[_capacity];
        DestinedIsced = new byte[_capacity];
        Benefit = new Benefit[_capacity];
        Income = new int[_capacity];
        Ability = new float[_capacity];
        Frailty = new float[_capacity];
        Problems = new Problem[_capacity];
        FactorCount = new sbyte[_capacity];
    }

    public int Count { get; private set; }
    public int[] BirthDay;
    public Sex[] Sex;
    public int[] Mother;
    public int[] Father;
    public int[] DeathDay;
    public int[] LeaveDay;
    public int[] Household;
    public int[] Partner;
    public byte[] Isced;
    public byte[] DestinedIsced;
    public Benefit[] Benefit;
    public int[] Income;
    public float[] Ability;
    public float[] Frailty;
    public Problem[] Problems;
    public sbyte[] FactorCount;

    public readonly List<List<int>> Members = [];
    public readonly List<int> HouseholdArea = [];

    public int BirthYear(int p) => DateOnly.FromDayNumber(BirthDay[p]).Year;

    public int Age(int p, int year) => year - BirthYear(p);

    public bool IsResident(int p) => Household[p] != None;

    public bool Has(int p, Problem problem) => (Problems[p] & problem) != 0;

    public int Add(int birthDay, Sex sex, int mother, int father, float ability, float frailty)
    {
        if (Count == _capacity)
        {
            Grow();
        }
        var p = Count++;
        BirthDay[p] = birthDay;
        Sex[p] = sex;
        Mother[p] = mother;
        Father[p] = father;
        DeathDay[p] = None;
        LeaveDay[p] = None;
        Household[p] = None;
        Partner[p] = None;
        Ability[p] = ability;
        Frailty[p] = frailty;
        FactorCount[p] = -1;
        return p;
    }

    public int NewHousehold(int area)
    {
        Members.Add([]);
        HouseholdArea.Add(area);
        return Members.Count - 1;
    }

    public void MoveTo(int p, int household)
    {
        if (Household[p] != None)
        {
            Members[Household[p]].Remove(p);
        }
        Household[p] = household;
        if (household != None)
        {
            Members[household].Add(p);
        }
    }

    private void Grow()
    {
        _capacity *= 2;
        Array.Resize(ref BirthDay, _capacity);
        Array.Resize(ref Sex, _capacity);
        Array.Resize(ref Mother, _capacity);
        Array.Resize(ref Father, _capacity);
        Array.Resize(ref DeathDay, _capacity);
        Array.Resize(ref LeaveDay, _capacity);
        Array.Resize(ref Household, _capacity);
        Array.Resize(ref Partner, _capacity);
        Array.Resize(ref Isced, _capacity);
        Array.Resize(ref DestinedIsced, _capacity);
        Array.Resize(ref Benefit, _capacity);
        Array.Resize(ref Income, _capacity);
        Array.Resize(ref Ability, _capacity);
        Array.Resize(ref Frailty, _capacity);
        Array.Resize(ref Problems, _capacity);
        Array.Resize(ref FactorCount, _capacity);
    }
}
