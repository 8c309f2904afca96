namespace Mestring.Application.Reporting.Council;

/// <summary>
/// Small-cell suppression as on the other aggregate pages: a cell of 1–4 citizens withholds its count and its spending;
/// when a year has exactly one such cell, the smallest other cell of that year is withheld too (complementary), so the
/// year's total cannot give the small cell away.
/// </summary>
public static class Suppression
{
    public const int Below = 5;

    public static IReadOnlyList<AggregateCell> Apply(IEnumerable<(string Group, int Year, int Citizens, decimal Spending)> raw)
    {
        var cells = raw.Select(r => r.Citizens is > 0 and < Below
            ? new AggregateCell(r.Group, r.Year, null, null, true)
            : new AggregateCell(r.Group, r.Year, r.Citizens, decimal.Round(r.Spending, 0), false)).ToList();
        foreach (var year in cells.GroupBy(c => c.Year).ToList())
        {
            if (year.Count(c => c.Suppressed) == 1 && year.Where(c => !c.Suppressed).OrderBy(c => c.Citizens).ThenBy(c => c.Group, StringComparer.Ordinal)
                    .FirstOrDefault() is { } partner)
            {
                cells[cells.IndexOf(partner)] = partner with { Citizens = null, Spending = null, Suppressed = true };
            }
        }
        return [.. cells.OrderBy(c => c.Year).ThenBy(c => c.Group, StringComparer.Ordinal)];
    }
}
