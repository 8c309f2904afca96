using BenchmarkDotNet.Attributes;
using Mestring.Prevention.Aggregate;
using Mestring.Prevention.Screen;

namespace Mestring.Prevention.Benchmarks;

/// <summary>Screens the 1,200,000 children of a synthetic country on one thread.</summary>
[MemoryDiagnoser]
public class ScreeningBenchmarks
{
    private SyntheticCountry _country = null!;
    private ScreeningOptions _options = null!;
    private AreaColumn _areas = null!;

    [GlobalSetup]
    public void Setup()
    {
        _country = SyntheticCountry.Generate(1_200_000, seed: 2013);
        _options = new ScreeningOptions { AsOf = new DateOnly(2025, 6, 1) };
        var codes = new int[_country.Population.PersonCount];
        for (var p = 0; p < codes.Length; p++)
        {
            codes[p] = p % 1000; // 1,000 school districts
        }

        _areas = new AreaColumn(codes, [.. Enumerable.Range(0, 1000).Select(i => "Distrikt " + i.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
    }

    [Benchmark(Description = "Screening.Run, 1.2 M children")]
    public int Screen() => Screening.Run(_country.Population, _options).Count;

    [Benchmark(Description = "AggregateScreening.Run, 1,000 areas")]
    public int Aggregate() => AggregateScreening.Run(_country.Population, _options, _areas).Areas.Count;
}
