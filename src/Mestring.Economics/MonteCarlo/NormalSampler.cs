namespace Mestring.Economics.MonteCarlo;

/// <summary>
/// Standard normal variates by Marsaglia's polar method: it needs only a logarithm and a square root (no
/// sin/cos), both of which are bit-reproducible here (<see cref="DeterministicMath.Log"/>, IEEE sqrt).
/// Variates come in pairs; the second is kept for the next call.
/// </summary>
public struct NormalSampler
{
    private Xoshiro256StarStar _random;
    private double _spare;
    private bool _hasSpare;

    /// <summary>Wraps a generator (copied: the sampler owns its stream).</summary>
    public NormalSampler(Xoshiro256StarStar random)
    {
        _random = random;
        _spare = 0;
        _hasSpare = false;
    }

    /// <summary>The next N(0,1) variate.</summary>
    public double Next()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spare;
        }

        double u, v, s;
        do
        {
            u = 2 * _random.NextDouble() - 1;
            v = 2 * _random.NextDouble() - 1;
            s = u * u + v * v;
        }
        while (s >= 1 || s == 0);

        var factor = Math.Sqrt(-2 * DeterministicMath.Log(s) / s);
        _spare = v * factor;
        _hasSpare = true;
        return u * factor;
    }
}
