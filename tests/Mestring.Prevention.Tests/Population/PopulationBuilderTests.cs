using Mestring.Prevention.Population;

namespace Mestring.Prevention.Tests.Population;

public class PopulationBuilderTests
{
    [Fact]
    public void ParentReferencedBeforeItsRow_IsResolved()
    {
        var b = new PopulationBuilder(2024, 2025);
        b.AddPerson("child", new DateOnly(2015, 1, 1), Sex.Female, "mum", null, null);
        b.AddPerson("mum", new DateOnly(1985, 1, 1), Sex.Female, null, null, null);

        var pop = b.Build();

        Assert.Equal("mum", pop.PersonId(pop.Mother[0]));
        Assert.Equal(PopulationColumns.Unknown, pop.Father[0]);
    }

    [Fact]
    public void PersonReferencedButNeverAdded_FailsTheBuild()
    {
        var b = new PopulationBuilder(2024, 2025);
        b.AddPerson("child", new DateOnly(2015, 1, 1), Sex.Female, "ghost", null, null);

        var error = Assert.Throws<InvalidOperationException>(b.Build);
        Assert.Contains("ghost", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_AreGroupedPerPersonInDateOrder()
    {
        var b = new PopulationBuilder(2024, 2025);
        b.AddPerson("a", new DateOnly(2015, 1, 1), Sex.Female, null, null, null);
        b.AddPerson("b", new DateOnly(2015, 1, 1), Sex.Male, null, null, null);
        b.AddEvent("b", new DateOnly(2025, 3, 1), "notification");
        b.AddEvent("a", new DateOnly(2025, 2, 1), "school_absence_day", 3);
        b.AddEvent("b", new DateOnly(2024, 3, 1), "notification", 2);

        var pop = b.Build();

        Assert.Equal([0, 1, 3], pop.EventStart.ToArray());
        Assert.Equal(new DateOnly(2024, 3, 1).DayNumber, pop.EventDay[1]);
        Assert.Equal(2f, pop.EventQuantity[1]);
    }

    [Fact]
    public void BenefitCodes_RoundTripTheExtractFormat()
    {
        foreach (var benefit in Enum.GetValues<Benefit>())
        {
            Assert.True(BenefitCodes.TryParse(BenefitCodes.ToCode(benefit), out var parsed));
            Assert.Equal(benefit, parsed);
        }

        Assert.False(BenefitCodes.TryParse("kontanthjælp", out _));
    }

    [Fact]
    public void RowsOutsideTheYears_AreIgnored_AndMissingYearsAreKnown()
    {
        var b = new PopulationBuilder(2024, 2025);
        b.AddPerson("a", new DateOnly(1980, 1, 1), Sex.Female, null, null, null);

        Assert.False(b.AddPersonYear("a", 2019, 1, 3, Benefit.None));
        Assert.True(b.AddPersonYear("a", 2025, 1, 3, Benefit.None));
        var pop = b.Build();

        Assert.False(pop.HasYear(2024));
        Assert.True(pop.HasYear(2025));
    }
}
