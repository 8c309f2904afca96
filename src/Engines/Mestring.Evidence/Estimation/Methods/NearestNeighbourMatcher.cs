namespace Mestring.Evidence.Estimation.Methods;

/// <summary>Matches of each focal unit: <see cref="Slots"/>[f·k + r] is the r-th match of focal f, or −1.</summary>
/// <param name="Focal">Focal row indices in the order given.</param>
/// <param name="Slots">Flattened match table, k per focal unit.</param>
/// <param name="K">Matches per focal unit (ratio).</param>
internal sealed record MatchTable(int[] Focal, int[] Slots, int K)
{
    public int CountFor(int f)
    {
        int c = 0;
        for (int r = 0; r < K; r++)
        {
            c += Slots[f * K + r] >= 0 ? 1 : 0;
        }

        return c;
    }
}

/// <summary>
/// Greedy 1:k nearest-neighbour matching on a scalar distance (the PS logit). The pool is sorted once; a focal unit
/// finds its position by binary search. Without replacement, used pool units are skipped through two union-find
/// "next available" arrays (left and right), so each query is near O(log n) and the whole match O(n log n) instead of
/// MatchIt's O(n₁·n₀) scan. With replacement, a two-pointer walk outward from the position collects the k nearest.
/// </summary>
internal static class NearestNeighbourMatcher
{
    public static MatchTable Match(double[] distance, int[] focal, int[] pool, int k, bool replace, double caliper, MatchOrder order)
    {
        int m = pool.Length;
        var keys = new double[m];
        var sorted = (int[])pool.Clone();
        for (int i = 0; i < m; i++)
        {
            keys[i] = distance[sorted[i]];
        }

        SortStable(keys, sorted);
        var runStart = RunStarts(keys);
        var slots = new int[focal.Length * k];
        Array.Fill(slots, -1);
        var sequence = Order(distance, focal, order);
        if (replace)
        {
            foreach (int f in sequence)
            {
                WithReplacement(distance[focal[f]], keys, sorted, runStart, k, caliper, slots.AsSpan(f * k, k));
            }
        }
        else
        {
            WithoutReplacement(distance, focal, keys, sorted, runStart, k, caliper, sequence, slots);
        }

        return new MatchTable(focal, slots, k);
    }

    private static int[] Order(double[] distance, int[] focal, MatchOrder order)
    {
        var sequence = new int[focal.Length];
        for (int i = 0; i < sequence.Length; i++)
        {
            sequence[i] = i;
        }

        if (order == MatchOrder.Data)
        {
            return sequence;
        }

        var keys = new double[focal.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = order == MatchOrder.Largest ? -distance[focal[i]] : distance[focal[i]];
        }

        SortStable(keys, sequence);
        return sequence;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void WithReplacement(double v, double[] keys, int[] sorted, int[] runStart, int k, double caliper, Span<int> output)
    {
        // Ties (identical scores, common with discrete covariates) go to the lowest row index, as MatchIt does:
        // the left side is therefore consumed from the start of its run of equal keys.
        int right = LowerBound(keys, v), left = right - 1;
        int leftNext = left >= 0 ? runStart[left] : -1;
        for (int r = 0; r < k; r++)
        {
            double dl = left >= 0 ? v - keys[left] : double.PositiveInfinity;
            double dr = right < keys.Length ? keys[right] - v : double.PositiveInfinity;
            bool takeLeft = dl <= dr;
            double d = takeLeft ? dl : dr;
            if (double.IsPositiveInfinity(d) || !(d <= caliper))
            {
                return;
            }

            if (!takeLeft)
            {
                output[r] = sorted[right++];
                continue;
            }

            output[r] = sorted[leftNext++];
            if (leftNext > left)
            {
                left = runStart[left] - 1;
                leftNext = left >= 0 ? runStart[left] : -1;
            }
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void WithoutReplacement(double[] distance, int[] focal, double[] keys, int[] sorted, int[] runStart, int k, double caliper, int[] sequence, int[] slots)
    {
        int m = keys.Length;

        // nextRight[j]: smallest available index ≥ j (m = none); nextLeft[j+1]: largest available ≤ j (0 = none, shifted by one).
        var nextRight = new int[m + 1];
        var nextLeft = new int[m + 1];
        for (int j = 0; j <= m; j++)
        {
            nextRight[j] = j;
            nextLeft[j] = j;
        }

        var active = new bool[focal.Length];
        Array.Fill(active, true);
        for (int round = 0; round < k; round++)
        {
            foreach (int f in sequence)
            {
                if (!active[f])
                {
                    continue;
                }

                double v = distance[focal[f]];
                int pos = LowerBound(keys, v);
                int right = Find(nextRight, pos);
                int left = Find(nextLeft, pos) - 1;
                double dl = left >= 0 ? v - keys[left] : double.PositiveInfinity;
                double dr = right < m ? keys[right] - v : double.PositiveInfinity;
                bool takeLeft = dl <= dr;
                double d = takeLeft ? dl : dr;
                if (double.IsPositiveInfinity(d) || !(d <= caliper))
                {
                    active[f] = false; // As MatchIt: a unit that cannot get its r-th match gets no further ones.
                    continue;
                }

                // On the left, prefer the lowest available row of the run of equal keys (MatchIt's tie order).
                int chosen = takeLeft ? Find(nextRight, runStart[left]) : right;
                slots[f * k + round] = sorted[chosen];
                nextRight[chosen] = chosen + 1;
                nextLeft[chosen + 1] = chosen;
            }
        }
    }

    /// <summary>Sorts by key and, within equal keys, by the original position (Array.Sort alone is not stable).</summary>
    private static void SortStable(double[] keys, int[] items)
    {
        var position = new int[items.Length];
        for (int i = 0; i < position.Length; i++)
        {
            position[i] = i;
        }

        Array.Sort(keys, position);
        var original = (int[])items.Clone();
        for (int start = 0; start < keys.Length;)
        {
            int end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(position, start, end - start);
            }

            start = end;
        }

        for (int i = 0; i < items.Length; i++)
        {
            items[i] = original[position[i]];
        }
    }

    private static int[] RunStarts(double[] keys)
    {
        var start = new int[keys.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            start[i] = i > 0 && keys[i] == keys[i - 1] ? start[i - 1] : i;
        }

        return start;
    }

    /// <summary>Union-find root with path halving.</summary>
    private static int Find(int[] parent, int j)
    {
        while (parent[j] != j)
        {
            parent[j] = parent[parent[j]];
            j = parent[j];
        }

        return j;
    }

    /// <summary>The first index whose key is not below <paramref name="v"/> (keys sorted ascending).</summary>
    internal static int LowerBound(double[] keys, double v)
    {
        int lo = 0, hi = keys.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] < v)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
