using Mestring.Registers;
using Mestring.Numerics;

namespace Mestring.Synthetic.Model;

/// <summary>The initial cross-section, births, deaths and immigrant households.</summary>
internal static class Demography
{
    /// <summary>Builds the population at 1 January of the first year, household by household.</summary>
    public static void CreateInitial(World w)
    {
        var rng = w.HouseholdRng;
        var people = w.People;
        while (people.Count < w.Options.Inhabitants)
        {
            var kind = rng.Pick([0.16, 0.13, 0.11, 0.15, 0.09, 0.26, 0.08, 0.02]);
            var area = Households.RandomArea(w, rng);
            var h = people.NewHousehold(area);
            var year = w.Options.FirstYear;
            switch (kind)
            {
                case 0: Adult(w, h, rng.Between(20, 34), RandomSex(rng)); break;
                case 1: Adult(w, h, rng.Between(35, 64), RandomSex(rng)); break;
                case 2: Adult(w, h, rng.Between(65, 96), rng.Chance(0.62) ? Sex.F : Sex.M); break;
                case 3: Couple(w, h, rng.Between(22, 64)); break;
                case 4: Couple(w, h, rng.Between(65, 90)); break;
                case 5: Family(w, h, year, withFather: true); break;
                case 6: Family(w, h, year, withFather: false); break;
                default: FatherFamily(w, h, year); break;
            }
        }
    }

    private static Sex RandomSex(SeededRandom rng) => rng.Chance(0.5) ? Sex.F : Sex.M;

    private static int Adult(World w, int h, int age, Sex sex, int referenceYear = 0)
    {
        var rng = w.HouseholdRng;
        var people = w.People;
        var p = people.Add(BirthDayForAge(w, rng, age, referenceYear), sex, Population.None, Population.None, (float)rng.IrwinHallNormal(), Frailty(rng));
        people.Isced[p] = Careers.InitialIsced(rng, age);
        people.DestinedIsced[p] = people.Isced[p];
        SocialProblems.Initial(w, p, age);
        people.MoveTo(p, h);
        return p;
    }

    private static (int Woman, int Man) Couple(World w, int h, int womanAge, int referenceYear = 0)
    {
        var woman = Adult(w, h, womanAge, Sex.F, referenceYear);
        var man = Adult(w, h, Math.Max(18, womanAge + w.HouseholdRng.Between(-2, 6)), Sex.M, referenceYear);
        w.People.Partner[woman] = man;
        w.People.Partner[man] = woman;
        return (woman, man);
    }

    private static void Family(World w, int h, int year, bool withFather)
    {
        var rng = w.HouseholdRng;
        var motherAge = rng.Between(24, 56);
        int mother, father = Population.None;
        if (withFather)
        {
            (mother, father) = Couple(w, h, motherAge);
        }
        else
        {
            mother = Adult(w, h, motherAge, Sex.F);
        }
        Children(w, h, year, mother, father, motherAge);
    }

    private static void FatherFamily(World w, int h, int year)
    {
        var rng = w.HouseholdRng;
        var age = rng.Between(28, 56);
        var father = Adult(w, h, age, Sex.M);
        Children(w, h, year, Population.None, father, age - 2);
    }

    private static void Children(World w, int h, int year, int mother, int father, int motherAge)
    {
        var rng = w.HouseholdRng;
        var n = 1 + rng.Pick([0.38, 0.44, 0.18]);
        for (var i = 0; i < n; i++)
        {
            var age = motherAge - rng.Between(21, 41);
            if (age < 0 || age > 21)
            {
                continue;
            }
            var c = Child(w, BirthDayForAge(w, rng, age), mother, father);
            if (age >= 16)
            {
                w.People.Isced[c] = 2;
            }
            SocialProblems.Initial(w, c, age);
            w.People.MoveTo(c, h);
        }
        _ = year;
    }

    private static int Child(World w, int birthDay, int mother, int father)
    {
        var rng = w.HouseholdRng;
        var people = w.People;
        var parentAbility = 0.0;
        var parentFrailty = 0.0;
        var n = 0;
        foreach (var parent in (ReadOnlySpan<int>)[mother, father])
        {
            if (parent != Population.None)
            {
                parentAbility += people.Ability[parent];
                parentFrailty += people.Frailty[parent];
                n++;
            }
        }
        var ability = (n > 0 ? 0.5 * parentAbility / n : 0) + 0.85 * rng.IrwinHallNormal();
        var frailty = 0.5 * (n > 0 ? parentFrailty / n : 0.2) + 0.5 * Frailty(rng);
        return people.Add(birthDay, RandomSex(rng), mother, father, (float)ability, (float)frailty);
    }

