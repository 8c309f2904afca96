using System.Numerics;

namespace Mestring.Numerics;

/// <summary>
/// xoshiro256** (Blackman &amp; Vigna, 2018): a small, fast generator with a 2^256 period, seeded through
/// SplitMix64 — the one generator of every engine. We own the algorithm so results never change with the .NET
/// version (System.Random's algorithm is an implementation detail).
/// </summary>
/// <remarks>
/// A value type, so that a hot loop keeps the state in registers; code that hands one stream from method to method
/// uses the reference wrapper <see cref="SeededRandom"/>. The three seedings below are the engines' historical ones
/// and each is kept exactly, because seeded outputs are pinned: <see cref="Xoshiro256StarStar(ulong)"/> and
/// <see cref="ForStream"/> (Monte Carlo), <see cref="ForReplicate"/> (bootstrap), <see cref="SeededRandom.Derive"/>
/// (the synthetic municipality).
/// </remarks>
public struct Xoshiro256StarStar
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>Seeds the four state words from SplitMix64 started at <paramref name="seed"/>.</summary>
    public Xoshiro256StarStar(ulong seed)
    {
        var sm = seed;
        _s0 = SplitMix64.Next(ref sm);
        _s1 = SplitMix64.Next(ref sm);
        _s2 = SplitMix64.Next(ref sm);
        _s3 = SplitMix64.Next(ref sm);
    }

    /// <summary>
    /// An independent stream for (seed, index): the seed and the index are each scrambled by the SplitMix64
    /// finaliser before being combined, so neighbouring indices and neighbouring seeds give unrelated streams.
    /// Every Monte Carlo draw index gets its own stream, so draw i is identical whichever thread computes it.
    /// </summary>
    public static Xoshiro256StarStar ForStream(ulong seed, ulong index) =>
        new(SplitMix64.Mix(SplitMix64.Mix(seed) ^ SplitMix64.Mix(index + 0x632BE59BD9B4E019UL)));

    /// <summary>
    /// The stream of bootstrap replicate <paramref name="replicate"/>: seed and replicate are spread by two odd
    /// constants and combined, so results do not depend on thread count or scheduling.
    /// </summary>
    public static Xoshiro256StarStar ForReplicate(long seed, long replicate) =>
        new(unchecked((ulong)seed * 0x9E3779B97F4A7C15UL ^ (ulong)replicate * 0xD1B54A32D192ED03UL));

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    /// <remarks>The top 53 bits are below 2^53, so the signed conversion (one instruction) is exact.</remarks>
    public double NextDouble() => (long)(NextUInt64() >> 11) * (1.0 / (1L << 53));

    /// <summary>Uniform integer in [0, n) by Lemire's multiply-shift (bias below 2⁻³² for our n).</summary>
    public int NextInt(int n) => (int)((UInt128)NextUInt64() * (ulong)n >> 64);
}

/// <summary>SplitMix64 (Steele, Lea &amp; Flood), used to seed and to mix stream indices.</summary>
public static class SplitMix64
{
    /// <summary>Advances <paramref name="state"/> and returns the next output.</summary>
    public static ulong Next(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    /// <summary>The SplitMix64 output finaliser: a bijective 64-bit mixer.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
