using Mestring.Economics.Calculation;
using Mestring.Economics.Cases;

namespace Mestring.Economics.Tests.Calculation;

public class CashFlowTests
{
    private const double Tol = 1e-9;

    [Fact]
    public void SmallCase_MatchesHandComputedFlowsPerYearAndHolder()
    {
        var result = InvestmentEngine.CashFlows(TestCases.Small());

        // scale = 10 · 0.5 · (1 − 0.2) = 4; Δq(1) = 4 · 4 · −0.5 = −8; Δq(2) = 4 · 4 · (−0.5 · 0.9) = −7.2
        var row = result.Years.ToDictionary(y => (y.Year, y.Holder));
        Assert.Equal(6, result.Years.Count);
        Assert.Equal(10 * 1000.0, row[(0, "kommune.social")].Costs, Tol);
        Assert.Equal(0, row[(0, "kommune.social")].Benefits, Tol);
        Assert.Equal(8 * 500.0, row[(1, "kommune.social")].Benefits, Tol);
        Assert.Equal(8 * 100.0, row[(1, "region.sundhed")].Benefits, Tol);
        Assert.Equal(7.2 * 500, row[(2, "kommune.social")].Benefits, Tol);
        Assert.Equal(7.2 * 100, row[(2, "region.sundhed")].Benefits, Tol);
        Assert.Equal(7.2 * 100 / 1.21, row[(2, "region.sundhed")].DiscountedNet, Tol);
        Assert.Equal(-10000.0, row[(0, "kommune.social")].Net, Tol);
    }

    [Fact]
    public void SmallCase_MatchesHandComputedTotals()
    {
        var result = InvestmentEngine.CashFlows(TestCases.Small());

        var pvBenefits = 4800 / 1.1 + 4320 / 1.21;
        Assert.Equal(10000, result.PvCosts, Tol);
        Assert.Equal(pvBenefits, result.PvBenefits, Tol);
        Assert.Equal(pvBenefits - 10000, result.Npv, Tol);
        Assert.Equal(pvBenefits / 10000, result.Bcr!.Value, Tol);
        Assert.Null(result.BreakEvenYear);
    }

    [Fact]
    public void SmallCase_SplitsPresentValuesByHolderAndGroup()
    {
        var result = InvestmentEngine.CashFlows(TestCases.Small());

        var social = result.ByHolder.Single(h => h.Holder == "kommune.social");
        var region = result.ByHolder.Single(h => h.Holder == "region.sundhed");
        Assert.Equal(4000 / 1.1 + 3600 / 1.21, social.PvBenefits, Tol);
        Assert.Equal(10000, social.PvCosts, Tol);
        Assert.Equal(4000 / 1.1 + 3600 / 1.21 - 10000, social.Npv, Tol);
        Assert.Equal(800 / 1.1 + 720 / 1.21, region.PvBenefits, Tol);
        Assert.Equal(0, region.PvCosts, Tol);
        Assert.Equal(["kommune", "region"], result.ByHolderGroup.Select(g => g.Holder));
        Assert.Equal(social.Npv, result.ByHolderGroup[0].Npv, Tol);
        Assert.Equal(4, result.YearsByHolderGroup.Count(y => y.Year >= 1));
    }

    [Fact]
    public void BreakEvenYear_IsFirstYearCumulativeDiscountedNetReachesZero()
    {
        // r = 0; cost 100 in year 0; benefit 50 in years 1–3 → cumulative −100, −50, 0, 50 → year 2.
        var c = new InvestmentCase
        {
            HorizonYears = 3,
            DiscountRate = 0,
            Participants = 1,
            Costs = [new CostLine("kommune", 0, 0, 100)],
            Outcomes = [new Outcome("o", Baseline.Of(1), [new Price("kommune", 50)])],
            Effects = [new Effect { Outcome = "o", RelativeChange = -1, FromYear = 1, ToYear = 3 }],
        };

        var result = InvestmentEngine.CashFlows(c);

        Assert.Equal(2, result.BreakEvenYear);
        Assert.Equal(50, result.Npv, Tol);
        Assert.Equal([-100.0, -50, 0, 50], result.Totals.Select(t => t.CumulativeDiscountedNet));
    }

    [Fact]
    public void Bcr_IsNull_WhenThereAreNoCosts()
    {
        var c = TestCases.Small() with { Costs = [] };

        var result = InvestmentEngine.CashFlows(c);

        Assert.Null(result.Bcr);
        Assert.Equal(0, result.BreakEvenYear);
    }

