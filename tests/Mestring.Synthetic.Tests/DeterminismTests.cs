namespace Mestring.Synthetic.Tests;

public class DeterminismTests
{
    [Fact]
    public void SameSeed_GivesIdenticalCsvBytes()
    {
        var a = Fixtures.Csv(SyntheticMunicipality.Generate(Fixtures.Small(7)));
        var b = Fixtures.Csv(SyntheticMunicipality.Generate(Fixtures.Small(7)));
        foreach (var (file, bytes) in a)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(b[file]), $"{file} differs between two runs with the same seed");
        }
    }

    [Fact]
    public void DifferentSeed_GivesDifferentData()
    {
        var a = Fixtures.Csv(SyntheticMunicipality.Generate(Fixtures.Small(1)));
        var b = Fixtures.Csv(SyntheticMunicipality.Generate(Fixtures.Small(2)));
        Assert.False(a["persons.csv"].AsSpan().SequenceEqual(b["persons.csv"]));
        Assert.False(a["services.csv"].AsSpan().SequenceEqual(b["services.csv"]));
    }

    [Fact]
    public void Progress_IsReported_UpToCompletion()
    {
        var reports = new List<GenerationProgress>();
        SyntheticMunicipality.Generate(Fixtures.Small() with { Years = 3 }, new SyncProgress(reports.Add));
        Assert.Contains(reports, r => r.Stage == "Simulating 2024");
        Assert.Equal(1.0, reports[^1].Fraction);
        Assert.True(reports.Zip(reports.Skip(1)).All(p => p.First.Fraction <= p.Second.Fraction));
    }

    private sealed class SyncProgress(Action<GenerationProgress> report) : IProgress<GenerationProgress>
    {
        public void Report(GenerationProgress value) => report(value);
    }
}
