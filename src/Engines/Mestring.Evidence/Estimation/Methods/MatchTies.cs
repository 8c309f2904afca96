namespace Mestring.Evidence.Estimation.Methods;

/// <summary>
/// Ties in matching with replacement: pool units exactly as far from a focal unit as its farthest match. Abadie &amp;
/// Imbens (2006) and R's Matching (ties = TRUE) use them all, each with an equal share, rather than the lowest row
/// index: with discrete covariates many controls share a score, and picking one of them throws information away and
/// lets row order decide.
/// </summary>
internal static class MatchTies
{
    /// <summary>For every focal unit with all <see cref="MatchTable.K"/> matches, the tied pool units not already matched.</summary>
    public static int[][] Extra(double[] distance, MatchTable table, int[] pool)
    {
        var keys = new double[pool.Length];
        var sorted = (int[])pool.Clone();
        for (int i = 0; i < pool.Length; i++)
        {
            keys[i] = distance[sorted[i]];
        }

        Array.Sort(keys, sorted);
        var extra = new int[table.Focal.Length][];
        var found = new List<int>();
        for (int f = 0; f < table.Focal.Length; f++)
        {
            extra[f] = [];
            if (table.CountFor(f) < table.K)
            {
                continue; // the caliper ran out: every unit inside it is already a match
            }

            double v = distance[table.Focal[f]], dk = 0;
            var slots = table.Slots.AsSpan(f * table.K, table.K);
            foreach (int j in slots)
            {
                dk = Math.Max(dk, distance[j] >= v ? distance[j] - v : v - distance[j]);
            }

            found.Clear();
            int p = NearestNeighbourMatcher.LowerBound(keys, v);
            for (int i = p - 1; i >= 0 && v - keys[i] <= dk; i--)
            {
                if (v - keys[i] == dk && !slots.Contains(sorted[i]))
                {
                    found.Add(sorted[i]);
                }
            }

            for (int i = p; i < keys.Length && keys[i] - v <= dk; i++)
            {
                if (keys[i] - v == dk && !slots.Contains(sorted[i]))
                {
                    found.Add(sorted[i]);
                }
            }

            if (found.Count > 0)
            {
                found.Sort();
                extra[f] = [.. found];
            }
        }

        return extra;
    }
}
