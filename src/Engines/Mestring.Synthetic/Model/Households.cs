using Mestring.Registers;
using Mestring.Numerics;

namespace Mestring.Synthetic.Model;

/// <summary>
/// Households that form, split and move: young people leave home, singles pair up, couples split (more often under
/// economic strain), households change area, and migration keeps the population at the requested size.
/// </summary>
internal static class Households
{
    public static int RandomArea(World w, SeededRandom rng) => rng.NextIntModulo(w.Areas);

    public static void LeaveHome(World w)
    {
        var rng = w.HouseholdRng;
        var people = w.People;
        for (var p = 0; p < people.Count; p++)
        {
            if (!people.IsResident(p) || people.Partner[p] != Population.None)
            {
                continue;
            }
            var age = people.Age(p, w.Year);
            if (age < 18 || age > 32 || !LivesWithParent(people, p))
            {
                continue;
            }
            var chance = age switch { 18 => 0.12, 19 => 0.25, < 25 => 0.3, _ => 0.4 };
            if (rng.Chance(chance))
            {
                var area = rng.Chance(0.6) ? people.HouseholdArea[people.Household[p]] : RandomArea(w, rng);
                people.MoveTo(p, people.NewHousehold(area));
            }
        }
    }

    private static bool LivesWithParent(Population people, int p)
    {
        var h = people.Household[p];
        var m = people.Mother[p];
        var f = people.Father[p];
        return (m != Population.None && people.Household[m] == h) || (f != Population.None && people.Household[f] == h);
    }

    public static void FormCouples(World w)
    {
        var rng = w.HouseholdRng;
        var people = w.People;
        var women = new List<int>();
        var men = new List<int>();
        for (var p = 0; p < people.Count; p++)
        {
            if (!people.IsResident(p) || people.Partner[p] != Population.None)
            {
                continue;
            }
            var age = people.Age(p, w.Year);
            if (age is < 20 or > 60 || LivesWithParent(people, p))
            {
                continue;
            }
            (people.Sex[p] == Sex.F ? women : men).Add(p);
        }
        if (men.Count == 0)
        {
            return;
        }
        foreach (var woman in women)
        {
            var age = people.Age(woman, w.Year);
            if (!rng.Chance(age < 40 ? 0.16 : 0.06))
            {
                continue;
            }
            for (var attempt = 0; attempt < 25; attempt++)
            {
                var man = men[rng.NextIntModulo(men.Count)];
                if (people.Partner[man] != Population.None || Math.Abs(people.Age(man, w.Year) - age - 2) > 6)
                {
                    continue;
                }
                Join(people, woman, man);
                break;
            }
        }
    }

    private static void Join(Population people, int woman, int man)
    {
        people.Partner[woman] = man;
        people.Partner[man] = woman;
        var from = people.Household[man];
        var to = people.Household[woman];
        // The man moves in with the woman and takes his own under-age children along.
        var children = people.Members[from].Where(c => c != man && people.Father[c] == man && people.Mother[c] != woman).ToList();
        people.MoveTo(man, to);
        foreach (var c in children)
        {
            people.MoveTo(c, to);
        }
    }

    public static void Split(World w)
    {
        var rng = w.HouseholdRng;
        var people = w.People;
        for (var woman = 0; woman < people.Count; woman++)
        {
            var man = people.Partner[woman];
            if (man == Population.None || people.Sex[woman] != Sex.F || !people.IsResident(woman) || !people.IsResident(man))
            {
                continue;
            }
            var chance = 0.03;
            if (IsStrained(people, woman) || IsStrained(people, man))
            {
                chance *= 2.5;
            }
            if ((people.Problems[woman] | people.Problems[man]).HasFlag(Problem.Alcohol) || (people.Problems[woman] | people.Problems[man]).HasFlag(Problem.Drugs))
            {
                chance *= 2.0;
            }
            if (people.Isced[woman] <= 2 && people.Isced[man] <= 2)
            {
                chance *= 2.0;
            }
            if (!rng.Chance(chance))
            {
                continue;
            }
            people.Partner[woman] = Population.None;
            people.Partner[man] = Population.None;
            var old = people.Household[woman];
            var area = rng.Chance(0.5) ? people.HouseholdArea[old] : RandomArea(w, rng);
            var fresh = people.NewHousehold(area);
            var childrenGoWithFather = rng.Chance(0.1);
            var moving = people.Members[old].Where(c => c != man && c != woman && people.Father[c] == man
                && (childrenGoWithFather || people.Mother[c] != woman) && people.Age(c, w.Year) < 18).ToList();
            people.MoveTo(man, fresh);
            foreach (var c in moving)
            {
                people.MoveTo(c, fresh);
            }
        }
    }

    private static bool IsStrained(Population people, int p) =>
        people.Benefit[p] is Benefit.Kontanthjaelp or Benefit.Foertidspension or Benefit.Uddannelseshjaelp;

    public static void Move(World w)
    {
        var rng = w.HouseholdRng;
        var people = w.People;
        for (var h = 0; h < people.Members.Count; h++)
        {
            if (people.Members[h].Count > 0 && rng.Chance(0.05))
            {
                people.HouseholdArea[h] = RandomArea(w, rng);
            }
        }
    }

    /// <summary>Keeps the number of residents at the next 1 January at the requested size.</summary>
    public static void Migrate(World w)
    {
        var rng = w.HouseholdRng;
        var people = w.People;
        var resident = 0;
        for (var p = 0; p < people.Count; p++)
        {
            if (people.IsResident(p))
            {
                resident++;
            }
        }
        var target = w.Options.Inhabitants;
        // Ordinary emigration, then top up or trim towards the target.
        var budget = resident - target + (int)(0.006 * target);
        for (var h = 0; h < people.Members.Count && budget > 0; h++)
        {
            var members = people.Members[h];
            if (members.Count == 0 || !rng.Chance(0.03) || members.Any(w.HasActiveService))
            {
                continue;
            }
            var day = w.RandomDayIn(rng, w.Year);
            foreach (var m in members.ToList())
            {
                people.LeaveDay[m] = day;
                people.MoveTo(m, Population.None);
                budget--;
                resident--;
            }
        }
        while (resident < target)
        {
            resident += Demography.Immigrate(w);
        }
    }
}
