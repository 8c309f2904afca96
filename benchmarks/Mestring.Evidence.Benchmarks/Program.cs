using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Mestring.Evidence.Benchmarks;
using Mestring.Evidence.Data;
using Mestring.Evidence.Estimation;

// Modes:
//   generate <csv> [n] [seed]   write the synthetic problem (shared with matchit.R)
//   time <csv> [caliper] [replace]  time the engine on that CSV (single thread) and print estimate and time
//   calibrate [sets] [maxN] [seed] [minN] [methods]   coverage and bias of every method on confounded data with a known effect
//   dml <csv> [folds]           time --method dml on that CSV (single thread) and print estimate and time
//   dml-profile <csv>           time the parts of one dml fold
//   (anything else)             BenchmarkDotNet run
var c = CultureInfo.InvariantCulture;
switch (args.FirstOrDefault())
{
    case "generate":
    {
        int n = args.Length > 2 ? int.Parse(args[2], c) : 200_000;
        long seed = args.Length > 3 ? long.Parse(args[3], c) : 42;
        var data = SyntheticProblem.Generate(n, seed);
        using var writer = new StreamWriter(args[1]);
        SyntheticProblem.WriteCsv(data, writer);
        Console.WriteLine(string.Create(c, $"wrote {n} rows × {SyntheticProblem.Covariates} covariates to {args[1]}"));
        break;
    }

    case "time":
    {
        double caliper = args.Length > 2 ? double.Parse(args[2], c) : 0.2;
        bool replace = args.Length > 3 && args[3] == "replace";
        Dataset data;
        using (var reader = new StreamReader(args[1]))
        {
            var read = DatasetCsvReader.Read(reader);
            data = read.IsSuccess ? read.Value : throw new InvalidOperationException(read.Error.Message);
        }

        // "replace": the engine's default (with replacement, ties shared, bias-adjusted); else MatchIt's default spec.
        var request = replace ? Program.PsmRequest(caliper) with { Replace = true, BiasAdjust = true } : Program.PsmRequest(caliper);
        Console.WriteLine(replace ? "spec: 1:1 with replacement, caliper, bias-adjusted (Mestring's default)" : "spec: 1:1 without replacement, caliper, largest first (MatchIt's default)");
        var times = new List<double>();
        var cpuTimes = new List<double>();
        EstimationResult? result = null;
        for (int run = 0; run < 4; run++)
        {
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            var r = EffectEstimator.Estimate(data, request);
            sw.Stop();
            cpuTimes.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds);
            result = r.IsSuccess ? r.Value : throw new InvalidOperationException(r.Error.Message);
            times.Add(sw.Elapsed.TotalSeconds);
        }

        var columns = SyntheticProblem.CovariateNames.Select(data.Column).ToArray();
        for (int run = 0; run < 3; run++)
        {
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            var psTimer = Stopwatch.StartNew();
            var ps = Mestring.Evidence.Numerics.LogisticRegression.Fit(columns, data.Column("treat"));
            psTimer.Stop();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu0;
            Console.WriteLine(string.Create(c, $"C# propensity score alone (IRLS, {ps.Iterations} iterations): {psTimer.Elapsed.TotalSeconds:F3} s wall, {cpu.TotalSeconds:F3} s CPU"));
        }
        Console.WriteLine(string.Create(c, $"C# Mestring.Evidence: first run {times[0]:F3} s wall ({cpuTimes[0]:F3} s CPU), best of next 3 {times.Skip(1).Min():F3} s wall ({cpuTimes.Skip(1).Min():F3} s CPU)"));
        Console.WriteLine(string.Create(c, $"C# ATT estimate {result!.Estimate:F4} (SE {result.Se:F4}), matched treated {result.NTreatedUsed}, matched controls {result.NControlUsed}"));
        break;
    }

    case "calibrate":
    {
        int sets = args.Length > 1 ? int.Parse(args[1], c) : 200;
        int maxN = args.Length > 2 ? int.Parse(args[2], c) : 200_000;
        long seed = args.Length > 3 ? long.Parse(args[3], c) : 1;
        int minN = args.Length > 4 ? int.Parse(args[4], c) : 2000;
        Calibration.Run(sets, maxN, seed, Console.Out, Console.Error, minN, args.Length > 5 ? args[5] : null);
        break;
    }

    case "dml":
    {
        Dataset data;
        using (var reader = new StreamReader(args[1]))
        {
            var read = DatasetCsvReader.Read(reader);
            data = read.IsSuccess ? read.Value : throw new InvalidOperationException(read.Error.Message);
        }

        var request = Program.PsmRequest(0.2) with
        {
            Method = EstimationMethod.Dml,
            Folds = args.Length > 2 ? int.Parse(args[2], c) : 5,
            Progress = f => Console.Error.Write(string.Create(c, $"\rdml {f:P0}   ")),
        };
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var r = EffectEstimator.Estimate(data, request);
        sw.Stop();
        var result = r.IsSuccess ? r.Value : throw new InvalidOperationException(r.Error.Message);
        Console.Error.WriteLine();
        Console.WriteLine(string.Create(c, $"C# dml: {sw.Elapsed.TotalSeconds:F2} s wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds:F2} s CPU; ATT {result.Estimate:F4} (SE {result.Se:F4})"));
        break;
    }

    case "dml-profile":
    {
        using var reader = new StreamReader(args[1]);
        var read = DatasetCsvReader.Read(reader);
        DmlProfile.Run(read.IsSuccess ? read.Value : throw new InvalidOperationException(read.Error.Message), Console.Out);
        break;
    }

    default:
        BenchmarkSwitcher.FromAssembly(typeof(MatchingBenchmark).Assembly).Run(args);
        break;
}

/// <summary>Entry point and the shared request.</summary>
public static partial class Program
{
    /// <summary>PS by logistic regression, 1:1 nearest neighbour on the logit, no replacement, caliper in SDs (MatchIt defaults).</summary>
    internal static EstimationRequest PsmRequest(double caliper) => new("treat", "y", SyntheticProblem.CovariateNames)
    {
        Method = EstimationMethod.Psm,
        Estimand = Estimand.Att,
        Caliper = caliper,
        Ratio = 1,
        Replace = false,
        BiasAdjust = false,
        MatchOrder = MatchOrder.Largest,
    };
}
