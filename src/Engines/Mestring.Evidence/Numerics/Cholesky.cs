namespace Mestring.Evidence.Numerics;

/// <summary>Cholesky factorisation of small dense symmetric positive-definite matrices (row-major p×p).</summary>
internal static class Cholesky
{
    /// <summary>Overwrites the lower triangle of <paramref name="a"/> with L (A = LLᵀ). False when not positive definite.</summary>
    public static bool TryDecompose(double[] a, int p)
    {
        for (int j = 0; j < p; j++)
        {
            double s = a[j * p + j];
            for (int k = 0; k < j; k++)
            {
                s -= a[j * p + k] * a[j * p + k];
            }

            if (!(s > 0) || !double.IsFinite(s))
            {
                return false;
            }

            double d = Math.Sqrt(s);
            a[j * p + j] = d;
            for (int i = j + 1; i < p; i++)
            {
                double t = a[i * p + j];
                for (int k = 0; k < j; k++)
                {
                    t -= a[i * p + k] * a[j * p + k];
                }

                a[i * p + j] = t / d;
            }
        }

        return true;
    }

    /// <summary>Solves LLᵀx = b in place.</summary>
    public static void Solve(double[] l, int p, double[] b)
    {
        for (int i = 0; i < p; i++)
        {
            double s = b[i];
            for (int k = 0; k < i; k++)
            {
                s -= l[i * p + k] * b[k];
            }

            b[i] = s / l[i * p + i];
        }

        for (int i = p - 1; i >= 0; i--)
        {
            double s = b[i];
            for (int k = i + 1; k < p; k++)
            {
                s -= l[k * p + i] * b[k];
            }

            b[i] = s / l[i * p + i];
        }
    }

    /// <summary>
    /// Factorises a symmetric matrix, adding a tiny ridge to the non-intercept diagonal when it is singular
    /// (a covariate constant within a subgroup, exact collinearity); the ridge shrinks only the redundant
    /// direction, which is what dropping the column would do. Returns the factor and whether a ridge was needed.
    /// </summary>
    public static (double[] Factor, bool Ridged) DecomposeWithRidge(double[] a, int p, int unpenalised = 1)
    {
        var work = (double[])a.Clone();
        if (TryDecompose(work, p))
        {
            return (work, false);
        }

        double scale = 0;
        for (int j = 0; j < p; j++)
        {
            scale = Math.Max(scale, Math.Abs(a[j * p + j]));
        }

        for (double lambda = 1e-10; lambda < 1e3; lambda *= 100)
        {
            work = (double[])a.Clone();
            for (int j = unpenalised; j < p; j++)
            {
                work[j * p + j] += lambda * Math.Max(scale, 1);
            }

            if (TryDecompose(work, p))
            {
                return (work, true);
            }
        }

        throw new InvalidOperationException("The normal equations could not be factorised even with a ridge; the data contain non-finite values.");
    }

    /// <summary>Inverse of LLᵀ from its factor.</summary>
    public static double[] Inverse(double[] l, int p)
    {
        var inv = new double[p * p];
        var e = new double[p];
        for (int j = 0; j < p; j++)
        {
            Array.Clear(e);
            e[j] = 1;
            Solve(l, p, e);
            for (int i = 0; i < p; i++)
            {
                inv[i * p + j] = e[i];
            }
        }

        return inv;
    }
}
