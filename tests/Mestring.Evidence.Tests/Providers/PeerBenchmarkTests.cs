using Mestring.Evidence.Data;
using Mestring.Evidence.Errors;
using Mestring.Evidence.Providers;

namespace Mestring.Evidence.Tests.Providers;

/// <summary>Benchmarking against the median peer of the same kind, with a material margin.</summary>
public sealed class PeerBenchmarkTests
{
    /// <summary>
    /// Two kinds of provider with different typical progression (A: 0.3, B: −0.2), three providers each; y = level(kind)
    /// + provider effect − 0.5·severity + N(0, 0.5). A1 is weak (−0.5, 150 citizens); B1 is only trivially worse (−0.08)
    /// but huge (4,000 citizens), so its interval excludes 0 yet not the margin.
    /// </summary>
    private static Dataset Build(int seed)
    {
        var rng = new Random(seed);
        var ids = new List<string>();
        var kinds = new List<string>();
        var severity = new List<double>();
        var y = new List<double>();
        var providers = new (string Id, string Kind, double Level, double Effect, int N)[]
        {
            ("A0", "A", 0.3, 0.02, 300), ("A1", "A", 0.3, -0.5, 150), ("A2", "A", 0.3, -0.03, 250),
            ("B0", "B", -0.2, 0.05, 300), ("B1", "B", -0.2, -0.08, 4000), ("B2", "B", -0.2, 0.0, 200),
        };
        foreach (var p in providers)
        {
            for (int i = 0; i < p.N; i++)
            {
                double s = TestData.Gaussian(rng) + (p.Id == "B2" ? 1.5 : 0);
                ids.Add(p.Id);
                kinds.Add(p.Kind);
                severity.Add(s);
                y.Add(p.Level + p.Effect - 0.5 * s + 0.5 * TestData.Gaussian(rng));
            }
        }

        return new Dataset([new("severity", severity.ToArray()), new("progress", y.ToArray())],
            [new("provider", ids.ToArray()), new("kind", kinds.ToArray())]);
    }

    private static ProviderBenchmarkRequest Request(double margin) =>
        new("provider", "progress", ["severity"]) { PeerGroupColumn = "kind", Margin = margin };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void WithMargin_FlagsOnlyTheClearlyWorseProvider(int seed)
    {
        var rows = ProviderBenchmark.Run(Build(seed), Request(0.2)).Value!;

        Assert.Equal(["A1"], rows.Where(r => r.Flagged).Select(r => r.ProviderId));
        var weak = rows.Single(r => r.ProviderId == "A1");
        Assert.InRange(weak.AdjustedEffect, -0.65, -0.35);
    }

    [Fact]
    public void WithoutMargin_TheLargeTriviallyWorseProviderIsFlaggedToo()
    {
        var rows = ProviderBenchmark.Run(Build(1), Request(0)).Value!;

        Assert.True(rows.Single(r => r.ProviderId == "B1").Flagged);
    }

    [Fact]
    public void KindLevel_IsNotAProviderEffect_AndCaseMixIsWithinProviders()
    {
        var rows = ProviderBenchmark.Run(Build(1), Request(0.2)).Value!;

        // Every B provider sits 0.5 below every A provider in raw terms; against its own median peer none is flagged,
        // and B2's sicker citizens are accounted for by the within-provider case mix.
        Assert.All(rows.Where(r => r.ProviderId.StartsWith('B')), r => Assert.False(r.Flagged));
        Assert.InRange(rows.Single(r => r.ProviderId == "B2").ObservedMinusExpected, -0.1, 0.15);
    }

    [Fact]
    public void ProviderInTwoPeerGroups_IsAClearError()
    {
        var data = new Dataset([new("progress", new[] { 1.0, 2, 3, 4 })], [new("provider", new[] { "P", "P", "Q", "Q" }), new("kind", new[] { "A", "B", "A", "A" })]);

        var result = ProviderBenchmark.Run(data, new ProviderBenchmarkRequest("provider", "progress", []) { PeerGroupColumn = "kind" });

        Assert.False(result.IsSuccess);
        Assert.Equal(EvidenceErrorCode.InvalidRequest, result.Error!.Code);
        Assert.Contains("'P'", result.Error.Message, StringComparison.Ordinal);
    }
}
