using Mestring.Prevention.Factors;
using Mestring.Prevention.Population;
using Mestring.Prevention.Screen;

namespace Mestring.Prevention.Tests.Screen;

public class ExplainTests
{
    [Fact]
    public void Explain_NamesTheParentTheBenefitAndTheYear()
    {
        var w = new World().Background();
        var child = w.Family("A", income: 600_000);
        w.Data("A-f", 600_000, 5, Benefit.Foertidspension);
        var result = w.Screen();

        var explanation = result.Explain(result.Row(child));

        var benefits = explanation.Factors.Single(f => f.Key == FactorKeys.FamilyBenefits);
        Assert.Equal(FactorStatus.Present, benefits.Status);
        Assert.Equal("Far (A-f) havde førtidspension i 2025.", benefits.Summary);
        Assert.Contains(benefits.Data, d => d is { Role: "father", PersonId: "A-f", Field: "benefit", Value: "foertidspension", Year: 2025 });
        Assert.Equal(15, explanation.Age);
        Assert.Equal(2025, explanation.ReferenceYear);
    }

    [Fact]
    public void Explain_ShowsFamilyIncomeAgainstTheThreshold()
    {
        var w = new World().Background();
        var child = w.Family("A", income: 600_000);
        var result = w.Screen();

        var income = result.Explain(result.Row(child)).Factors.Single(f => f.Key == FactorKeys.LowFamilyIncome);

        Assert.Equal(FactorStatus.Absent, income.Status);
        Assert.Contains(income.Data, d => d is { Field: "family_income_dkk", Value: "1200000" });
        Assert.Contains(income.Data, d => d is { Field: "low_income_threshold_dkk", Value: "200000" });
        Assert.Equal("Familiens indkomst i 2025: 1200000 kr.; grænsen for kommunens laveste 20 % er 200000 kr.", income.Summary);
    }
}
