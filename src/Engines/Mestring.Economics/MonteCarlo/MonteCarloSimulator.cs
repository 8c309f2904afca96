using Mestring.Economics.Calculation;
using Mestring.Economics.Cases;

namespace Mestring.Economics.MonteCarlo;

/// <summary>
/// Monte Carlo of the NPV (spec "Monte Carlo"): every unit cost and effect with an <c>se</c> is drawn from
/// Normal(value, se) once per draw and shared across years; everything else is fixed. Draw i uses its own
/// random stream derived from (seed, i), so results are bit-identical for any thread count.
/// </summary>
public static class MonteCarloSimulator
{
    /// <summary>Default number of histogram bins in a result.</summary>
    public const int DefaultHistogramBins = 30;

    /// <summary>Runs <paramref name="draws"/> simulations and summarises the NPV distribution.</summary>
    public static MonteCarloResult Run(InvestmentCase investmentCase, int draws, long seed, int threads = 1) =>
        Summarise(SimulateNpv(investmentCase, draws, seed, threads), seed);

    /// <summary>The NPV of each draw, indexed by draw number (identical for any thread count).</summary>
    public static double[] SimulateNpv(InvestmentCase investmentCase, int draws, long seed, int threads = 1) =>
        SimulateNpv(CompiledCase.From(investmentCase), draws, seed, threads);

    internal static double[] SimulateNpv(CompiledCase compiled, int draws, long seed, int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(draws, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        var model = new DrawModel(compiled);
        var npv = new double[draws];
        var streamSeed = unchecked((ulong)seed);
        if (threads == 1)
        {
            model.Simulate(streamSeed, 0, draws, npv);
            return npv;
        }

        // Several chunks per thread even out the load; chunk boundaries do not affect the numbers.
        var chunkSize = Math.Max(256, draws / (threads * 8));
        var chunks = (draws + chunkSize - 1) / chunkSize;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = threads }, chunk =>
        {
            var from = chunk * chunkSize;
            model.Simulate(streamSeed, from, Math.Min(draws, from + chunkSize), npv);
        });
        return npv;
    }

    /// <summary>Mean, type-7 percentiles and the share of positive NPVs of simulated NPVs.</summary>
    public static MonteCarloResult Summarise(double[] npv, long seed, int histogramBins = DefaultHistogramBins)
    {
        ArgumentNullException.ThrowIfNull(npv);
        if (npv.Length == 0)
        {
            throw new ArgumentException("No draws to summarise.", nameof(npv));
        }

        // Sums in draw order (not thread order), so the mean is bit-identical for any thread count.
        double sum = 0;
        var positive = 0;
        foreach (var value in npv)
        {
            sum += value;
            if (value > 0)
            {
                positive++;
            }
        }

        var mean = sum / npv.Length;
        double squares = 0;
        foreach (var value in npv)
        {
            squares += (value - mean) * (value - mean);
        }

        var sorted = (double[])npv.Clone();
        Array.Sort(sorted);
        return new MonteCarloResult(
            npv.Length,
            seed,
            mean,
            Percentiles.Type7(sorted, 0.05),
            Percentiles.Type7(sorted, 0.50),
            Percentiles.Type7(sorted, 0.95),
            (double)positive / npv.Length)
        {
            SdNpv = npv.Length > 1 ? Math.Sqrt(squares / (npv.Length - 1)) : 0,
            Histogram = Histogram.Of(sorted, histogramBins),
        };
    }
}
