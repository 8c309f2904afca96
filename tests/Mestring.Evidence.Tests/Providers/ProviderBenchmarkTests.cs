using Mestring.Evidence.Data;
using Mestring.Evidence.Errors;
using Mestring.Evidence.Providers;

namespace Mestring.Evidence.Tests.Providers;

public sealed class ProviderBenchmarkTests
{
    /// <summary>
    /// 30 providers; citizens' progression = 1 − 0.8·severity + provider effect + N(0,1). P00 is genuinely weak
    /// (−1.0, 200 citizens), P01 serves much sicker citizens but is average, P02 is tiny (4 citizens) with bad luck.
    /// </summary>
    private static Dataset Build(int seed)
    {
        var rng = new Random(seed);
        var ids = new List<string>();
        var severity = new List<double>();
        var y = new List<double>();
        for (int p = 0; p < 30; p++)
        {
            int n = p switch { 0 => 200, 2 => 4, _ => 40 + rng.Next(120) };
            for (int i = 0; i < n; i++)
            {
                double s = TestData.Gaussian(rng) + (p == 1 ? 2 : 0);
                double effect = p == 0 ? -1.0 : 0;
                double noise = p == 2 ? -2.5 : TestData.Gaussian(rng);
                ids.Add($"P{p:00}");
                severity.Add(s);
                y.Add(1 - 0.8 * s + effect + noise);
            }
        }

        return new Dataset([new("severity", severity.ToArray()), new("progress", y.ToArray())], [new("provider", ids.ToArray())]);
    }

    [Fact]
    public void Run_FlagsTheWeakProviderOnly()
    {
        var rows = ProviderBenchmark.Run(Build(1), new ProviderBenchmarkRequest("provider", "progress", ["severity"])).Value!;

        Assert.True(rows.Single(r => r.ProviderId == "P00").Flagged);
        Assert.Equal(["P00"], rows.Where(r => r.Flagged).Select(r => r.ProviderId));
    }

    [Fact]
    public void Run_CaseMix_ProtectsProviderWithSickerCitizens()
    {
        var row = ProviderBenchmark.Run(Build(1), new ProviderBenchmarkRequest("provider", "progress", ["severity"])).Value!.Single(r => r.ProviderId == "P01");

        Assert.False(row.Flagged);
        Assert.InRange(0, row.CiLow, row.CiHigh);
    }

    [Fact]
    public void Run_SmallProviderWithBadLuck_IsShrunkAndNotFlagged()
    {
        var row = ProviderBenchmark.Run(Build(1), new ProviderBenchmarkRequest("provider", "progress", ["severity"])).Value!.Single(r => r.ProviderId == "P02");

        Assert.Equal(4, row.N);
        Assert.True(row.ObservedMinusExpected < -2);
        Assert.True(row.AdjustedEffect > row.ObservedMinusExpected / 2);
        Assert.False(row.Flagged);
    }

    [Fact]
    public void Run_WithoutCaseMix_WouldWronglyFlagTheProviderWithSickerCitizens()
    {
        var rows = ProviderBenchmark.Run(Build(1), new ProviderBenchmarkRequest("provider", "progress", [])).Value!;

        Assert.True(rows.Single(r => r.ProviderId == "P01").Flagged);
    }

    [Fact]
    public void Run_MissingProviderColumn_IsATypedError()
    {
        var result = ProviderBenchmark.Run(Build(1), new ProviderBenchmarkRequest("unit", "progress", ["severity"]));

        Assert.Equal(EvidenceErrorCode.MissingColumn, result.Error!.Code);
    }

    [Fact]
    public void Json_HasTheDocumentedKeys()
    {
        var rows = ProviderBenchmark.Run(Build(1), new ProviderBenchmarkRequest("provider", "progress", ["severity"])).Value!;

        var json = ProviderBenchmarkJson.Write(rows);

        foreach (var key in new[] { "providerId", "n", "adjustedEffect", "ciLow", "ciHigh", "flagged" })
        {
            Assert.Contains($"\"{key}\":", json);
        }
    }
}
