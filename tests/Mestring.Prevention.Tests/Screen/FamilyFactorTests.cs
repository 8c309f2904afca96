using Mestring.Prevention.Factors;
using Mestring.Prevention.Population;
using Mestring.Prevention.Screen;

namespace Mestring.Prevention.Tests.Screen;

public class FamilyFactorTests
{
    [Fact]
    public void Child_WithBothParentsAndGoodData_HasNoFactors()
    {
        var w = new World().Background();
        var child = w.Family("A", income: 600_000);

        var result = w.Screen();

        Assert.Empty(result.KeysOf(child));
        Assert.Equal(Tier.None, result.Tier[result.Row(child)]);
    }

    [Fact]
    public void FifteenYearOld_LivingWithMotherOnly_HasOnlyNotLivingWithBothParents()
    {
        var w = new World().Background();
        var child = w.Family("A", childAge: 15, income: 600_000);
        w.Lives("A-f", "A-father-flat");

        var result = w.Screen();

        Assert.Equal([FactorKeys.NotLivingWithBothParents], result.KeysOf(child));
        Assert.Equal(1, result.Score[result.Row(child)]);
        Assert.Equal(Tier.Low, result.Tier[result.Row(child)]);
    }

    [Fact]
    public void FatherOnFoertidspension_GivesFamilyBenefits_EvenWhenHeLivesElsewhere()
    {
        var w = new World().Background();
        var child = w.Family("A", income: 600_000);
        w.Data("A-f", 600_000, 5, Benefit.Foertidspension);

        var result = w.Screen();

        Assert.Equal([FactorKeys.FamilyBenefits], result.KeysOf(child));
    }

