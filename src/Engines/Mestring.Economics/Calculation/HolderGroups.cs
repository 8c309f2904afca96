namespace Mestring.Economics.Calculation;

/// <summary>Groups holder keys by their first dot-separated part ("kommune.social" → "kommune").</summary>
public static class HolderGroups
{
    /// <summary>The group of a holder key: the part before the first dot, or the whole key.</summary>
    public static string GroupOf(string holder)
    {
        ArgumentNullException.ThrowIfNull(holder);
        var dot = holder.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? holder : holder[..dot];
    }

    internal static IReadOnlyList<HolderSummary> Summaries(IReadOnlyList<HolderSummary> byHolder) =>
        byHolder
            .GroupBy(s => GroupOf(s.Holder), StringComparer.Ordinal)
            .Select(g => new HolderSummary(g.Key, g.Sum(s => s.Npv), g.Sum(s => s.PvCosts), g.Sum(s => s.PvBenefits)))
            .ToArray();

    internal static IReadOnlyList<YearFlow> Years(IReadOnlyList<YearFlow> years) =>
        years
            .GroupBy(y => (y.Year, Group: GroupOf(y.Holder)))
            .Select(g => new YearFlow(g.Key.Year, g.Key.Group, g.Sum(y => y.Costs), g.Sum(y => y.Benefits),
                g.Sum(y => y.Net), g.Sum(y => y.DiscountedNet)))
            .ToArray();
}
