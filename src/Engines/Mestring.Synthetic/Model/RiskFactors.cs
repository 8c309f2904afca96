using Mestring.Registers;

namespace Mestring.Synthetic.Model;

/// <summary>
/// The four family factors of statistics.md, assessed in the year a child turns 15 from exactly what is written to
/// the data that year (household at 1 January, parents' benefits and ISCED, household income rank), so that the
/// calibration, which recomputes them from the files, sees the same factors:
/// 1) a parent on kontanthjælp or førtidspension; 2) not living with both mother and father at 1 January;
/// 3) neither parent above ISCED 2; 4) household income (sum over members aged 18+) in the lowest 20 % of that
/// year's 15-year-olds.
/// </summary>
internal static class RiskFactors
{
    public static void Assess(World w)
    {
        var people = w.People;
        var youths = new List<(int Person, long Income)>();
        for (var p = 0; p < people.Count; p++)
        {
            if (people.IsResident(p) && people.Age(p, w.Year) == 15 && HasKnownParent(people, p))
            {
                youths.Add((p, HouseholdIncome(w, p)));
            }
        }
        var low = LowestQuintile(youths, people);
        foreach (var (p, _) in youths)
        {
            var m = people.Mother[p];
            var f = people.Father[p];
            var parentOnBenefit = IsOnPassiveBenefit(people, m) || IsOnPassiveBenefit(people, f);
            var withBoth = m != Population.None && f != Population.None && people.Household[m] == people.Household[p]
                && people.Household[f] == people.Household[p];
            var parentsIsced = Math.Max(ParentIsced(people, m), ParentIsced(people, f));
            var factors = (parentOnBenefit ? 1 : 0) + (withBoth ? 0 : 1) + (parentsIsced <= 2 ? 1 : 0) + (low.Contains(p) ? 1 : 0);
            people.FactorCount[p] = (sbyte)factors;
            people.DestinedIsced[p] = Careers.Destiny(w.CareerRng, parentsIsced, factors);
            // The factors also raise the latent vulnerability that drives later social problems.
            people.Frailty[p] = Math.Min(0.999f, people.Frailty[p] * (1 + 0.25f * factors));
        }
    }

    /// <summary>A parent counts only when resident at 1 January of the year (otherwise the data has no row for them).</summary>
    private static bool HasKnownParent(Population people, int p) =>
        (people.Mother[p] != Population.None && people.IsResident(people.Mother[p]))
        || (people.Father[p] != Population.None && people.IsResident(people.Father[p]));

    private static bool IsOnPassiveBenefit(Population people, int parent) =>
        parent != Population.None && people.IsResident(parent) && people.Benefit[parent] is Benefit.Kontanthjaelp or Benefit.Foertidspension;

    private static int ParentIsced(Population people, int parent) =>
        parent != Population.None && people.IsResident(parent) ? people.Isced[parent] : -1;

    private static long HouseholdIncome(World w, int p)
    {
        var people = w.People;
        long sum = 0;
        foreach (var m in people.Members[people.Household[p]])
        {
            if (people.Age(m, w.Year) >= 18)
            {
                sum += people.Income[m];
            }
        }
        return sum;
    }

    /// <summary>The lowest 20 % by (income, person id) — a rank rule, so that the share is exact and ties are broken reproducibly.</summary>
    private static HashSet<int> LowestQuintile(List<(int Person, long Income)> youths, Population people)
    {
        _ = people;
        var sorted = youths.OrderBy(y => y.Income).ThenBy(y => y.Person).ToList();
        return sorted.Take(sorted.Count / 5).Select(y => y.Person).ToHashSet();
    }
}
