using Mestring.Prevention.Calibrate;

namespace Mestring.Prevention.Tests.Calibrate;

public class CalibrationTests
{
    [Fact]
    public void Wilson_TwoOfTen_MatchesTheHandComputedInterval()
    {
        // p = 0.2, z² = 3.8415: centre = (0.2 + 0.19207) / 1.38415 = 0.28326;
        // half = 1.95996 / 1.38415 · √(0.016 + 0.0096037) = 0.22658 → [0.0567, 0.5098].
        var e = ShareEstimate.Wilson(10, 2);

        Assert.Equal(0.2, e.Share, 10);
        Assert.Equal(0.0567, e.Lower, 4);
        Assert.Equal(0.5098, e.Upper, 4);
    }

    [Fact]
    public void Wilson_ZeroOutcomes_HasLowerBoundZero()
    {
        var e = ShareEstimate.Wilson(20, 0);

        Assert.Equal(0, e.Lower);
        Assert.Equal(0.1611, e.Upper, 4);
    }

    private static (uint[] Masks, bool[] Outcomes) Cohort(params (uint Mask, int N, int Y)[] cells)
    {
        var masks = new List<uint>();
        var outcomes = new List<bool>();
        foreach (var (mask, n, y) in cells)
        {
            for (var i = 0; i < n; i++)
            {
                masks.Add(mask);
                outcomes.Add(i < y);
            }
        }

        return ([.. masks], [.. outcomes]);
    }

    [Fact]
    public void SharesPerNumberOfFactors_AreObservedShares_WithTheDanishSentence()
    {
        // 0 factors: 3/100; 1: 6/100 (two combinations); 2: 10/100; 3: 15/100; 4: 24/100.
        var (masks, outcomes) = Cohort(
            (0b0000, 100, 3), (0b0001, 50, 2), (0b0010, 50, 4), (0b0011, 100, 10), (0b0111, 100, 15), (0b1111, 100, 24));

        var result = Calibration.Compute(masks, outcomes);

        Assert.Equal([0.03, 0.06, 0.10, 0.15, 0.24], result.ByCount.Select(r => r.Estimate.Share));
        Assert.Equal("af 100 unge med disse forhold fik ca. 24 kontanthjælp som 18–29-årige", result.ByCount[4].Sentence);
        Assert.True(result.Gradient.StrictlyIncreasing);
    }

    [Fact]
    public void Describe_UsesTheCombination_WhenLargeEnough_ElseFallsBackToTheCount()
    {
        var (masks, outcomes) = Cohort((0b0000, 100, 3), (0b0001, 60, 6), (0b0010, 40, 0));

        var result = Calibration.Compute(masks, outcomes, new CalibrationOptions { MinimumCombinationSize = 50 });

        var large = result.Describe(0b0001);
        var small = result.Describe(0b0010);
        Assert.True(large.ByCombination);
        Assert.Equal(0.10, large.Estimate.Share, 10);
        Assert.False(small.ByCombination);
        Assert.Equal(0.06, small.Estimate.Share, 10);
        Assert.Equal("af 100 unge med disse forhold fik ca. 6 kontanthjælp som 18–29-årige", small.Sentence);
    }

    [Fact]
    public void GradientCheck_FailsWhenASharePlateaus_OrALevelIsUnobserved()
    {
        var (masks, outcomes) = Cohort((0b0000, 100, 3), (0b0001, 100, 10), (0b0011, 100, 10), (0b0111, 100, 20));

        var gradient = Calibration.Compute(masks, outcomes).Gradient;

        Assert.False(gradient.StrictlyIncreasing);
        Assert.Equal(2, gradient.Problems.Count); // 2 factors not above 1; nobody with 4
    }

    [Fact]
    public void IndicatorBits_AreIgnoredByDefault()
    {
        var (masks, outcomes) = Cohort((0b1_0000, 10, 1), (0b0001, 10, 5));

        var result = Calibration.Compute(masks, outcomes);

        Assert.Equal(10, result.ByCount[0].Estimate.Count);
        Assert.Equal(10, result.ByCount[1].Estimate.Count);
    }
}
