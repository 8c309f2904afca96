using Mestring.Prevention.Population;

namespace Mestring.Prevention.Screen;

/// <summary>
/// Per-person early-detection screening: the four KL 2013 family factors and the enabled event indicators for every
/// child in the age window, as columns. Pure: no clock, no I/O. Whether per-person screening may run at all (the
/// municipality switch) is decided by the caller; with the switch off use <see cref="AggregateScreening"/> instead.
/// </summary>
public static class Screening
{
    /// <summary>Screens the children of <paramref name="population"/> as of <see cref="ScreeningOptions.AsOf"/>.</summary>
    public static ScreeningResult Run(PopulationColumns population, ScreeningOptions options)
    {
        var frame = new ScreeningFrame(population, options);
        var columns = ScreeningEngine.Evaluate(frame);
        return new ScreeningResult(frame, columns);
    }
}
