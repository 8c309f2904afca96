using Mestring.Registers;
using Mestring.Numerics;

namespace Mestring.Synthetic.Model;

/// <summary>
/// Education (ISCED), benefit and income careers. Young people's cash-benefit risk at 18–29 depends only on the
/// number of family risk factors present at 15 (see <see cref="RiskFactors"/>), which is what the calibration
/// gradient measures from the data.
/// </summary>
internal static class Careers
{
    /// <summary>Target share of person-years at 18–29 on kontanthjælp/uddannelseshjælp by number of factors 0–4.</summary>
    public static readonly double[] YouthCashBenefitShare = [0.022, 0.05, 0.09, 0.145, 0.24];

    /// <summary>Chance of staying on cash benefit from one year to the next (careers persist, but not for ever).</summary>
    private const double Persistence = 0.15;

    public static byte InitialIsced(SeededRandom rng, int age) => age switch
    {
        < 7 => 0,
        < 13 => 1,
        < 16 => 1,
        < 19 => 2,
        < 30 => Destiny(rng, 3, 0),
        < 60 => (byte)new byte[] { 2, 3, 4, 5, 6, 7, 8 }[rng.Pick([0.2, 0.38, 0.03, 0.07, 0.17, 0.13, 0.02])],
        _ => (byte)new byte[] { 1, 2, 3, 5, 6, 7 }[rng.Pick([0.05, 0.3, 0.4, 0.07, 0.12, 0.06])],
    };

    /// <summary>The education a young person will complete, from the parents' highest ISCED and the family factors.</summary>
    public static byte Destiny(SeededRandom rng, int parentsIsced, int factors)
    {
        ReadOnlySpan<double> weights = parentsIsced <= 2 ? [0.34, 0.46, 0.05, 0.12, 0.03, 0.0]
            : parentsIsced <= 4 ? [0.15, 0.45, 0.08, 0.20, 0.11, 0.01]
            : [0.06, 0.27, 0.08, 0.30, 0.26, 0.03];
        Span<double> w = stackalloc double[6];
        weights.CopyTo(w);
        w[0] *= 1 + 0.3 * factors;
        return (byte)new byte[] { 2, 3, 5, 6, 7, 8 }[rng.Pick(w)];
    }

    private static byte CompletedAt(int destined, int age) => destined switch
    {
        >= 8 when age >= 29 => 8,
        >= 7 when age >= 25 => 7,
        >= 6 when age >= 23 => 6,
        >= 5 when age >= 22 => 5,
        >= 3 when age >= 19 => 3,
        _ when age >= 16 => 2,
        _ when age >= 7 => 1,
        _ => 0,
    };

    public static void Update(World w)
    {
        var rng = w.CareerRng;
        var people = w.People;
        for (var p = 0; p < people.Count; p++)
        {
            if (!people.IsResident(p))
            {
                continue;
            }
            var age = people.Age(p, w.Year);
            people.Isced[p] = Math.Max(people.Isced[p], CompletedAt(people.DestinedIsced[p] == 0 && age >= 16 ? 2 : people.DestinedIsced[p], age));
            people.Benefit[p] = NextBenefit(w, rng, p, age);
            people.Income[p] = IncomeOf(rng, people, p, age);
        }
    }

