namespace Mestring.Evidence.Numerics;

/// <summary>
/// xoshiro256** generator seeded through SplitMix64. Each bootstrap replicate gets its own stream derived from
/// (seed, replicate index), so results do not depend on thread count or scheduling.
/// </summary>
internal struct Xoshiro256
{
    private ulong s0, s1, s2, s3;

    public Xoshiro256(long seed, long stream)
    {
        ulong sm = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL ^ (ulong)stream * 0xD1B54A32D192ED03UL);
        s0 = SplitMix(ref sm);
        s1 = SplitMix(ref sm);
        s2 = SplitMix(ref sm);
        s3 = SplitMix(ref sm);
    }

    /// <summary>Uniform integer in [0, n) by Lemire's multiply-shift (bias below 2⁻³² for our n).</summary>
    public int NextInt(int n) => (int)((UInt128)NextUInt64() * (ulong)n >> 64);

    /// <summary>Uniform double in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Standard normal by Box–Muller (one of the pair used; simplicity over speed in the DGP helpers).</summary>
    public double NextGaussian()
    {
        double u1 = 1 - NextDouble(), u2 = NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    public ulong NextUInt64()
    {
        ulong result = ulong.RotateLeft(s1 * 5, 7) * 9;
        ulong t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = ulong.RotateLeft(s3, 45);
        return result;
    }

    private static ulong SplitMix(ref ulong x)
    {
        ulong z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
