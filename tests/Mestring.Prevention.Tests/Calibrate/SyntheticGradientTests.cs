using Mestring.Prevention.Benchmarks;
using Mestring.Prevention.Calibrate;
using Mestring.Prevention.Screen;

namespace Mestring.Prevention.Tests.Calibrate;

public class SyntheticGradientTests
{
    [Fact]
    public void CalibrationOnAGeneratedCountry_ReproducesThePublishedGradient()
    {
        // Outcomes are drawn from the latent disadvantage only, never from the factors: the gradient must emerge
        // from the screening, as in KL 2013 (under 3–4 % with no factor, about 24 % with all four).
        var country = SyntheticCountry.Generate(1_200_000, seed: 2013);
        var fifteen = Screening.Run(country.Population, new ScreeningOptions { AsOf = new DateOnly(2025, 6, 1), MinAge = 15, MaxAge = 15 });

        var calibration = Calibration.Compute([fifteen], country.Outcomes(seed: 29));

        Assert.True(calibration.Gradient.StrictlyIncreasing, string.Join("; ", calibration.Gradient.Problems));
        Assert.InRange(calibration.ByCount[0].Estimate.Share, 0, 0.04);
        Assert.InRange(calibration.ByCount[4].Estimate.Share, 0.20, 0.28);
    }
}
