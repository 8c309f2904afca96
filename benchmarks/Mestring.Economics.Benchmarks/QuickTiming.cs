using System.Diagnostics;
using System.Globalization;
using Mestring.Economics.MonteCarlo;
using Mestring.Numerics;

namespace Mestring.Economics.Benchmarks;

/// <summary>
/// <c>--quick</c>: times 10,000 draws by process CPU time as well as wall time. On a shared, overloaded build
/// machine wall-clock benchmarks mostly measure the queue for a core; CPU time shows what a draw costs.
/// </summary>
public static class QuickTiming
{
    public static void Run()
    {
        Components();
        var c = BenchmarkCases.TenYearsTwentyOutcomesFourHolders();
        foreach (var draws in new[] { 1_000, 10_000, 100_000 })
        {
            for (var warmup = 0; warmup < 3; warmup++)
            {
                MonteCarloSimulator.Run(c, draws, 1);
            }

            var repeats = Math.Max(3, 200_000 / draws);
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            for (var i = 0; i < repeats; i++)
            {
                MonteCarloSimulator.Run(c, draws, 1);
            }

            wall.Stop();
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / repeats;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{draws,7} draws, 1 thread: {cpu,8:0.00} ms CPU, {wall.Elapsed.TotalMilliseconds / repeats,8:0.00} ms wall per run ({repeats} runs)"));
        }
    }

    private static void Components()
    {
        const int n = 2_000_000;
        for (var round = 0; round < 3; round++)
        {
            var process = Process.GetCurrentProcess();
            var before = process.TotalProcessorTime;
            var random = new Xoshiro256StarStar(1);
            ulong acc = 0;
            for (var i = 0; i < n; i++)
            {
                acc ^= random.NextUInt64();
            }

            process.Refresh();
            var mid = process.TotalProcessorTime;
            var normal = new NormalSampler(new Xoshiro256StarStar(1));
            var sum = 0.0;
            for (var i = 0; i < n; i++)
            {
                sum += normal.Next();
            }

            process.Refresh();
            var after = process.TotalProcessorTime;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"xoshiro {(mid - before).TotalMilliseconds * 1e6 / n:0.0} ns, normal {(after - mid).TotalMilliseconds * 1e6 / n:0.0} ns ({acc % 2}, {sum:0.0})"));
        }
    }
}
