namespace Mestring.Numerics;

/// <summary>
/// A shared stream of <see cref="Xoshiro256StarStar"/> draws, as a reference: the synthetic municipality hands one
/// stream per subsystem from method to method, and every method must advance the same state. Only integer
/// arithmetic and exact double operations are used, never platform math functions, so the same seed gives the
/// same data on every machine.
/// </summary>
public sealed class SeededRandom
{
    private Xoshiro256StarStar _generator;

    /// <summary>Seeds the generator from SplitMix64 started at <paramref name="seed"/>.</summary>
    public SeededRandom(ulong seed) => _generator = new Xoshiro256StarStar(seed);

    /// <summary>An independent stream for a named purpose (e.g. one per subsystem), derived from the seed.</summary>
    public static SeededRandom Derive(ulong seed, ulong stream) => new(seed ^ (0x9E3779B97F4A7C15UL * (stream + 1)));

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64() => _generator.NextUInt64();

    /// <summary>Uniform in [0, 1) with 53 bits.</summary>
    public double NextDouble() => _generator.NextDouble();

    /// <summary>
    /// Uniform integer in [0, n) as the high 31 bits modulo n. Not <see cref="Xoshiro256StarStar.NextInt"/>
    /// (multiply-shift): the generated municipalities are pinned to this draw.
    /// </summary>
    public int NextIntModulo(int n) => n <= 1 ? 0 : (int)((NextUInt64() >> 33) % (ulong)n);

    /// <summary>Uniform integer in [min, max].</summary>
    public int Between(int min, int max) => min + NextIntModulo(max - min + 1);

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => NextDouble() < p;

    /// <summary>An approximately standard-normal draw (Irwin–Hall of 12 uniforms): exact arithmetic only.</summary>
    public double IrwinHallNormal()
    {
        var s = 0.0;
        for (var i = 0; i < 12; i++)
        {
            s += NextDouble();
        }
        return s - 6.0;
    }

    /// <summary>Index drawn with the given non-negative weights.</summary>
    public int Pick(ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights)
        {
            total += w;
        }
        var u = NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            u -= weights[i];
            if (u < 0)
            {
                return i;
            }
        }
        return weights.Length - 1;
    }

    /// <summary>Fisher–Yates shuffle in place.</summary>
    public void Shuffle<T>(IList<T> list)
    {
        ArgumentNullException.ThrowIfNull(list);
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = NextIntModulo(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }
}