    [Fact]
    public void AbsoluteChange_IgnoresBaselineAndScalesByParticipantsSuccessAndDeadweight()
    {
        var c = new InvestmentCase
        {
            HorizonYears = 1,
            DiscountRate = 0,
            Participants = 5,
            SuccessRate = 0.8,
            Deadweight = 0.5,
            Outcomes = [new Outcome("o", Baseline.Of(100), [new Price("stat", 10)])],
            Effects = [new Effect { Outcome = "o", AbsoluteChange = -2, FromYear = 0, ToYear = 1, DecayPerYear = 0.5 }],
        };

        var result = InvestmentEngine.CashFlows(c);

        // Δq(0) = 5 · 0.8 · 0.5 · −2 = −4 → benefit 40; Δq(1) = −4 · 0.5 = −2 → benefit 20.
        Assert.Equal([40.0, 20.0], result.Years.Select(y => y.Benefits));
        Assert.Equal(60, result.PvBenefits, Tol);
    }

    [Fact]
    public void PerYearBaseline_IsUsedYearByYear()
    {
        var c = new InvestmentCase
        {
            HorizonYears = 2,
            DiscountRate = 0,
            Participants = 1,
            Outcomes = [new Outcome("o", Baseline.OfYears([0, 10, 20]), [new Price("stat", 1)])],
            Effects = [new Effect { Outcome = "o", RelativeChange = -0.5, FromYear = 0, ToYear = 2 }],
        };

        Assert.Equal([0.0, 5, 10], InvestmentEngine.CashFlows(c).Years.Select(y => y.Benefits));
    }

    [Fact]
    public void NegativeUnitCost_IsIncome_SoMoreOfTheOutcomeIsABenefit()
    {
        // Employment up 50 % of a baseline of 1 year: tax income 100 per employed year is a benefit of +50.
        var c = new InvestmentCase
        {
            HorizonYears = 0,
            Participants = 1,
            Outcomes = [new Outcome("job", Baseline.Of(1), [new Price("kommune", -100)])],
            Effects = [new Effect { Outcome = "job", RelativeChange = 0.5, FromYear = 0, ToYear = 0 }],
        };

        Assert.Equal(50, InvestmentEngine.Npv(c), Tol);
    }

    [Fact]
    public void SeveralEffectsOnOneOutcome_Add()
    {
        var c = TestCases.Small() with
        {
            Effects =
            [
                new Effect { Outcome = "o1", RelativeChange = -0.5, FromYear = 1, ToYear = 1 },
                new Effect { Outcome = "o1", RelativeChange = -0.25, FromYear = 1, ToYear = 2 },
            ],
        };

        var result = InvestmentEngine.CashFlows(c);

        // year 1: Δq = 4·4·(−0.75) = −12 → 12·600; year 2: 4·4·(−0.25) = −4 → 4·600
        Assert.Equal(12 * 600 / 1.1 + 4 * 600 / 1.21, result.PvBenefits, Tol);
    }

    [Fact]
    public void WsippIdentities_HoldForFunctionalFamilyTherapyExample()
    {
        // FFT (probation): benefits 28,951 (taxpayer + others), costs 3,467 → NPV 25,484, B/C 8.35.
        var c = new InvestmentCase
        {
            HorizonYears = 0,
            Participants = 1,
            Costs = [new CostLine("programme", 0, 0, 3467)],
            Outcomes = [new Outcome("crime", Baseline.Of(1), [new Price("taxpayer", 10000), new Price("others", 18951)])],
            Effects = [new Effect { Outcome = "crime", RelativeChange = -1, FromYear = 0, ToYear = 0 }],
        };

        var result = InvestmentEngine.CashFlows(c);

        Assert.Equal(28951, result.PvBenefits, Tol);
        Assert.Equal(result.PvBenefits - Math.Abs(result.PvCosts), result.Npv, Tol);
        Assert.Equal(25484, result.Npv, Tol);
        Assert.Equal(8.35, Math.Round(result.Bcr!.Value, 2));
        Assert.Equal(result.PvBenefits, result.ByHolder.Where(h => h.Holder != "programme").Sum(h => h.PvBenefits), Tol);
    }

    [Fact]
    public void DiscountSchedule_DiscountsEachYearAtTheRateInForce()
    {
        // 10 % in years 0–1, 0 % from year 2: DF(1) = 1/1.1, DF(2) = DF(1)/1.0.
        var c = new InvestmentCase
        {
            HorizonYears = 2,
            DiscountRate = 0.5,
            DiscountSchedule = [new DiscountStep(0, 0.10), new DiscountStep(2, 0)],
            Participants = 1,
            Costs = [new CostLine("k", 1, 2, 110)],
        };

        Assert.Equal(100 + 100, InvestmentEngine.CashFlows(c).PvCosts, Tol);
    }

    [Fact]
    public void InvalidCase_ThrowsWithAllErrors()
    {
        var c = TestCases.Small() with { Participants = -1, SuccessRate = 2 };

        var ex = Assert.Throws<InvalidInvestmentCaseException>(() => InvestmentEngine.Evaluate(c));

        Assert.Equal(["$.participants", "$.successRate"], ex.Errors.Select(e => e.Path));
    }
}
