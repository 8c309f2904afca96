using Mestring.Evidence.Sensitivity;

namespace Mestring.Evidence.Tests.Sensitivity;

/// <summary>E-values against the worked examples of VanderWeele &amp; Ding (2017, Ann Intern Med 167:268).</summary>
public sealed class EValueTests
{
    [Fact]
    public void RiskRatio39_HasEValue726_AndItsLowerLimit18_HasEValue30()
    {
        // The paper's breastfeeding example: RR 3.9 (95 % CI 1.8 to 8.7) → E-values 7.2 and 3.0.
        Assert.Equal(7.26, EValue.ForRiskRatio(3.9)!.Value, 2);
        Assert.Equal(3.0, EValue.ForRiskRatioInterval(1.8, 8.7)!.Value, 2);
    }

    [Fact]
    public void ProtectiveRiskRatio_IsInvertedFirst()
    {
        Assert.Equal(EValue.ForRiskRatio(1 / 0.8)!.Value, EValue.ForRiskRatio(0.8)!.Value, 12);
        Assert.Equal(1.81, EValue.ForRiskRatio(0.8)!.Value, 2);
        Assert.Equal(EValue.ForRiskRatio(0.91)!.Value, EValue.ForRiskRatioInterval(0.71, 0.91)!.Value, 12); // the limit nearer 1
    }

    [Theory]
    [InlineData(0.8, 1.2)]
    [InlineData(1.0, 3.0)]
    public void IntervalContainingTheNull_HasEValueOne(double low, double high) =>
        Assert.Equal(1.0, EValue.ForRiskRatioInterval(low, high));

    [Fact]
    public void StandardisedDifference_UsesRrOfExp091d()
    {
        // d = 0.5 → RR ≈ exp(0.455) = 1.576 → E = 1.576 + √(1.576 · 0.576) = 2.53 (the EValue package's evalues.MD).
        Assert.Equal(2.53, EValue.ForStandardisedDifference(0.5)!.Value, 2);
        Assert.Equal(EValue.ForStandardisedDifference(0.5), EValue.ForStandardisedDifference(-0.5));
        Assert.Equal(1.0, EValue.ForStandardisedDifference(0)!.Value);
    }

    [Fact]
    public void ForEffect_ContinuousOutcome_ScalesByTheSdAndGivesOneWhenTheCiCrossesZero()
    {
        var (estimate, interval, scale) = EValue.ForEffect(5, -1, 11, 10, false, 0, false);

        Assert.Equal("standardised-difference", scale);
        Assert.Equal(EValue.ForStandardisedDifference(0.5), estimate);
        Assert.Equal(1.0, interval);
        Assert.Equal(EValue.ForStandardisedDifference(0.1), EValue.ForEffect(5, 1, 9, 10, false, 0, false).Interval);
    }

    [Fact]
    public void ForEffect_BinaryOutcome_UsesTheRiskRatioDirectly()
    {
        // ATT: treated risk 0.4, effect 0.2 → counterfactual risk 0.2, RR 2; CI [0.1; 0.3] → RR limits 4/3 and 4.
        var (estimate, interval, scale) = EValue.ForEffect(0.2, 0.1, 0.3, 0.5, true, 0.4, true);

        Assert.Equal("risk-ratio", scale);
        Assert.Equal(EValue.ForRiskRatio(2.0)!.Value, estimate!.Value, 12);
        Assert.Equal(EValue.ForRiskRatio(0.4 / 0.3)!.Value, interval!.Value, 12);
    }
}
