using Mestring.Economics.Cases;
using Mestring.Economics.Financial;

namespace Mestring.Economics.Tests.Financial;

public class FinanceTests
{
    [Fact]
    public void Npv_MatchesNumpyFinancialVector() =>
        Assert.Equal(122.894854950942692, Finance.Npv(0.05, [-15000, 1500, 2500, 3500, 4500, 6000]), 1e-9);

    [Fact]
    public void Npv_DoesNotDiscountTheFirstFlow() =>
        Assert.Equal(-100 + 110 / 1.1, Finance.Npv(0.1, [-100, 110]), 1e-12);

    [Theory]
    [InlineData(new double[] { -150000, 15000, 25000, 35000, 45000, 60000 }, 0.0524, 1e-4)]
    [InlineData(new double[] { -100, 39, 59, 55, 20 }, 0.28095, 1e-5)]
    [InlineData(new double[] { -100, 0, 0, 74 }, -0.0955, 1e-4)]
    public void Irr_MatchesNumpyFinancialVectors(double[] flows, double expected, double tolerance)
    {
        var irr = Finance.Irr(flows);

        Assert.NotNull(irr);
        Assert.Equal(expected, irr.Value, tolerance);
        Assert.Equal(0, Finance.Npv(irr.Value, flows), 1e-6);
    }

    [Fact]
    public void Irr_IsNull_WithoutASignChange()
    {
        Assert.Null(Finance.Irr([100, 50, 20]));
        Assert.Null(Finance.Irr([-100, -50]));
    }

    [Fact]
    public void Irr_FindsLargeReturns() =>
        Assert.Equal(4.0, Finance.Irr([-100, 500])!.Value, 1e-9);

    [Fact]
    public void Irr_PicksTheRootClosestToZero_WhenThereAreSeveral()
    {
        // (1+r)² − 2.3(1+r) + 1.32 = 0 → 1+r ∈ {1.1, 1.2}: flows −1, 2.3, −1.32 have IRRs 10 % and 20 %.
        Assert.Equal(0.1, Finance.Irr([-1, 2.3, -1.32])!.Value, 1e-9);
    }

    [Fact]
    public void Irr_SurvivesLongSeriesThatOverflowNearMinusOne()
    {
        var flows = new double[301];
        flows[0] = -1000;
        for (var t = 1; t <= 300; t++)
        {
            flows[t] = t % 2 == 0 ? 60 : -5;
        }

        var irr = Finance.Irr(flows);

        Assert.NotNull(irr);
        Assert.Equal(0, Finance.Npv(irr.Value, flows), 1e-6);
    }

    [Fact]
    public void Engine_EvaluatesA300YearGreenBookCase()
    {
        var c = TestCases.Small() with
        {
            HorizonYears = 300,
            DiscountSchedule = DiscountSchedule.GreenBook.Steps,
            Effects = [new Effect { Outcome = "o1", RelativeChange = -0.5, FromYear = 1, ToYear = 300 }],
        };

        var result = Mestring.Economics.Calculation.InvestmentEngine.Evaluate(c, new() { Draws = 100 });

        Assert.True(double.IsFinite(result.CashFlows.Npv));
        Assert.Equal(301 * 2, result.CashFlows.Years.Count);
    }

    [Fact]
    public void Mirr_MatchesNumpyFinancialVector() =>
        Assert.Equal(0.126094, Finance.Mirr([-120000, 39000, 30000, 21000, 37000, 46000], 0.10, 0.12)!.Value, 1e-6);

    [Fact]
    public void Mirr_IsNull_WithoutBothSigns() =>
        Assert.Null(Finance.Mirr([1, 2, 3], 0.1, 0.1));

    [Fact]
    public void GreenBookSchedule_StepsDownAfterYear30And75()
    {
        var df = DiscountSchedule.GreenBook.Factors(125);

        Assert.Equal(1, df[0]);
        Assert.Equal(Math.Pow(1.035, -30), df[30], 1e-14);
        Assert.Equal(df[30] / 1.03, df[31], 1e-15);
        Assert.Equal(df[30] * Math.Pow(1.03, -45), df[75], 1e-14);
        Assert.Equal(df[75] / 1.025, df[76], 1e-15);
        Assert.Equal(df[75] * Math.Pow(1.025, -50), df[125], 1e-14);
        Assert.Equal(0.035, DiscountSchedule.GreenBook.RateFor(30));
        Assert.Equal(0.03, DiscountSchedule.GreenBook.RateFor(31));
        Assert.Equal(0.025, DiscountSchedule.GreenBook.RateFor(125));
    }

    [Fact]
    public void FinansministerietSchedule_Is35PercentToYear35()
    {
        var df = DiscountSchedule.Finansministeriet.Factors(40);

        Assert.Equal(Math.Pow(1.035, -35), df[35], 1e-14);
        Assert.Equal(df[35] / 1.025, df[36], 1e-15);
    }

    [Fact]
    public void FlatFactors_AreOnePlusRToMinusT()
    {
        var df = Finance.DiscountFactors(0.035, 10);

        for (var t = 0; t <= 10; t++)
        {
            Assert.Equal(Math.Pow(1.035, -t), df[t], 1e-15);
            Assert.Equal(df[t], Finance.DiscountFactor(0.035, t), 1e-15);
        }
    }

    [Fact]
    public void CaseSchedule_UsesDiscountRateBeforeItsFirstStep()
    {
        var c = TestCases.Small() with { DiscountRate = 0.1, DiscountSchedule = [new DiscountStep(2, 0.0)] };

        var df = DiscountSchedule.For(c).Factors(3);

        Assert.Equal([1, 1 / 1.1, 1 / 1.1, 1 / 1.1], df, (a, b) => Math.Abs(a - b) < 1e-15);
    }

    [Fact]
    public void Schedule_MustStartAtYearZeroAndIncrease()
    {
        Assert.Throws<ArgumentException>(() => new DiscountSchedule([new DiscountStep(1, 0.03)]));
        Assert.Throws<ArgumentException>(() => new DiscountSchedule([new DiscountStep(0, 0.03), new DiscountStep(0, 0.02)]));
    }
}
