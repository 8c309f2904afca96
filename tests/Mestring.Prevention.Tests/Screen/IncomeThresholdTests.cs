using Mestring.Prevention.Factors;

namespace Mestring.Prevention.Tests.Screen;

public class IncomeThresholdTests
{
    /// <summary>Ten families with total incomes 100k, 200k, …, 1,000k: the nearest-rank 20 % quantile is the 2nd smallest, 200k.</summary>
    private static World TenFamilies()
    {
        var w = new World();
        for (var i = 1; i <= 10; i++)
        {
            w.Family("F" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), income: i * 50_000);
        }

        return w;
    }

    [Fact]
    public void Threshold_IsTheNearestRankTwentiethPercentileOfFamilies()
    {
        var result = TenFamilies().Screen();

        Assert.Equal(200_000, result.LowIncomeThreshold);
        Assert.Equal(10, result.IncomeReferenceFamilies);
    }

    [Fact]
    public void FamilyExactlyAtTheThreshold_IsLowIncome_AndTheNextIsNot()
    {
        var result = TenFamilies().Screen();

        Assert.Contains(FactorKeys.LowFamilyIncome, result.KeysOf("F1-c"));
        Assert.Contains(FactorKeys.LowFamilyIncome, result.KeysOf("F2-c"));
        Assert.DoesNotContain(FactorKeys.LowFamilyIncome, result.KeysOf("F3-c"));
    }

    [Fact]
    public void SiblingsInOneHousehold_CountAsOneFamily()
    {
        var w = TenFamilies();
        for (var s = 0; s < 5; s++)
        {
            var id = "F10-sib" + s.ToString(System.Globalization.CultureInfo.InvariantCulture);
            w.Person(id, 10, mother: "F10-m", father: "F10-f");
            w.Lives(id, "F10").Data(id, null, null);
        }

        var result = w.Screen();

        Assert.Equal(10, result.IncomeReferenceFamilies);
        Assert.Equal(200_000, result.LowIncomeThreshold);
    }

    [Fact]
    public void HomeLivingYoungAdult_DoesNotAddToFamilyIncome()
    {
        var w = TenFamilies();
        w.Person("F1-big", 20, mother: "F1-m", father: "F1-f");
        w.Lives("F1-big", "F1").Data("F1-big", 900_000, 3);

        var result = w.Screen();

        Assert.Contains(FactorKeys.LowFamilyIncome, result.KeysOf("F1-c"));
    }

    [Fact]
    public void ThresholdReferencesAllFamiliesWithChildren_EvenWhenOnlyFifteenYearOldsAreScreened()
    {
        var w = TenFamilies();
        var result = w.Screen(o => o with { MinAge = 15, MaxAge = 15 });

        Assert.Equal(10, result.IncomeReferenceFamilies);
        Assert.Equal(200_000, result.LowIncomeThreshold);
    }

    [Fact]
    public void QuickSelect_AgreesWithSorting_OnValuesWithManyTies()
    {
        var random = new Random(7);
        for (var round = 0; round < 50; round++)
        {
            var values = new long[random.Next(1, 400)];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = random.Next(0, 5) == 0 ? 0 : random.Next(0, 30) * 10_000L;
            }

            var sorted = values.Order().ToArray();
            var k = random.Next(values.Length);
            Assert.Equal(sorted[k], Mestring.Prevention.Screen.QuickSelect.KthSmallest(values, k));
        }
    }
}