    /// <summary>A latent vulnerability in [0, 1), skewed to low values.</summary>
    private static float Frailty(SeededRandom rng)
    {
        var u = rng.NextDouble();
        return (float)(u * u);
    }

    /// <summary>A birth day such that the person is <paramref name="age"/> in the first year (age = year − birth year).</summary>
    private static int BirthDayForAge(World w, SeededRandom rng, int age, int referenceYear = 0) =>
        w.RandomDayIn(rng, (referenceYear == 0 ? w.Options.FirstYear : referenceYear) - age);

    public static void Births(World w)
    {
        var rng = w.HouseholdRng;
        var people = w.People;
        var count = people.Count;
        for (var p = 0; p < count; p++)
        {
            if (people.Sex[p] != Sex.F || !people.IsResident(p) || people.DeathDay[p] != Population.None)
            {
                continue;
            }
            var age = people.Age(p, w.Year);
            var rate = age switch { < 18 => 0, < 25 => 0.03, < 30 => 0.11, < 35 => 0.13, < 40 => 0.065, <= 45 => 0.012, _ => 0 };
            var partner = people.Partner[p];
            if (partner == Population.None)
            {
                rate *= 0.3;
            }
            if (rate <= 0 || !rng.Chance(rate))
            {
                continue;
            }
            var day = w.RandomDayIn(rng, w.Year);
            var c = Child(w, day, p, partner);
            people.MoveTo(c, people.Household[p]);
            if (rng.Chance(0.008))
            {
                people.Problems[c] |= Problem.Intellectual;
            }
        }
    }

    public static void Deaths(World w)
    {
        var rng = w.HouseholdRng;
        var people = w.People;
        for (var p = 0; p < people.Count; p++)
        {
            if (!people.IsResident(p) || people.DeathDay[p] != Population.None)
            {
                continue;
            }
            var age = people.Age(p, w.Year);
            var q = age == 0 ? 0.003 : Math.Min(0.45, 0.00005 * DeterministicMath.ExpTaylor12(0.09 * age));
            var problems = people.Problems[p];
            if ((problems & Problem.Drugs) != 0) q *= 4;
            if ((problems & Problem.Alcohol) != 0) q *= 2.5;
            if ((problems & Problem.Homeless) != 0) q *= 3;
            if ((problems & Problem.Intellectual) != 0) q *= 2;
            if ((problems & Problem.Physical) != 0) q *= 1.5;
            if (!rng.Chance(Math.Min(q, 0.6)))
            {
                continue;
            }
            var day = w.RandomDayIn(rng, w.Year);
            if (day < people.BirthDay[p])
            {
                day = people.BirthDay[p];
            }
            Die(w, p, day);
        }
    }

    private static void Die(World w, int p, int day)
    {
        var people = w.People;
        people.DeathDay[p] = day;
        if (people.Partner[p] != Population.None)
        {
            people.Partner[people.Partner[p]] = Population.None;
        }
        people.MoveTo(p, Population.None);
        Interventions.EndAtDeath(w, p, day);
    }

    /// <summary>Adds one immigrant household arriving during the year; returns its size.</summary>
    public static int Immigrate(World w)
    {
        var rng = w.HouseholdRng;
        var people = w.People;
        var area = Households.RandomArea(w, rng);
        var h = people.NewHousehold(area);
        var arrival = w.Year + 1; // ages below are at the next 1 January
        var first = people.Count;
        if (rng.Chance(0.55))
        {
            Adult(w, h, rng.Between(19, 38), RandomSex(rng), arrival);
        }
        else
        {
            var motherAge = rng.Between(25, 44);
            var (mother, father) = Couple(w, h, motherAge, arrival);
            var kids = rng.Between(0, 2);
            for (var i = 0; i < kids; i++)
            {
                var age = Math.Max(1, motherAge - rng.Between(22, 38));
                var c = Child(w, BirthDayForAge(w, rng, age, arrival), mother, father);
                SocialProblems.Initial(w, c, age);
                people.MoveTo(c, h);
            }
        }
        // Nobody arrives before they are born: clamp birth days to the arrival year for the youngest.
        var lastDay = w.YearStartDay(w.Year + 1) - 1;
        for (var p = first; p < people.Count; p++)
        {
            if (people.BirthDay[p] > lastDay)
            {
                people.BirthDay[p] = lastDay - rng.NextIntModulo(300);
            }
        }
        return people.Count - first;
    }
}
