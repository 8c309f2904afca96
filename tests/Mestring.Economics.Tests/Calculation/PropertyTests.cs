using Mestring.Economics.Calculation;
using Mestring.Economics.Cases;

namespace Mestring.Economics.Tests.Calculation;

public class PropertyTests
{
    public static TheoryData<int> Seeds() => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Npv_RisesWithEffectSize_ForRandomCases(int seed)
    {
        var c = RandomCase(seed);
        var weaker = c with { Effects = c.Effects.Select(e => e with { RelativeChange = e.RelativeChange * 0.5 }).ToArray() };

        Assert.True(InvestmentEngine.Npv(c) > InvestmentEngine.Npv(weaker));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ZeroEffect_GivesNpvEqualToMinusPvCosts(int seed)
    {
        var c = RandomCase(seed);
        var none = c with { Effects = c.Effects.Select(e => e with { RelativeChange = 0 }).ToArray() };

        var result = InvestmentEngine.CashFlows(none);

        Assert.Equal(-result.PvCosts, result.Npv, 1e-6);
        Assert.Equal(0, result.PvBenefits, 1e-9);
    }

    [Theory]
    [InlineData(0, 0.035)]
    [InlineData(1, 0.035)]
    [InlineData(7, 0.035)]
    [InlineData(10, 0.05)]
    [InlineData(25, 0.02)]
    public void CostInYearT_WeighsOnePlusRToMinusT(int year, double rate)
    {
        var c = new InvestmentCase
        {
            HorizonYears = 30,
            DiscountRate = rate,
            Participants = 2,
            Costs = [new CostLine("kommune", year, year, 500)],
        };

        var result = InvestmentEngine.CashFlows(c);

        Assert.Equal(1000 * Math.Pow(1 + rate, -year), result.PvCosts, 1e-9);
        Assert.Equal(-result.PvCosts, result.Npv, 1e-9);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void HolderNpvs_AddUpToTotalNpv(int seed)
    {
        var result = InvestmentEngine.CashFlows(RandomCase(seed));

        Assert.Equal(result.Npv, result.ByHolder.Sum(h => h.Npv), 1e-6);
        Assert.Equal(result.Npv, result.ByHolderGroup.Sum(h => h.Npv), 1e-6);
        Assert.Equal(result.Npv, result.Years.Sum(y => y.DiscountedNet), 1e-6);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Npv_IsLinearInSuccessRate(int seed)
    {
        var c = RandomCase(seed);
        var at0 = InvestmentEngine.Npv(c with { SuccessRate = 0 });
        var at1 = InvestmentEngine.Npv(c with { SuccessRate = 1 });

        Assert.Equal(at0 + 0.3 * (at1 - at0), InvestmentEngine.Npv(c with { SuccessRate = 0.3 }), 1e-6);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void FastNpv_EqualsNpvFromFlows(int seed)
    {
        var c = RandomCase(seed);

        Assert.Equal(InvestmentEngine.CashFlows(c).Npv, InvestmentEngine.Npv(c), 1e-6);
    }

    private static InvestmentCase RandomCase(int seed)
    {
        var random = new Random(seed);
        string[] holders = ["kommune.social", "kommune.sundhed", "region.sundhed", "stat"];
        var horizon = random.Next(1, 15);
        var outcomes = Enumerable.Range(0, random.Next(1, 6))
            .Select(o => new Outcome("o" + o, Baseline.Of(1 + random.NextDouble() * 50),
                holders.Take(random.Next(1, 4)).Select(h => new Price(h, 100 + random.NextDouble() * 5000)).ToArray()))
            .ToArray();
        var effects = outcomes.Select(o =>
        {
            var from = random.Next(0, horizon + 1);
            return new Effect
            {
                Outcome = o.Id,
                RelativeChange = -0.05 - random.NextDouble() * 0.8,
                FromYear = from,
                ToYear = random.Next(from, horizon + 1),
                DecayPerYear = random.NextDouble() * 0.3,
            };
        }).ToArray();
        return new InvestmentCase
        {
            HorizonYears = horizon,
            Participants = random.Next(1, 200),
            SuccessRate = 0.2 + 0.8 * random.NextDouble(),
            Deadweight = 0.5 * random.NextDouble(),
            Costs = [new CostLine(holders[random.Next(holders.Length)], 0, Math.Min(2, horizon), 1000 + random.NextDouble() * 50000)],
            Outcomes = outcomes,
            Effects = effects,
        };
    }
}
