using Mestring.Prevention.Population;

namespace Mestring.Prevention.Benchmarks;

/// <summary>A seeded, in-memory, country-sized population of families with children, built directly as columns.</summary>
/// <param name="Population">The columns.</param>
/// <param name="Disadvantage">The latent family disadvantage per person (children only; 0 for adults) that drives the factors.</param>
public sealed record SyntheticCountry(PopulationColumns Population, float[] Disadvantage)
{
    /// <summary>
    /// Generates families until <paramref name="children"/> children aged 0–17 on 1 June of the last year exist. Each family
    /// draws a latent disadvantage d ~ N(0,1); the probability of each KL factor rises with d (benefits, separation,
    /// low education, low income), so the factors are correlated proxies for d, as in the register data.
    /// </summary>
    public static SyntheticCountry Generate(int children, int seed, int firstYear = 2024, int years = 2)
    {
        var random = new Random(seed);
        var capacity = (int)(children * 2.3) + 16;
        var birth = new int[capacity];
        var sex = new Sex[capacity];
        var mother = new int[capacity];
        var father = new int[capacity];
        var death = new int[capacity];
        var disadvantage = new float[capacity];
        var household = new int[capacity * years];
        var income = new int[capacity * years];
        var education = new sbyte[capacity * years];
        var benefit = new Benefit[capacity * years];
        var lastYear = firstYear + years - 1;
        var asOf = new DateOnly(lastYear, 6, 1);
        int persons = 0, households = 0, made = 0;

        int Add(DateOnly born, Sex s, int m, int f)
        {
            var p = persons++;
            birth[p] = born.DayNumber;
            sex[p] = s;
            mother[p] = m;
            father[p] = f;
            death[p] = PopulationColumns.Alive;
            return p;
        }

        void Year(int p, int hh, int inc, int isced, Benefit b)
        {
            for (var y = 0; y < years; y++)
            {
                var s = (p * years) + y;
                household[s] = hh;
                income[s] = inc;
                education[s] = (sbyte)isced;
                benefit[s] = b;
            }
        }

        while (made < children)
        {
            var d = Normal(random);
            var kids = Math.Min(children - made, random.NextDouble() switch { < 0.35 => 1, < 0.80 => 2, _ => 3 });
            var motherAge = 24 + random.Next(24);
            var m = Add(asOf.AddYears(-motherAge).AddDays(-random.Next(365)), Sex.Female, -1, -1);
            var hasFather = random.NextDouble() > Logistic(-3.3 + (0.6 * d));
            var f = hasFather ? Add(asOf.AddYears(-motherAge - 2).AddDays(-random.Next(365)), Sex.Male, -1, -1) : -1;
            var together = hasFather && random.NextDouble() < Logistic(1.5 - (0.9 * d));
            var home = households++;
            var away = hasFather && !together ? households++ : -1;

            Parent(random, m, home, d, 0);
            if (f >= 0)
            {
                Parent(random, f, together ? home : away, d, 0.2);
            }

            for (var k = 0; k < kids; k++)
            {
                var age = random.Next(Math.Min(18, motherAge - 17));
                var c = Add(asOf.AddYears(-age).AddDays(-random.Next(365)), random.Next(2) == 0 ? Sex.Female : Sex.Male, m, f);
                disadvantage[c] = (float)d;
                Year(c, home, PopulationColumns.UnknownIncome, -1, Benefit.None);
                made++;
            }
        }

        void Parent(Random r, int p, int hh, double d, double premium)
        {
            var onBenefit = r.NextDouble() < Logistic(-2.9 + (1.0 * d));
            var ftp = onBenefit && r.NextDouble() < 0.3;
            var low = r.NextDouble() < Logistic(-1.7 + (1.0 * d));
            var isced = r.NextDouble() < 0.03 ? -1 : low ? r.Next(1, 3) : 3 + r.Next(6);
            var inc = onBenefit ? 150_000 + r.Next(60_000) : Math.Exp(12.85 + premium - (0.35 * d) + (0.35 * Normal(r)));
            Year(p, hh, (int)Math.Min(inc, 20_000_000), isced, onBenefit ? (ftp ? Benefit.Foertidspension : Benefit.Kontanthjaelp) : Benefit.None);
        }

        var n = persons;
        var yearHasData = new bool[years];
        Array.Fill(yearHasData, true);
        var population = new PopulationColumns(
            firstYear, years, birth[..n], sex[..n], mother[..n], father[..n], death[..n],
            households, household[..(n * years)], income[..(n * years)], education[..(n * years)], benefit[..(n * years)],
            yearHasData, new int[n + 1], [], [], [], []);
        return new SyntheticCountry(population, disadvantage[..n]);
    }

    /// <summary>Outcome per person drawn from the latent disadvantage alone (never from the factors): P = logistic(α + β·d).</summary>
    public bool[] Outcomes(int seed, double alpha = -3.5, double beta = 1.1)
    {
        var random = new Random(seed);
        var outcome = new bool[Disadvantage.Length];
        for (var p = 0; p < outcome.Length; p++)
        {
            outcome[p] = random.NextDouble() < Logistic(alpha + (beta * Disadvantage[p]));
        }

        return outcome;
    }

    private static double Logistic(double x) => 1 / (1 + Math.Exp(-x));

    private static double Normal(Random r) =>
        Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());
}
