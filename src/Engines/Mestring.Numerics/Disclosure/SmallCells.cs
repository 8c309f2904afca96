namespace Mestring.Numerics.Disclosure;

/// <summary>
/// Small-cell suppression with complementary suppression for a published table of counts. A count below the limit
/// (and above zero, unless zeros are withheld too) is withheld; where a total is published, a line (row or
/// column) whose withheld cells are a single cell or sum to less than the limit would let a reader work them out
/// (total minus the visible cells), so the smallest visible cells of that line are withheld too, until at least two are
/// withheld and they sum to the limit or more. Repeats until no line changes, because withholding a cell for its column
/// can expose its row.
/// </summary>
public static class SmallCells
{
    /// <summary>The usual limit: counts below 5 are not shown.</summary>
    public const int DefaultLimit = 5;

    /// <summary>Which cells to withhold: <c>true</c> = withheld (small itself or to protect another).</summary>
    /// <param name="counts">counts[row][column], all rows the same length, no negatives.</param>
    /// <param name="limit">The suppression limit.</param>
    /// <param name="rowTotalsPublished">Whether each row's total is published (protect along rows).</param>
    /// <param name="columnTotalsPublished">Whether each column's total is published (protect along columns).</param>
    /// <param name="zeroIsSmall">Whether a zero is withheld as well (a zero tells that nobody is in the cell).</param>
    public static bool[][] Suppress(IReadOnlyList<IReadOnlyList<int>> counts, int limit, bool rowTotalsPublished, bool columnTotalsPublished, bool zeroIsSmall = false)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var rows = counts.Count;
        var columns = rows == 0 ? 0 : counts[0].Count;
        var withheld = new bool[rows][];
        for (var r = 0; r < rows; r++)
        {
            if (counts[r].Count != columns)
            {
                throw new ArgumentException("Every row must have the same number of columns.", nameof(counts));
            }
            withheld[r] = new bool[columns];
            for (var c = 0; c < columns; c++)
            {
                var n = counts[r][c];
                ArgumentOutOfRangeException.ThrowIfNegative(n, nameof(counts));
                withheld[r][c] = n < limit && (n > 0 || zeroIsSmall);
            }
        }
        Protect(counts, withheld, limit, rowTotalsPublished, columnTotalsPublished);
        return withheld;
    }

    /// <summary>Adds complementary suppression to an existing mask (cells already withheld stay withheld).</summary>
    public static void Protect(IReadOnlyList<IReadOnlyList<int>> counts, bool[][] withheld, int limit, bool rowTotalsPublished, bool columnTotalsPublished)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(withheld);
        var rows = counts.Count;
        var columns = rows == 0 ? 0 : counts[0].Count;
        ProtectLines(counts, withheld, limit, rowTotalsPublished, columnTotalsPublished, rows, columns);
        if (!rowTotalsPublished || !columnTotalsPublished)
        {
            return;
        }
        // With both totals published, a withheld cell that no cycle of withheld cells passes through (a bridge between
        // its row and its column) is still determined by the totals. Withhold the smallest visible cell of its row (or
        // column) and protect the lines again, until no such cell is left.
        while (Bridge(withheld, rows, columns) is var (br, bc) && br >= 0)
        {
            var candidates = Enumerable.Range(0, columns).Where(c => !withheld[br][c]).Select(c => (R: br, C: c))
                .Concat(Enumerable.Range(0, rows).Where(r => !withheld[r][bc]).Select(r => (R: r, C: bc))).ToList();
            if (candidates.Count == 0)
            {
                break;
            }
            var pick = candidates.OrderBy(x => counts[x.R][x.C]).ThenBy(x => x.R).ThenBy(x => x.C).First();
            withheld[pick.R][pick.C] = true;
            ProtectLines(counts, withheld, limit, rowTotalsPublished, columnTotalsPublished, rows, columns);
        }
    }

    private static void ProtectLines(IReadOnlyList<IReadOnlyList<int>> counts, bool[][] withheld, int limit, bool rowTotalsPublished, bool columnTotalsPublished, int rows, int columns)
    {
        bool changed;
        do
        {
            changed = false;
            if (columnTotalsPublished)
            {
                for (var c = 0; c < columns; c++)
                {
                    var col = c;
                    changed |= ProtectLine(rows, r => counts[r][col], r => withheld[r][col], r => withheld[r][col] = true, limit);
                }
            }
            if (rowTotalsPublished)
            {
                for (var r = 0; r < rows; r++)
                {
                    var row = r;
                    changed |= ProtectLine(columns, c => counts[row][c], c => withheld[row][c], c => withheld[row][c] = true, limit);
                }
            }
        }
        while (changed);
    }

    // The first withheld cell whose row and column are connected only through it (rows and columns as the nodes of a
    // graph, withheld cells as its edges), or (-1, -1).
    private static (int Row, int Column) Bridge(bool[][] withheld, int rows, int columns)
    {
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (withheld[r][c] && !Connected(withheld, rows, columns, r, c))
                {
                    return (r, c);
                }
            }
        }
        return (-1, -1);
    }

    // Whether row r reaches column c through withheld cells other than (r, c).
    private static bool Connected(bool[][] withheld, int rows, int columns, int r0, int c0)
    {
        var seen = new bool[rows + columns];
        var queue = new Queue<int>();
        queue.Enqueue(r0);
        seen[r0] = true;
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            if (node == rows + c0)
            {
                return true;
            }
            if (node < rows)
            {
                for (var c = 0; c < columns; c++)
                {
                    if (withheld[node][c] && !(node == r0 && c == c0) && !seen[rows + c])
                    {
                        seen[rows + c] = true;
                        queue.Enqueue(rows + c);
                    }
                }
            }
            else
            {
                var c = node - rows;
                for (var r = 0; r < rows; r++)
                {
                    if (withheld[r][c] && !(r == r0 && c == c0) && !seen[r])
                    {
                        seen[r] = true;
                        queue.Enqueue(r);
                    }
                }
            }
        }
        return false;
    }

    // One line (a column or a row) under a published total: withhold its smallest visible cells until the withheld
    // cells are at least two and sum to the limit or more (or nothing is left to withhold).
    private static bool ProtectLine(int length, Func<int, int> count, Func<int, bool> isWithheld, Action<int> withhold, int limit)
    {
        var hidden = 0;
        var sum = 0;
        for (var i = 0; i < length; i++)
        {
            if (isWithheld(i))
            {
                hidden++;
                sum += count(i);
            }
        }
        if (hidden == 0 || (hidden >= 2 && sum >= limit))
        {
            return false;
        }
        var changed = false;
        foreach (var i in Enumerable.Range(0, length).Where(i => !isWithheld(i)).OrderBy(count).ThenBy(i => i).ToList())
        {
            if (hidden >= 2 && sum >= limit)
            {
                break;
            }
            withhold(i);
            hidden++;
            sum += count(i);
            changed = true;
        }
        return changed;
    }
}
