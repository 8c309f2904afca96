using Mestring.Registers;
using Mestring.Numerics;

namespace Mestring.Synthetic.Model;

/// <summary>
/// Onset and course of social problems and disabilities (FFB målgrupper). Onset risk rises with the latent
/// vulnerability (itself raised by the family factors at 15), low education and cash benefit; most social problems
/// can remit, disabilities do not.
/// </summary>
internal static class SocialProblems
{
    public static void Initial(World w, int p, int age)
    {
        var rng = w.ProblemRng;
        var people = w.People;
        var f = people.Frailty[p];
        var set = Problem.None;
        if (rng.Chance(0.008 + 0.006 * f)) set |= Problem.Intellectual;
        if (age >= 16 && rng.Chance(0.045 * (0.4 + 1.6 * f))) set |= Problem.Psychiatric;
        if (age >= 30 && rng.Chance(0.0004 * age)) set |= Problem.Physical;
        if (age is >= 18 and < 65)
        {
            if (rng.Chance(0.012 * (0.3 + 2.5 * f))) set |= Problem.Drugs;
            if (rng.Chance(0.02 * (0.4 + 2 * f))) set |= Problem.Alcohol;
            if ((set & (Problem.Misuse | Problem.Psychiatric)) != 0 && rng.Chance(0.06)) set |= Problem.Homeless;
            if (people.Sex[p] == Sex.M && age < 45 && rng.Chance(0.012 * (0.3 + 2.5 * f))) set |= Problem.Crime;
            if (rng.Chance(0.02 * (0.4 + 1.5 * f))) set |= Problem.Isolation;
        }
        if (age < 18)
        {
            if (rng.Chance(0.07 * (0.2 + 2.8 * f))) set |= Problem.Neglect;
            if (age >= 6 && rng.Chance(0.055 * (0.3 + 2.2 * f))) set |= Problem.Acting;
        }
        people.Problems[p] |= set;
    }

    public static void Update(World w)
    {
        var rng = w.ProblemRng;
        var people = w.People;
        for (var p = 0; p < people.Count; p++)
        {
            if (!people.IsResident(p))
            {
                continue;
            }
            var age = people.Age(p, w.Year);
            var f = people.Frailty[p];
            var strain = people.Benefit[p] is Benefit.Kontanthjaelp or Benefit.Uddannelseshjaelp ? 2.0 : 1.0;
            if (people.Isced[p] <= 2 && age >= 20) strain *= 1.4;
            var set = people.Problems[p];
            if (age < 18)
            {
                set = Onset(rng, set, Problem.Neglect, 0.01 * (0.2 + 3 * f) * ParentStrain(people, p), remit: 0.12);
                if (age >= 6) set = Onset(rng, set, Problem.Acting, 0.008 * (0.3 + 2.5 * f), remit: 0.15);
            }
            else if (age > 22 || (set & Problem.WasPlaced) == 0)
            {
                // Formerly placed young people keep their målgruppe into aftercare (efterværn, 18–22).
                set &= ~(Problem.Neglect | Problem.Acting);
            }
            if (age is >= 15 and < 60) set = Onset(rng, set, Problem.Psychiatric, 0.0025 * (0.4 + 1.6 * f) * strain, remit: 0.03);
            if (age is >= 16 and < 60)
            {
                set = Onset(rng, set, Problem.Drugs, 0.0012 * (0.3 + 2.5 * f) * strain, remit: 0.08);
                set = Onset(rng, set, Problem.Alcohol, 0.0015 * (0.4 + 2 * f) * strain, remit: 0.06);
                set = Onset(rng, set, Problem.Isolation, 0.003 * (0.4 + 1.5 * f), remit: 0.2);
                if (people.Sex[p] == Sex.M && age < 45) set = Onset(rng, set, Problem.Crime, 0.0015 * (0.3 + 2.5 * f) * strain, remit: 0.15);
                if (people.Sex[p] == Sex.F) set = Onset(rng, set, Problem.Violence, 0.0012 * (0.5 + 2 * f), remit: 0.5);
                var homelessRisk = (set & (Problem.Misuse | Problem.Psychiatric)) != 0 ? 0.06 : 0.0006;
                set = Onset(rng, set, Problem.Homeless, homelessRisk * strain, remit: 0.35);
            }
            if (age >= 30) set = Onset(rng, set, Problem.Physical, 0.00004 * age, remit: 0);
            people.Problems[p] = set;
        }
    }

    private static double ParentStrain(Population people, int child)
    {
        var m = people.Mother[child];
        var strained = m != Population.None && people.IsResident(m)
            && (people.Benefit[m] is Benefit.Kontanthjaelp or Benefit.Foertidspension || (people.Problems[m] & (Problem.Misuse | Problem.Psychiatric)) != 0);
        return strained ? 2.5 : 1.0;
    }

    private static Problem Onset(SeededRandom rng, Problem set, Problem problem, double onset, double remit)
    {
        if ((set & problem) != 0)
        {
            return rng.Chance(remit) ? set & ~problem : set;
        }
        return rng.Chance(onset) ? set | problem : set;
    }
}
