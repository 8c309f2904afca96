using Mestring.Application.Steering;
using Mestring.Numerics;
using Mestring.Numerics.Disclosure;

namespace Mestring.Web.Tests.Steering;

/// <summary>
/// Small-cell suppression with complementary suppression: no withheld cell can be worked out from the published row and
/// column totals. "Worked out" is tested exactly: a withheld cell is recoverable when its unit vector lies in the row
/// space of the published totals' equations over the withheld cells (then a linear combination of totals gives it).
/// </summary>
public sealed class SmallCellsTests
{
    [Fact]
    public void A_single_small_cell_in_a_column_takes_the_smallest_other_cell_with_it()
    {
        int[][] counts = [[3, 40], [12, 50], [30, 60]];
        var mask = SmallCells.Suppress(counts, 5, rowTotalsPublished: false, columnTotalsPublished: true);
        Assert.True(mask[0][0]);
        Assert.True(mask[1][0]); // the smallest visible cell of the column, 12, protects the 3
        Assert.False(mask[2][0]);
        Assert.All(mask, row => Assert.False(row[1]));
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void No_withheld_cell_is_recoverable_from_the_totals_on_random_tables(bool rowTotals, bool columnTotals)
    {
        var random = new SeededRandom(14);
        var tables = 0;
        var withheldCells = 0;
        for (var t = 0; t < 400; t++)
        {
            var rows = 2 + random.NextIntModulo(6);
            var columns = 2 + random.NextIntModulo(6);
            var counts = Enumerable.Range(0, rows).Select(_ => Enumerable.Range(0, columns)
                .Select(_ => random.NextDouble() < 0.3 ? random.NextIntModulo(5) : random.NextIntModulo(80)).ToArray()).ToArray();
            var mask = SmallCells.Suppress(counts, 5, rowTotals, columnTotals);
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    if (counts[r][c] is > 0 and < 5)
                    {
                        Assert.True(mask[r][c], "a small cell is shown");
                    }
                }
            }
            AssertNotRecoverable(counts, mask, rowTotals, columnTotals);
            tables++;
            withheldCells += mask.Sum(row => row.Count(h => h));
        }
        Assert.Equal(400, tables);
        Assert.True(withheldCells > 400, "the random tables must exercise suppression");
    }

    [Fact]
    public void A_steering_table_withholds_the_amount_of_a_withheld_count_and_never_shows_a_small_count()
    {
        var columns = new SteeringColumn[] { new("citizens", SteeringValueKind.Count), new("spending", SteeringValueKind.Money, 0) };
        var table = SteeringTable.Build("t", SteeringKeyKind.Area, columns,
            [("A", [3m, 30_000m]), ("B", [40m, 400_000m]), ("C", [9m, 90_000m])], [52m, 520_000m], false, [0], null, null);
        Assert.Null(table.Rows[0].Values[0]);
        Assert.Null(table.Rows[0].Values[1]);
        Assert.True(table.Rows[2].Hidden[0]); // 9 withheld so that 3 = 52 − 40 − 9 cannot be worked out
        Assert.True(table.Rows[2].Hidden[1]);
        Assert.Equal(40m, table.Rows[1].Values[0]);
        Assert.Equal(52m, table.Total!.Values[0]);
    }

    private static void AssertNotRecoverable(int[][] counts, bool[][] mask, bool rowTotals, bool columnTotals)
    {
        var unknowns = new List<(int R, int C)>();
        for (var r = 0; r < counts.Length; r++)
        {
            for (var c = 0; c < counts[r].Length; c++)
            {
                if (mask[r][c])
                {
                    unknowns.Add((r, c));
                }
            }
        }
        if (unknowns.Count == 0)
        {
            return;
        }
        var equations = new List<double[]>();
        if (rowTotals)
        {
            equations.AddRange(Enumerable.Range(0, counts.Length).Select(r => unknowns.Select(u => u.R == r ? 1.0 : 0.0).ToArray()));
        }
        if (columnTotals)
        {
            equations.AddRange(Enumerable.Range(0, counts[0].Length).Select(c => unknowns.Select(u => u.C == c ? 1.0 : 0.0).ToArray()));
        }
        var rank = Rank(equations);
        for (var k = 0; k < unknowns.Count; k++)
        {
            var unit = new double[unknowns.Count];
            unit[k] = 1;
            Assert.True(Rank([.. equations, unit]) > rank, $"cell {unknowns[k]} (value {counts[unknowns[k].R][unknowns[k].C]}) can be worked out from the totals");
        }
        // And every published line with withheld cells hides at least the limit in total, so no interval is narrower than it.
        if (columnTotals)
        {
            for (var c = 0; c < counts[0].Length; c++)
            {
                var hidden = Enumerable.Range(0, counts.Length).Where(r => mask[r][c]).ToList();
                Assert.True(hidden.Count == 0 || (hidden.Count >= 2 && hidden.Sum(r => counts[r][c]) >= 5) || hidden.Count == counts.Length);
            }
        }
    }

    private static int Rank(List<double[]> rows)
    {
        var m = rows.Select(r => (double[])r.Clone()).ToList();
        var rank = 0;
        var columns = m.Count == 0 ? 0 : m[0].Length;
        for (var c = 0; c < columns && rank < m.Count; c++)
        {
            var pivot = Enumerable.Range(rank, m.Count - rank).FirstOrDefault(r => Math.Abs(m[r][c]) > 1e-9, -1);
            if (pivot < 0)
            {
                continue;
            }
            (m[rank], m[pivot]) = (m[pivot], m[rank]);
            for (var r = 0; r < m.Count; r++)
            {
                if (r != rank && Math.Abs(m[r][c]) > 1e-9)
                {
                    var f = m[r][c] / m[rank][c];
                    for (var j = 0; j < columns; j++)
                    {
                        m[r][j] -= f * m[rank][j];
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
