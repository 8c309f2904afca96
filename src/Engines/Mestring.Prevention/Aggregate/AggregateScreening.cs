using System.Numerics;
using Mestring.Numerics.Disclosure;
using Mestring.Prevention.Population;
using Mestring.Prevention.Screen;

namespace Mestring.Prevention.Aggregate;

/// <summary>
/// Area counts of children with each factor and with at least k factors. Runs the same evaluation as
/// <see cref="Screening"/> but returns only suppressed counts, so it is allowed when the municipality's per-person
/// screening switch is off.
/// </summary>
public static class AggregateScreening
{
    /// <summary>Default suppression limit: counts below 5 are shown as "&lt;5".</summary>
    public const int DefaultMinimumCellSize = 5;

    /// <summary>Counts per area as of <see cref="ScreeningOptions.AsOf"/>.</summary>
    /// <param name="population">The population.</param>
    /// <param name="options">Screening options (the same factors and indicators as per-person screening).</param>
    /// <param name="areas">Area per person.</param>
    /// <param name="minimumCellSize">Suppression limit.</param>
    public static AggregateResult Run(
        PopulationColumns population, ScreeningOptions options, AreaColumn areas, int minimumCellSize = DefaultMinimumCellSize)
    {
        ArgumentNullException.ThrowIfNull(areas);
        var frame = new ScreeningFrame(population, options);
        if (areas.PersonCount != population.PersonCount)
        {
            throw new ArgumentException("The area column must cover every person.", nameof(areas));
        }

        var columns = ScreeningEngine.Evaluate(frame);
        var factorCount = frame.Factors.Length;
        var maxK = factorCount;
        var groups = areas.Names.Count + 1; // last group = unknown area
        var children = new int[groups];
        var withFactor = new int[groups * factorCount];
        var atLeast = new int[groups * maxK];
        for (var i = 0; i < columns.Children.Length; i++)
        {
            var code = areas.CodeOf(columns.Children[i]);
            var g = code < 0 ? groups - 1 : code;
            children[g]++;
            var mask = columns.Mask[i];
            for (var b = 0; b < factorCount; b++)
            {
                withFactor[(g * factorCount) + b] += (int)((mask >> b) & 1);
            }

            var score = BitOperations.PopCount(mask);
            for (var k = 1; k <= score; k++)
            {
                atLeast[(g * maxK) + k - 1]++;
            }
        }

        var keys = new string[factorCount];
        for (var b = 0; b < factorCount; b++)
        {
            keys[b] = frame.Factors[b].Key;
        }

        var order = Enumerable.Range(0, areas.Names.Count).OrderBy(g => areas.Names[g], StringComparer.Ordinal).ToList();
        var rows = new List<AreaAggregate>(groups);
        foreach (var g in order)
        {
            rows.Add(Row(areas.Names[g], g, children, withFactor, atLeast, factorCount, maxK, minimumCellSize));
        }

        if (children[groups - 1] > 0)
        {
            rows.Add(Row(AreaColumn.UnknownArea, groups - 1, children, withFactor, atLeast, factorCount, maxK, minimumCellSize));
        }

        var total = Total(children, withFactor, atLeast, factorCount, maxK, minimumCellSize);
        ProtectSmallCells(rows, AreaCounts(rows, children, withFactor, atLeast, order, factorCount, maxK), minimumCellSize);
        return new AggregateResult(options.AsOf, frame.ReferenceYear, keys, maxK, minimumCellSize, rows, total);
    }

    /// <summary>The true counts behind each row's cells (children, factors…, at least k…), in the rows' order.</summary>
    private static int[][] AreaCounts(List<AreaAggregate> rows, int[] children, int[] withFactor, int[] atLeast, List<int> order, int factorCount, int maxK)
    {
        List<int> groups = order.Count < rows.Count ? [.. order, children.Length - 1] : order;
        return [.. groups.Select(g => new[] { children[g] }
            .Concat(Enumerable.Range(0, factorCount).Select(b => withFactor[(g * factorCount) + b]))
            .Concat(Enumerable.Range(0, maxK).Select(j => atLeast[(g * maxK) + j])).ToArray())];
    }

    /// <summary>
    /// Complementary suppression (<see cref="SmallCells"/>): the total row is published, so each column is protected so
    /// that its withheld area cells cannot be worked out from the total.
    /// </summary>
    private static void ProtectSmallCells(List<AreaAggregate> rows, int[][] counts, int limit)
    {
        if (rows.Count == 0)
        {
            return;
        }
        var cells = rows.Select(r => new[] { r.Children }.Concat(r.WithFactor).Concat(r.AtLeast).ToArray()).ToArray();
        var withheld = cells.Select(row => row.Select(c => c.Suppressed).ToArray()).ToArray();
        SmallCells.Protect(counts, withheld, limit, rowTotalsPublished: false, columnTotalsPublished: true);
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < cells[r].Length; c++)
            {
                if (withheld[r][c] && !cells[r][c].Suppressed)
                {
                    cells[r][c] = cells[r][c].Hidden();
                }
            }
            var factors = rows[r].WithFactor.Count;
            rows[r] = rows[r] with
            {
                Children = cells[r][0],
                WithFactor = cells[r][1..(1 + factors)],
                AtLeast = cells[r][(1 + factors)..],
            };
        }
    }

    private static AreaAggregate Row(
        string name, int g, int[] children, int[] withFactor, int[] atLeast, int factorCount, int maxK, int limit)
    {
        var f = new CellCount[factorCount];
        for (var b = 0; b < factorCount; b++)
        {
            f[b] = CellCount.Of(withFactor[(g * factorCount) + b], limit);
        }

        var k = new CellCount[maxK];
        for (var j = 0; j < maxK; j++)
        {
            k[j] = CellCount.Of(atLeast[(g * maxK) + j], limit);
        }

        return new AreaAggregate(name, CellCount.Of(children[g], limit), f, k);
    }

    private static AreaAggregate Total(int[] children, int[] withFactor, int[] atLeast, int factorCount, int maxK, int limit)
    {
        var groups = children.Length;
        var c = new int[1];
        var f = new int[factorCount];
        var k = new int[maxK];
        for (var g = 0; g < groups; g++)
        {
            c[0] += children[g];
            for (var b = 0; b < factorCount; b++)
            {
                f[b] += withFactor[(g * factorCount) + b];
            }

            for (var j = 0; j < maxK; j++)
            {
                k[j] += atLeast[(g * maxK) + j];
            }
        }

        return Row("I alt", 0, c, f, k, factorCount, maxK, limit);
    }
}
