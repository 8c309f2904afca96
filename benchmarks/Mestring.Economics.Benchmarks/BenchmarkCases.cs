using Mestring.Economics.Cases;

namespace Mestring.Economics.Benchmarks;

/// <summary>The benchmark shape of issue 4: a 10-year case with 20 outcomes and 4 holders, every unit cost and effect uncertain.</summary>
public static class BenchmarkCases
{
    public static InvestmentCase TenYearsTwentyOutcomesFourHolders()
    {
        string[] holders = ["kommune.social", "kommune.beskaeftigelse", "region.sundhed", "stat"];
        var outcomes = new List<Outcome>();
        var effects = new List<Effect>();
        for (var o = 0; o < 20; o++)
        {
            var prices = holders.Select((h, i) => new Price(h, 1000 + 100 * o + 10 * i, 50 + o)).ToArray();
            outcomes.Add(new Outcome("o" + o, Baseline.Of(1 + o % 5), prices));
            effects.Add(new Effect { Outcome = "o" + o, RelativeChange = -0.2 - 0.01 * o, Se = 0.05, FromYear = 1, ToYear = 10, DecayPerYear = 0.05 });
        }

        return new InvestmentCase
        {
            Name = "benchmark",
            HorizonYears = 10,
            Participants = 100,
            SuccessRate = 0.6,
            Deadweight = 0.1,
            Costs = [new CostLine("kommune.social", 0, 0, 50000), new CostLine("kommune.social", 1, 2, 20000)],
            Outcomes = outcomes,
            Effects = effects,
        };
    }
}
