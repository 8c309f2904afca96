using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Mestring.Economics.Benchmarks;

/// <summary>
/// Runs the engine benchmarks: <c>dotnet run -c Release --project benchmarks/Mestring.Economics.Benchmarks -- --filter '*'</c>.
/// A short in-process job by default (no second build of a generated project on shared build machines);
/// pass <c>--job default</c> or other BenchmarkDotNet options for longer runs.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Contains("--quick"))
        {
            QuickTiming.Run();
            return;
        }

        var config = DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).AsDefault());
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
