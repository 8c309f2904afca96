namespace Mestring.Synthetic.Tests;

public class CalibrationTests
{
    [Fact]
    public void SixtyThousandInhabitants_DefaultSeed_EveryFigureWithinTolerance_AndTheGradientHolds()
    {
        var municipality = SyntheticMunicipality.Generate(new GeneratorOptions { Inhabitants = 60_000, Years = 15, Seed = 1, LastYear = 2025 });
        var rows = Calibration.Compute(municipality);
        var table = Calibration.Format(rows);
        Assert.True(Calibration.AllWithinTolerance(rows), table);
        Assert.Contains(rows, r => r.Figure.StartsWith("people receiving social interventions", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Figure.StartsWith("spending on the social area", StringComparison.Ordinal));
        var gradient = rows.Where(r => r.Figure.StartsWith("18-29", StringComparison.Ordinal)).Select(r => r.Achieved).ToList();
        Assert.Equal(5, gradient.Count);
        Assert.True(gradient.Zip(gradient.Skip(1)).All(p => p.First < p.Second), table);
        Assert.True(gradient[0] < 4, table);
        Assert.InRange(gradient[4], 20, 28);
    }

    [Theory]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void OtherSeeds_KeepTheFourFactorGradient(ulong seed)
    {
        var municipality = SyntheticMunicipality.Generate(new GeneratorOptions { Inhabitants = 60_000, Years = 15, Seed = seed, LastYear = 2025 });
        var rows = Calibration.Compute(municipality);
        var gradient = rows.Where(r => r.Figure.StartsWith("18-29", StringComparison.Ordinal)).Select(r => r.Achieved).ToList();
        Assert.True(gradient.Zip(gradient.Skip(1)).All(p => p.First < p.Second), Calibration.Format(rows));
        Assert.True(gradient[0] < 4);
        Assert.InRange(gradient[4], 20, 28);
    }
}
