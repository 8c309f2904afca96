using Mestring.Prevention.Calibrate;
using Mestring.Prevention.Factors;
using Mestring.Prevention.Population;
using Mestring.Prevention.Screen;

namespace Mestring.Prevention.Tests.Calibrate;

/// <summary>The historical sample: youths 18–29 in the latest year, family factors read in the year they turned 15.</summary>
public sealed class RegisterHistoryTests
{
    private static PopulationColumns Build()
    {
        var b = new PopulationBuilder(2010, 2025);
        // A (born 2002, 23 in 2025): at 15 (2017) lived with the mother only, who had kontanthjælp and ISCED 2; in 2025 on kontanthjælp.
        b.AddPerson("A-m", new DateOnly(1975, 3, 1), Sex.Female, null, null, null);
        b.AddPerson("A", new DateOnly(2002, 5, 1), Sex.Male, "A-m", null, null);
        b.AddHouseholdYear("A-m", 2017, "HA");
        b.AddHouseholdYear("A", 2017, "HA");
        b.AddPersonYear("A-m", 2017, 90_000, 2, Benefit.Kontanthjaelp);
        b.AddPersonYear("A", 2017, 0, 1, Benefit.None);
        b.AddHouseholdYear("A", 2025, "HA2");
        b.AddPersonYear("A", 2025, 110_000, 2, Benefit.Kontanthjaelp);
        // B (born 2000, 25 in 2025): at 15 (2015) lived with both parents, both ISCED 5; in 2025 working.
        b.AddPerson("B-m", new DateOnly(1970, 1, 1), Sex.Female, null, null, null);
        b.AddPerson("B-f", new DateOnly(1969, 1, 1), Sex.Male, null, null, null);
        b.AddPerson("B", new DateOnly(2000, 2, 1), Sex.Female, "B-m", "B-f", null);
        foreach (var id in new[] { "B-m", "B-f", "B" })
        {
            b.AddHouseholdYear(id, 2015, "HB");
        }
        b.AddPersonYear("B-m", 2015, 600_000, 5, Benefit.None);
        b.AddPersonYear("B-f", 2015, 600_000, 5, Benefit.None);
        b.AddPersonYear("B", 2015, 0, 1, Benefit.None);
        b.AddHouseholdYear("B", 2025, "HB2");
        b.AddPersonYear("B", 2025, 400_000, 5, Benefit.None);
        // C (born 2003): at 15 in 2018, but no register data in 2025 (moved away) — not observed.
        b.AddPerson("C", new DateOnly(2003, 6, 1), Sex.Male, "A-m", null, null);
        b.AddHouseholdYear("C", 2018, "HA");
        b.AddHouseholdYear("A-m", 2018, "HA");
        b.AddPersonYear("A-m", 2018, 90_000, 2, Benefit.Kontanthjaelp);
        // E (born 2009, 16 in 2025): too young for the outcome.
        b.AddPerson("E", new DateOnly(2009, 6, 1), Sex.Male, "B-m", "B-f", null);
        b.AddHouseholdYear("E", 2024, "HB");
        return b.Build();
    }

    [Fact]
    public void YouthsOf18To29_FactorsAt15_OutcomeInTheLatestYear_UnheldYearsAndMovedYouthsLeftOut()
    {
        var pop = Build();
        var history = RegisterHistory.Build(pop, new ScreeningOptions { AsOf = new DateOnly(2025, 12, 31) });

        Assert.Equal(2025, history.OutcomeYear);
        Assert.Equal(3, history.CohortCount); // 2015, 2017 and 2018 are the held years at 15 of youths now 18–29
        Assert.Equal(1, history.Unobserved); // C
        Assert.Equal(2, history.Count);
        var a = Array.FindIndex(history.Person, p => pop.PersonId(p) == "A");
        var b = Array.FindIndex(history.Person, p => pop.PersonId(p) == "B");
        Assert.True(history.Outcome[a]);
        Assert.False(history.Outcome[b]);
        Assert.Equal(23, history.AgeAtOutcome[a]);
        Assert.Equal(0b0111u, history.Mask[a] & 0b0111u); // benefits, not with both parents, low education
        Assert.Equal(0u, history.Mask[b] & 0b0111u);
        Assert.True(history.Tier[a] >= Tier.High);

        var calibration = RegisterHistory.Calibrate(history);
        Assert.Equal(2, calibration.ByCount.Sum(r => r.Estimate.Count));
        Assert.Equal(1, calibration.ByCount.Sum(r => r.Estimate.Outcomes));
        var tiers = RegisterHistory.TierQualities(history);
        Assert.Equal(1.0, tiers.Single(t => t.Tier == Tier.High).Precision);
        Assert.Equal(1.0, tiers.Single(t => t.Tier == Tier.High).Recall);
        var groups = RegisterHistory.Groups(history, pop, calibration, null);
        Assert.Equal(["F", "M"], groups.Where(g => g.Dimension == "sex").Select(g => g.Group));
        var age = Assert.Single(groups, g => g.Dimension == "age"); // A is 23, B is 25
        Assert.Equal(("22–25", 2, 0.5), (age.Group, age.Children, age.Observed!.Share));
        Assert.All(groups.Where(g => g.Dimension == "sex"), g => Assert.Equal(1, g.Children));
    }

    [Fact]
    public void IndicatorsAreNeverPartOfTheHistory()
    {
        var history = RegisterHistory.Build(Build(), new ScreeningOptions
        {
            AsOf = new DateOnly(2025, 12, 31),
            Indicators = [FactorCatalog.Notifications.WithEnabled(true)],
        });
        Assert.All(history.Mask, m => Assert.Equal(0u, m & ~FactorCatalog.FamilyMask));
    }
}
