namespace Mestring.TestSupport;

/// <summary>Cases used by the investment tests.</summary>
public static class InvestmentExamples
{
    /// <summary>The example of specs/investment-case.md, verbatim.</summary>
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

    /// <summary>Negative participants and an effect on an unknown outcome.</summary>
    public const string Invalid = """
        { "name": "x", "horizonYears": 5, "participants": -3,
          "outcomes": [ { "id": "a", "baselinePerParticipant": 1, "prices": [ { "holder": "kommune", "unitCost": 10 } ] } ],
          "effects": [ { "outcome": "b", "relativeChange": -0.1, "fromYear": 1, "toYear": 2 } ] }
        """;
}
