using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Mestring.Prevention.Benchmarks;
using Mestring.Prevention.Calibrate;
using Mestring.Prevention.Screen;

if (args.Contains("--quick"))
{
    // Stopwatch timing and the calibration table on the synthetic country, for docs/prevention.md.
    var sw = Stopwatch.StartNew();
    var country = SyntheticCountry.Generate(1_200_000, seed: 2013);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated {country.Population.PersonCount} persons in {sw.ElapsedMilliseconds} ms"));
    var options = new ScreeningOptions { AsOf = new DateOnly(2025, 6, 1) };
    ScreeningResult result = null!;
    for (var i = 0; i < 5; i++)
    {
        sw.Restart();
        result = Screening.Run(country.Population, options);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"screened {result.Count} children in {sw.ElapsedMilliseconds} ms (threshold {result.LowIncomeThreshold}, families {result.IncomeReferenceFamilies})"));
    }

    var fifteen = Screening.Run(country.Population, options with { MinAge = 15, MaxAge = 15 });
    var calibration = Calibration.Compute([fifteen], country.Outcomes(seed: 29));
    foreach (var row in calibration.ByCount)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.Factors} factors: n={row.Estimate.Count} share={row.Estimate.Share:0.000} [{row.Estimate.Lower:0.000}, {row.Estimate.Upper:0.000}]"));
    }

    Console.WriteLine("gradient strictly increasing: " + calibration.Gradient.StrictlyIncreasing.ToString(CultureInfo.InvariantCulture));
    return;
}

// In-process toolchain: no separate build of a generated project on a shared 2-core machine.
var config = DefaultConfig.Instance.AddJob(Job.Default
    .WithToolchain(InProcessEmitToolchain.Instance)
    .WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10));
BenchmarkSwitcher.FromAssembly(typeof(ScreeningBenchmarks).Assembly).Run(args, config);
