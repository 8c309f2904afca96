using Mestring.Prevention.Factors;
using Mestring.Prevention.Population;
using Mestring.Prevention.Screen;

namespace Mestring.Prevention.Tests.Screen;

public class AgeAndYearTests
{
    [Fact]
    public void DefaultWindow_ScreensAges0To17_AtTheAsOfDate()
    {
        var w = new World();
        var baby = w.Family("A", childAge: 0);
        var seventeen = w.Family("B", childAge: 17);
        var adult = w.Family("C", childAge: 18);

        var result = w.Screen();

        Assert.NotEqual(-1, result.Row(baby));
        Assert.NotEqual(-1, result.Row(seventeen));
        Assert.Equal(-1, result.Row(adult));
        Assert.Equal(-1, result.Row("A-m"));
    }

    [Fact]
    public void EighteenthBirthdayOnTheAsOfDate_LeavesTheWindow()
    {
        var asOf = new DateOnly(2025, 6, 1);
        var b = new PopulationBuilder(2025, 2025);
        b.AddPerson("turns18", asOf.AddYears(-18), Sex.Female, null, null, null);
        b.AddPerson("still17", asOf.AddYears(-18).AddDays(1), Sex.Female, null, null, null);
        b.AddPersonYear("turns18", 2025, 0, null, Benefit.None);

        var result = Screening.Run(b.Build(), new ScreeningOptions { AsOf = asOf });

        Assert.Equal(-1, result.Row("turns18"));
        Assert.NotEqual(-1, result.Row("still17"));
    }

    [Fact]
    public void ConfiguredWindow_ScreensOnlyThoseAges()
    {
        var w = new World();
        w.Family("A", childAge: 14);
        var fifteen = w.Family("B", childAge: 15);

        var result = w.Screen(o => o with { MinAge = 15, MaxAge = 15 });

        Assert.Equal(1, result.Count);
        Assert.Equal(fifteen, result.PersonId(0));
    }

    [Fact]
    public void DeadChild_IsNotScreened()
    {
        var w = new World();
        w.Person("dead", 10, death: new DateOnly(2025, 3, 1));
        w.Family("A");

        Assert.Equal(-1, w.Screen().Row("dead"));
    }

    [Fact]
    public void AsOfDate_UsesItsYear_OrTheLatestYearTheExtractHolds()
    {
        var b = new PopulationBuilder(2022, 2026);
        b.AddPerson("m", new DateOnly(1985, 1, 1), Sex.Female, null, null, null);
        b.AddPerson("f", new DateOnly(1985, 1, 1), Sex.Male, null, null, null);
        b.AddPerson("c", new DateOnly(2012, 1, 1), Sex.Male, "m", "f", null);
        foreach (var year in new[] { 2023, 2024 })
        {
            foreach (var id in new[] { "m", "f", "c" })
            {
                b.AddHouseholdYear(id, year, "H");
            }

            b.AddPersonYear("m", year, 600_000, 5, year == 2024 ? Benefit.Foertidspension : Benefit.None);
            b.AddPersonYear("f", year, 600_000, 5, Benefit.None);
        }

        var pop = b.Build();

        var in2025 = Screening.Run(pop, new ScreeningOptions { AsOf = new DateOnly(2025, 6, 1) });
        var in2023 = Screening.Run(pop, new ScreeningOptions { AsOf = new DateOnly(2023, 12, 31) });

        Assert.Equal(2024, in2025.ReferenceYear);
        Assert.Contains(FactorKeys.FamilyBenefits, in2025.KeysOf("c"));
        Assert.Equal(2023, in2023.ReferenceYear);
        Assert.DoesNotContain(FactorKeys.FamilyBenefits, in2023.KeysOf("c"));
        Assert.Throws<ArgumentException>(() => Screening.Run(pop, new ScreeningOptions { AsOf = new DateOnly(2022, 6, 1) }));
    }
}
