using Mestring.Economics.Cases;

namespace Mestring.Economics.Tests;

/// <summary>Cases shared by the tests.</summary>
internal static class TestCases
{
    /// <summary>The example case of specs/investment-case.md, verbatim.</summary>
    public const string SpecExample = """
        {
          "name": "Housing First, unge hjemløse",
          "priceYear": 2025,
          "horizonYears": 10,
          "discountRate": 0.035,
          "participants": 40,
          "successRate": 0.7,
          "deadweight": 0.1,
          "costs": [
            { "holder": "kommune.social", "fromYear": 0, "toYear": 0, "perParticipant": 45000 },
            { "holder": "kommune.social", "fromYear": 1, "toYear": 2, "perParticipant": 60000 }
          ],
          "outcomes": [
            { "id": "herberg_nat", "baselinePerParticipant": 120,
              "prices": [ { "holder": "kommune.social", "unitCost": 1700, "se": 150 } ] },
            { "id": "akut_indlaeggelse", "baselinePerParticipant": 1.4,
              "prices": [ { "holder": "region.sundhed", "unitCost": 32000 } ] }
          ],
          "effects": [
            { "outcome": "herberg_nat", "relativeChange": -0.6, "se": 0.12,
              "fromYear": 1, "toYear": 10, "decayPerYear": 0.05 },
            { "outcome": "akut_indlaeggelse", "relativeChange": -0.25, "se": 0.1, "fromYear": 1, "toYear": 5 }
          ]
        }
        """;

    public static InvestmentCase SpecCase() => ParseValid(SpecExample);

    public static InvestmentCase ParseValid(string json)
    {
        var (investmentCase, errors) = InvestmentCaseReader.Parse(json);
        Assert.True(errors.Count == 0, "Unexpected errors: " + string.Join("; ", errors));
        return investmentCase!;
    }

    /// <summary>
    /// Small hand-computable case: 10 participants, success 0.5, deadweight 0.2 (scale 4), r = 10 %,
    /// horizon 2, cost 1000 per participant in year 0 (kommune.social), one outcome with baseline 4 priced
    /// 500 for kommune.social and 100 for region.sundhed, effect −0.5 in years 1–2 decaying 10 % a year.
    /// </summary>
    public static InvestmentCase Small() => new()
    {
        Name = "small",
        HorizonYears = 2,
        DiscountRate = 0.10,
        Participants = 10,
        SuccessRate = 0.5,
        Deadweight = 0.2,
        Costs = [new CostLine("kommune.social", 0, 0, 1000)],
        Outcomes =
        [
            new Outcome("o1", Baseline.Of(4), [new Price("kommune.social", 500, 50), new Price("region.sundhed", 100)]),
        ],
        Effects = [new Effect { Outcome = "o1", RelativeChange = -0.5, Se = 0.1, FromYear = 1, ToYear = 2, DecayPerYear = 0.1 }],
    };

    /// <summary>
    /// The benchmark shape: 10-year case, 20 outcomes, 4 holders, every unit cost and effect with an se.
    /// </summary>
    public static InvestmentCase Large(int outcomes = 20)
    {
        string[] holders = ["kommune.social", "kommune.beskaeftigelse", "region.sundhed", "stat"];
        var list = new List<Outcome>();
        var effects = new List<Effect>();
        for (var o = 0; o < outcomes; o++)
        {
            var prices = holders
                .Select((h, i) => new Price(h, 1000 + 100 * o + 10 * i, 50 + o))
                .ToArray();
            list.Add(new Outcome("o" + o, Baseline.Of(1 + o % 5), prices));
            effects.Add(new Effect { Outcome = "o" + o, RelativeChange = -0.2 - 0.01 * o, Se = 0.05, FromYear = 1, ToYear = 10, DecayPerYear = 0.05 });
        }

        return new InvestmentCase
        {
            Name = "large",
            HorizonYears = 10,
            Participants = 100,
            SuccessRate = 0.6,
            Deadweight = 0.1,
            Costs = [new CostLine("kommune.social", 0, 0, 50000), new CostLine("kommune.social", 1, 2, 20000)],
            Outcomes = list,
            Effects = effects,
        };
    }
}
