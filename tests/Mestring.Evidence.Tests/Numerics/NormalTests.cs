using Mestring.Evidence.Numerics;

namespace Mestring.Evidence.Tests.Numerics;

public sealed class NormalTests
{
    [Theory]
    [InlineData(0.975, 1.959963984540054)]
    [InlineData(0.999, 3.090232306167813)]
    [InlineData(0.5, 0)]
    [InlineData(0.001, -3.090232306167813)]
    public void Quantile_MatchesReferenceValues(double p, double z) => Assert.Equal(z, Normal.Quantile(p), 9);

    [Fact]
    public void TwoSidedP_AtZ196_IsFivePercent() => Assert.Equal(0.05, Normal.TwoSidedP(1.959963984540054), 10);
}
