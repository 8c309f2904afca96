using Mestring.Evidence.Estimation;

namespace Mestring.Evidence.Tests.Estimation;

public sealed class VerdictRulesTests
{
    [Theory]
    [InlineData(0.5, 2.0, 100, 100, EffectDirection.Increase, "virker")]
    [InlineData(-0.5, 2.0, 100, 100, EffectDirection.Increase, "ingen påviselig effekt")]
    [InlineData(-2.0, -0.5, 100, 100, EffectDirection.Increase, "virker modsat")]
    [InlineData(-2.0, -0.5, 100, 100, EffectDirection.Decrease, "virker")]
    [InlineData(0.5, 2.0, 100, 100, EffectDirection.Decrease, "virker modsat")]
    [InlineData(0.5, 2.0, 29, 100, EffectDirection.Increase, "for få data")]
    [InlineData(0.5, 2.0, 100, 29, EffectDirection.Increase, "for få data")]
    public void Decide_GivesDanishVerdict(double low, double high, int treated, int controls, EffectDirection direction, string expected)
    {
        var verdict = VerdictRules.Decide(low, high, treated, controls, direction, 30);

        Assert.Equal(expected, VerdictRules.Danish(verdict));
    }
}