    private static Benefit NextBenefit(World w, SeededRandom rng, int p, int age)
    {
        var people = w.People;
        var last = people.Benefit[p];
        var problems = people.Problems[p];
        if (age < 18)
        {
            return Benefit.None;
        }
        if (age >= 67)
        {
            return Benefit.Folkepension;
        }
        if (last == Benefit.Foertidspension)
        {
            return last;
        }
        var disabled = (problems & (Problem.Intellectual | Problem.Psychiatric | Problem.Physical)) != 0;
        var ftp = age < 30 ? ((problems & Problem.Intellectual) != 0 ? 0.08 : 0.002) : 0.003;
        var singleParent = IsSingleParent(people, p, w.Year);
        if (disabled) ftp *= 6;
        if (singleParent) ftp *= 1.5;
        if ((problems & Problem.Misuse) != 0) ftp *= 3;
        if (people.Isced[p] <= 2) ftp *= 2;
        if (rng.Chance(ftp))
        {
            return Benefit.Foertidspension;
        }
        var wasCash = last is Benefit.Kontanthjaelp or Benefit.Uddannelseshjaelp;
        double cash;
        if (age <= 29 && people.FactorCount[p] >= 0)
        {
            var share = YouthCashBenefitShare[people.FactorCount[p]];
            // A two-state chain whose stationary share is exactly the target, whatever the persistence.
            cash = wasCash && age > 18 ? Persistence : share * (1 - Persistence) / (1 - share);
            if (age == 18)
            {
                cash = share;
            }
        }
        else
        {
            var baseRate = people.Isced[p] <= 2 ? 0.07 : people.Isced[p] <= 4 ? 0.025 : 0.01;
            if ((problems & Problem.Misuse) != 0) baseRate *= 4;
            if ((problems & Problem.Homeless) != 0) baseRate *= 5;
            if ((problems & Problem.Psychiatric) != 0) baseRate *= 2.5;
            if (singleParent) baseRate *= 3;
            cash = wasCash ? 0.55 : Math.Min(0.6, baseRate * 0.6);
        }
        if (rng.Chance(cash))
        {
            return age < 30 && people.Isced[p] < 3 ? Benefit.Uddannelseshjaelp : Benefit.Kontanthjaelp;
        }
        var u = rng.NextDouble();
        return u switch
        {
            < 0.03 => Benefit.Dagpenge,
            < 0.055 => Benefit.Sygedagpenge,
            _ when u < 0.055 + (disabled ? 0.08 : 0.012) => Benefit.Fleksjob,
            _ when u < 0.07 + (disabled ? 0.09 : 0.004) && age >= 25 => Benefit.Ressourceforloeb,
            _ => Benefit.None,
        };
    }

    /// <summary>A parent without a partner living with own children under 18 (the group most exposed to cash benefit).</summary>
    private static bool IsSingleParent(Population people, int p, int year)
    {
        if (people.Partner[p] != Population.None || people.Household[p] == Population.None)
        {
            return false;
        }
        foreach (var m in people.Members[people.Household[p]])
        {
            if ((people.Mother[m] == p || people.Father[m] == p) && people.Age(m, year) < 18)
            {
                return true;
            }
        }
        return false;
    }

    private static int IncomeOf(SeededRandom rng, Population people, int p, int age)
    {
        if (age < 15)
        {
            return 0;
        }
        if (age < 18)
        {
            return rng.Chance(0.5) ? rng.Between(5_000, 40_000) : 0;
        }
        var noise = 1 + 0.08 * rng.IrwinHallNormal();
        double income = people.Benefit[p] switch
        {
            Benefit.Kontanthjaelp => 155_000,
            Benefit.Uddannelseshjaelp => 95_000,
            Benefit.Foertidspension => 225_000,
            Benefit.Dagpenge => 230_000,
            Benefit.Sygedagpenge => 240_000,
            Benefit.Fleksjob => 270_000,
            Benefit.Ressourceforloeb => 150_000,
            Benefit.Folkepension => 190_000 + 25_000 * Math.Max(0, people.Isced[p] - 2),
            Benefit.None => Earnings(people, p, age),
        };
        income *= noise;
        if (people.Benefit[p] == Benefit.None && age >= 25 && rng.Chance(0.004))
        {
            // Self-employed with a loss: personal income can be negative.
            income = -rng.Between(5_000, 250_000);
        }
        return (int)Math.Round(income / 100) * 100;
    }

    private static double Earnings(Population people, int p, int age)
    {
        double level = people.Isced[p] switch { <= 2 => 290_000, 3 => 370_000, 4 => 390_000, 5 => 430_000, 6 => 480_000, 7 => 620_000, _ => 680_000 };
        var career = age switch { < 20 => 0.35, < 25 => 0.55, < 30 => 0.8, < 55 => 1.0, _ => 0.95 };
        var ability = 1 + 0.25 * Math.Clamp(people.Ability[p], -2.5f, 3f);
        return level * career * Math.Max(0.3, ability);
    }
}
