namespace Mestring.Synthetic.Tables;

/// <summary>One service spell during simulation (services.csv row in the making).</summary>
internal struct Spell
{
    public int Person;
    public int Provider;
    public int Programme;
    public int Start;
    /// <summary>Last day (inclusive); may lie after the data end (then written as ongoing).</summary>
    public int End;
    public decimal UnitsPerWeek;
    public decimal Price;
    public int Method;
    public int Level;
    public int TargetGroup;
}

/// <summary>All service spells, in creation order (= service id order).</summary>
internal sealed class ServiceTable
{
    public List<Spell> Spells { get; } = [];

    public int Add(Spell spell)
    {
        Spells.Add(spell);
        return Spells.Count - 1;
    }
}