    [Fact]
    public void HouseholdAdultOnKontanthjaelp_GivesFamilyBenefits()
    {
        var w = new World().Background();
        var child = w.Family("A", income: 600_000);
        w.Person("A-partner", 45, Sex.Male);
        w.Lives("A-partner", "A").Data("A-partner", 0, 5, Benefit.Kontanthjaelp);

        Assert.Contains(FactorKeys.FamilyBenefits, w.Screen().KeysOf(child));
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Uddannelseshjaelp_CountsAsKontanthjaelp_OnlyWhenConfigured(bool count, bool expected)
    {
        var w = new World().Background();
        var child = w.Family("A", income: 600_000);
        w.Data("A-m", 600_000, 5, Benefit.Uddannelseshjaelp);

        var result = w.Screen(o => o with { CountUddannelseshjaelpAsKontanthjaelp = count });

        Assert.Equal(expected, result.KeysOf(child).Contains(FactorKeys.FamilyBenefits));
    }

    [Fact]
    public void Dagpenge_IsNotAFamilyBenefit()
    {
        var w = new World().Background();
        var child = w.Family("A", income: 600_000);
        w.Data("A-m", 600_000, 5, Benefit.Dagpenge);

        Assert.Empty(w.Screen().KeysOf(child));
    }

    [Fact]
    public void BothParentsIsced2_GiveParentsLowEducation()
    {
        var w = new World().Background();
        var child = w.Family("A", income: 600_000);
        w.Data("A-m", 600_000, 2).Data("A-f", 600_000, 2);

        Assert.Equal([FactorKeys.ParentsLowEducation], w.Screen().KeysOf(child));
    }

    [Fact]
    public void OneParentIsced3_MeansNotLowEducation()
    {
        var w = new World().Background();
        var child = w.Family("A", income: 600_000);
        w.Data("A-m", 600_000, 2).Data("A-f", 600_000, 3);

        Assert.Empty(w.Screen().KeysOf(child));
    }

    [Fact]
    public void OneParentUnknownEducation_IsJudgedOnTheOther_ByDefault_AndNotEvaluatedWhenAllMustBeKnown()
    {
        var w = new World().Background();
        var child = w.Family("A", income: 600_000);
        w.Data("A-m", 600_000, 2).Data("A-f", 600_000, null);
        var pop = w.Build();

        var lenient = Screening.Run(pop, new ScreeningOptions { AsOf = w.AsOf });
        var strict = Screening.Run(pop, new ScreeningOptions { AsOf = w.AsOf, UnknownEducation = UnknownEducationPolicy.RequireAllKnown });

        Assert.Contains(FactorKeys.ParentsLowEducation, lenient.KeysOf(child));
        Assert.DoesNotContain(FactorKeys.ParentsLowEducation, strict.KeysOf(child));
        Assert.Equal(1u << 2, strict.NotEvaluatedMask[strict.Row(child)]);
    }

    [Fact]
    public void BothParentsUnknownEducation_IsNotEvaluated_AndRaisesNoFlag()
    {
        var w = new World().Background();
        var child = w.Family("A", income: 600_000);
        w.Data("A-m", 600_000, null).Data("A-f", 600_000, null);

        var result = w.Screen();

        Assert.Empty(result.KeysOf(child));
        Assert.Equal(FactorStatus.NotEvaluated, result.Explain(result.Row(child)).Factors[2].Status);
    }

    [Fact]
    public void EducationFromAnEarlierYear_IsUsedWhenTheReferenceYearLacksIt()
    {
        var w = new World().Background();
        var child = w.Family("A", income: 600_000);
        w.Data("A-m", 600_000, null).Data("A-f", 600_000, null);
        w.Data("A-m", 500_000, 2, year: 2023).Data("A-f", 500_000, 2, year: 2023);

        Assert.Equal([FactorKeys.ParentsLowEducation], w.Screen().KeysOf(child));
    }

    [Fact]
    public void UnknownFather_MeansNotLivingWithBothParents()
    {
        var w = new World().Background();
        var m = w.Person("A-m", 40);
        var c = w.Person("A-c", 15, Sex.Male, m, null);
        w.Lives(m, "A").Lives(c, "A").Data(m, 1_200_000).Data(c, null, null);

        Assert.Equal([FactorKeys.NotLivingWithBothParents], w.Screen().KeysOf(c));
    }

    [Fact]
    public void DeadFather_MeansNotLivingWithBothParents_EvenIfStillRegisteredInTheHousehold()
    {
        var w = new World().Background();
        var m = w.Person("A-m", 40);
        var f = w.Person("A-f", 42, Sex.Male, death: new DateOnly(2024, 10, 1));
        var c = w.Person("A-c", 15, Sex.Male, m, f);
        w.Lives(m, "A").Lives(f, "A").Lives(c, "A").Data(m, 1_200_000).Data(c, null, null);

        var result = w.Screen();

        Assert.Equal([FactorKeys.NotLivingWithBothParents], result.KeysOf(c));
        Assert.Contains("død 2024-10-01", result.Explain(result.Row(c)).Factors[1].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void ChildWithoutKnownHousehold_IsNotEvaluatedForLiving_AndNotFlagged()
    {
        var w = new World().Background();
        var m = w.Person("A-m", 40);
        var f = w.Person("A-f", 42, Sex.Male);
        var c = w.Person("A-c", 15, Sex.Male, m, f);
        w.Lives(m, "A").Lives(f, "A").Data(m, 600_000).Data(f, 600_000).Data(c, null, null);

        var result = w.Screen();

        Assert.Empty(result.KeysOf(c));
        Assert.Equal(1u << 1, result.NotEvaluatedMask[result.Row(c)]);
    }

    [Fact]
    public void AllFourFactors_GiveScoreFourAndTierHigh()
    {
        var w = new World().Background();
        var m = w.Person("A-m", 40);
        var c = w.Person("A-c", 15, Sex.Male, m, null);
        w.Lives(m, "A").Lives(c, "A").Data(m, 10_000, 1, Benefit.Kontanthjaelp).Data(c, null, null);

        var result = w.Screen();

        Assert.Equal(
            [FactorKeys.FamilyBenefits, FactorKeys.NotLivingWithBothParents, FactorKeys.ParentsLowEducation, FactorKeys.LowFamilyIncome],
            result.KeysOf(c));
        Assert.Equal(4, result.Score[result.Row(c)]);
        Assert.Equal(Tier.High, result.Tier[result.Row(c)]);
    }
}
