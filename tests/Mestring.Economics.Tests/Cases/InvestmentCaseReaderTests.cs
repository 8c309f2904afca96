using Mestring.Economics.Calculation;
using Mestring.Economics.Cases;

namespace Mestring.Economics.Tests.Cases;

public class InvestmentCaseReaderTests
{
    [Fact]
    public void SpecExample_ParsesIntoTheModel()
    {
        var c = TestCases.SpecCase();

        Assert.Equal("Housing First, unge hjemløse", c.Name);
        Assert.Equal(2025, c.PriceYear);
        Assert.Equal(10, c.HorizonYears);
        Assert.Equal(40, c.Participants);
        Assert.Equal(0.7, c.SuccessRate);
        Assert.Equal(0.1, c.Deadweight);
        Assert.Equal(2, c.Costs.Count);
        Assert.Equal(new CostLine("kommune.social", 1, 2, 60000), c.Costs[1]);
        Assert.Equal(120, c.Outcomes[0].Baseline.Constant);
        Assert.Equal(new Price("kommune.social", 1700, 150), c.Outcomes[0].Prices[0]);
        Assert.Null(c.Outcomes[1].Prices[0].Se);
        Assert.Equal(0.05, c.Effects[0].DecayPerYear);
        Assert.Equal(0, c.Effects[1].DecayPerYear);
        Assert.Equal(-0.25, c.Effects[1].RelativeChange);
    }

    [Fact]
    public void SpecExample_GivesSaneNumbers()
    {
        var result = InvestmentEngine.CashFlows(TestCases.SpecCase());

        var pvCosts = 40 * 45000 + 40 * 60000 / 1.035 + 40 * 60000 / (1.035 * 1.035);
        Assert.Equal(pvCosts, result.PvCosts, 1e-6);
        // year 1: herberg Δq = 40·0.7·0.9·120·−0.6 = −1814.4 nights · 1700; akut Δq = 40·0.7·0.9·1.4·−0.25 = −8.82 · 32000
        var year1 = result.Years.Where(y => y.Year == 1).ToDictionary(y => y.Holder);
        Assert.Equal(1814.4 * 1700, year1["kommune.social"].Benefits, 1e-6);
        Assert.Equal(8.82 * 32000, year1["region.sundhed"].Benefits, 1e-6);
        Assert.Equal(0, result.Years.Single(y => y.Year == 6 && y.Holder == "region.sundhed").Benefits);
        Assert.True(result.Npv > 0);
        Assert.Equal(result.PvBenefits - result.PvCosts, result.Npv, 1e-6);
        Assert.Equal(22, result.Years.Count);
        Assert.InRange(result.BreakEvenYear!.Value, 1, 10);
        Assert.Equal(["kommune.social", "region.sundhed"], result.ByHolder.Select(h => h.Holder));
    }

    [Fact]
    public void SpecExample_MatchesAnIndependentComputationOfTheSpecFormulas()
    {
        // Computed outside the engine (plain Python over the spec's formulas, DF = 1.035^−t).
        var result = InvestmentEngine.CashFlows(TestCases.SpecCase());

        Assert.Equal(6359266.260589512, result.PvCosts, 1e-6);
        Assert.Equal(22159673.384007126, result.PvBenefits, 1e-6);
        Assert.Equal(15800407.123417614, result.Npv, 1e-6);
        Assert.Equal(3.48462738875049, result.Bcr!.Value, 1e-12);
        Assert.Equal(3, result.BreakEvenYear);
    }

    [Fact]
    public void Defaults_AreAppliedWhenFieldsAreAbsent()
    {
        var c = TestCases.ParseValid("""
            { "horizonYears": 3, "participants": 1,
              "outcomes": [ { "id": "o", "baselinePerParticipant": 1, "prices": [ { "holder": "stat", "unitCost": 1 } ] } ],
              "effects": [ { "outcome": "o", "relativeChange": -0.1, "fromYear": 0, "toYear": 3 } ] }
            """);

        Assert.Equal(1, c.SuccessRate);
        Assert.Equal(0, c.Deadweight);
        Assert.Equal(0.035, c.DiscountRate);
        Assert.Equal(0, c.Effects[0].DecayPerYear);
        Assert.Empty(c.Costs);
    }

    [Fact]
    public void BaselineArray_IsReadAsOneValuePerYear()
    {
        var c = TestCases.ParseValid("""
            { "horizonYears": 2, "participants": 1,
              "outcomes": [ { "id": "o", "baselinePerParticipant": [1, 2.5, 3], "prices": [ { "holder": "stat", "unitCost": 1 } ] } ],
              "effects": [ { "outcome": "o", "absoluteChange": -1, "fromYear": 0, "toYear": 2 } ] }
            """);

        Assert.Equal([1, 2.5, 3], c.Outcomes[0].Baseline.PerYear!);
        Assert.True(c.Effects[0].IsAbsolute);
    }

    [Fact]
    public void ExtensionFields_AreReadAndUnknownPropertiesIgnored()
    {
        var c = TestCases.ParseValid("""
            { "horizonYears": 40, "participants": 1, "targetGroup": { "register": "x" }, "scenarios": [1, 2],
              "discountSchedule": [ { "fromYear": 0, "rate": 0.035 }, { "fromYear": 31, "rate": 0.03 } ],
              "outcomes": [ { "id": "o", "baselinePerParticipant": 1, "unit": "night",
                              "prices": [ { "holder": "stat", "unitCost": 1, "priceYear": 2020 } ] } ],
              "effects": [ { "outcome": "o", "relativeChange": -0.1, "fromYear": 0, "toYear": 3,
                             "effectSource": "local", "source": "own evaluation 2024" } ] }
            """);

        Assert.Equal([new DiscountStep(0, 0.035), new DiscountStep(31, 0.03)], c.DiscountSchedule!);
        Assert.Equal("local", c.Effects[0].EffectSource);
        Assert.Equal("own evaluation 2024", c.Effects[0].Source);
    }

    [Fact]
    public void WrittenCase_ReadsBackToTheSameNumbers()
    {
        var original = TestCases.SpecCase();

        var json = InvestmentCaseWriter.ToJson(original);
        var reread = TestCases.ParseValid(json);

        Assert.Equal(InvestmentEngine.Npv(original), InvestmentEngine.Npv(reread));
        Assert.Equal(InvestmentCaseWriter.ToJson(reread), json);
    }

    [Fact]
    public void Parse_ReturnsNoCase_WhenThereAreErrors()
    {
        var (c, errors) = InvestmentCaseReader.Parse("""{ "horizonYears": 1, "participants": -3 }""");

        Assert.Null(c);
        Assert.Single(errors);
    }
}
