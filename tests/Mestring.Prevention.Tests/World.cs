using Mestring.Prevention.Population;
using Mestring.Prevention.Screen;

namespace Mestring.Prevention.Tests;

/// <summary>Hand-made families for factor tests. Default family: mother 40 and father 42, ISCED 5, 500,000 DKK each, no benefits, one household.</summary>
internal sealed class World
{
    public const int Year = 2025;

    private readonly PopulationBuilder _builder = new(2022, Year);

    public World(DateOnly? asOf = null)
    {
        AsOf = asOf ?? new DateOnly(Year, 6, 1);
    }

    public DateOnly AsOf { get; }

    public string Person(string id, int age, Sex sex = Sex.Female, string? mother = null, string? father = null, DateOnly? death = null)
    {
        _builder.AddPerson(id, AsOf.AddYears(-age).AddDays(-30), sex, mother, father, death);
        return id;
    }

    public World Lives(string id, string? household, int year = Year)
    {
        if (household is not null)
        {
            _builder.AddHouseholdYear(id, year, household);
        }

        return this;
    }

    public World Data(string id, decimal? income = 500_000, int? isced = 5, Benefit benefit = Benefit.None, int year = Year)
    {
        _builder.AddPersonYear(id, year, income, isced, benefit);
        return this;
    }

    public void Event(string id, DateOnly date, string type, double quantity = 1) => _builder.AddEvent(id, date, type, quantity);

    /// <summary>Mother, father and child in one household, all with good data; returns the child id.</summary>
    public string Family(string name, int childAge = 15, decimal income = 500_000, int year = Year)
    {
        var m = Person(name + "-m", 40);
        var f = Person(name + "-f", 42, Sex.Male);
        var c = Person(name + "-c", childAge, Sex.Male, m, f);
        foreach (var id in new[] { m, f, c })
        {
            Lives(id, name, year);
        }

        Data(m, income, year: year);
        Data(f, income, year: year);
        Data(c, null, null, year: year);
        return c;
    }

    /// <summary>Nine modest families (incomes 100k..900k in total) so that one well-off family is not the low-income quintile on its own.</summary>
    public World Background(int count = 9)
    {
        for (var i = 1; i <= count; i++)
        {
            Family("bg" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), 8, income: i * 50_000);
        }

        return this;
    }

    public PopulationColumns Build() => _builder.Build();

    public ScreeningResult Screen(Func<ScreeningOptions, ScreeningOptions>? configure = null)
    {
        var options = new ScreeningOptions { AsOf = AsOf };
        return Screening.Run(Build(), configure is null ? options : configure(options));
    }
}

internal static class ResultExtensions
{
    public static int Row(this ScreeningResult result, string personId)
    {
        for (var i = 0; i < result.Count; i++)
        {
            if (result.PersonId(i) == personId)
            {
                return i;
            }
        }

        return -1;
    }

    public static IReadOnlyList<string> KeysOf(this ScreeningResult result, string personId) =>
        result.FactorKeysOf(result.Row(personId));
}
