namespace Mestring.Evidence.Numerics;

/// <summary>
/// The small-sample cluster-robust covariance CR2 (Bell &amp; McCaffrey 2002; Pustejovsky &amp; Tipton 2018, R's
/// clubSandwich "CR2" with an identity working model) and Student's t critical value for its G − 1 degrees of freedom.
/// CR1 scales Σ_g u_g u_gᵀ by G/(G − 1)·(n − 1)/(n − p), which does not see that residuals of high-leverage rows (a
/// small arm, a provider with few rows) are shrunk towards zero by the fit; CR2 undoes that shrinkage cluster by cluster:
/// u_g = X_gᵀ A_g e_g with A_g = (I − H_gg)^(−1/2), H_gg = X_g (XᵀX)⁻¹ X_gᵀ. It is unbiased when the errors are
/// independent and homoskedastic, and much less biased than CR1 otherwise.
/// </summary>
internal static class ClusterRobust
{
    /// <summary>CR2 sandwich on the (standardised) design <paramref name="x"/> (row-major n × p) with Cholesky factor of XᵀX.</summary>
    /// <returns>The covariance in the design's scale and the number of clusters G.</returns>
    public static (double[] Covariance, int Clusters) Cr2(double[] x, double[] resid, int n, int p, double[] factor, IReadOnlyList<int> clusters)
    {
        var bread = Cholesky.Inverse(factor, p);
        var groups = new Dictionary<int, List<int>>();
        for (int i = 0; i < n; i++)
        {
            if (!groups.TryGetValue(clusters[i], out var rows))
            {
                groups[clusters[i]] = rows = [];
            }

            rows.Add(i);
        }

        var meat = new double[p * p];
        var u = new double[p];
        foreach (var rows in groups.Values)
        {
            int m = rows.Count;
            var v = new double[m * p]; // (XᵀX)⁻¹ xₐ for each row of the cluster
            for (int a = 0; a < m; a++)
            {
                int o = rows[a] * p;
                for (int r = 0; r < p; r++)
                {
                    double s = 0;
                    for (int c = 0; c < p; c++)
                    {
                        s += bread[r * p + c] * x[o + c];
                    }

                    v[a * p + r] = s;
                }
            }

            var identityMinusH = new double[m * m];
            for (int a = 0; a < m; a++)
            {
                for (int b = 0; b < m; b++)
                {
                    double h = 0;
                    int o = rows[a] * p;
                    for (int r = 0; r < p; r++)
                    {
                        h += x[o + r] * v[b * p + r];
                    }

                    identityMinusH[a * m + b] = (a == b ? 1 : 0) - h;
                }
            }

            var adjust = InverseSquareRoot(identityMinusH, m);
            Array.Clear(u);
            for (int a = 0; a < m; a++)
            {
                double e = 0;
                for (int b = 0; b < m; b++)
                {
                    e += adjust[a * m + b] * resid[rows[b]];
                }

                int o = rows[a] * p;
                for (int r = 0; r < p; r++)
                {
                    u[r] += x[o + r] * e;
                }
            }

            for (int r = 0; r < p; r++)
            {
                for (int c = r; c < p; c++)
                {
                    meat[r * p + c] += u[r] * u[c];
                }
            }
        }

        LinearRegression.Symmetrise(meat, p);
        return (LinearRegression.Multiply(LinearRegression.Multiply(bread, meat, p), bread, p), groups.Count);
    }

    /// <summary>The 97.5 % quantile of Student's t with <paramref name="df"/> degrees of freedom (normal beyond 10⁶).</summary>
    public static double T975(double df)
    {
        if (!(df >= 1))
        {
            return double.NaN;
        }

        // Exact values where the expansion below is weakest; Abramowitz & Stegun 26.7.5 beyond (error < 1e-5 from 11 on).
        double[] exact = [12.706204736174707, 4.302652729749464, 3.182446305284263, 2.7764451051977934, 2.5705818356363146,
            2.4469118511449692, 2.3646242515927844, 2.3060041352041662, 2.2621571627982053, 2.2281388519862735];
        if (df <= exact.Length && df == Math.Floor(df))
        {
            return exact[(int)df - 1];
        }

        double z = Normal.Z975, z2 = z * z, v = df;
        double g1 = (z2 + 1) * z / 4;
        double g2 = ((5 * z2 + 16) * z2 + 3) * z / 96;
        double g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / 384;
        double g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z / 92160;
        return z + g1 / v + g2 / (v * v) + g3 / (v * v * v) + g4 / (v * v * v * v);
    }

    /// <summary>
    /// M^(−1/2) of a symmetric positive semi-definite m × m matrix by Jacobi rotations; eigenvalues ≤ 1e-10 (a row that
    /// alone fixes a coefficient has leverage 1) get 0, the generalised inverse clubSandwich uses.
    /// </summary>
    internal static double[] InverseSquareRoot(double[] a, int m)
    {
        if (m == 1)
        {
            return [a[0] > 1e-10 ? 1 / Math.Sqrt(a[0]) : 0];
        }

        var d = (double[])a.Clone();
        var vectors = new double[m * m];
        for (int i = 0; i < m; i++)
        {
            vectors[i * m + i] = 1;
        }

        for (int sweep = 0; sweep < 50; sweep++)
        {
            double off = 0;
            for (int i = 0; i < m; i++)
            {
                for (int j = i + 1; j < m; j++)
                {
                    off += d[i * m + j] * d[i * m + j];
                }
            }

            if (off < 1e-30)
            {
                break;
            }

            for (int pp = 0; pp < m; pp++)
            {
                for (int q = pp + 1; q < m; q++)
                {
                    double apq = d[pp * m + q];
                    if (Math.Abs(apq) < 1e-300)
                    {
                        continue;
                    }

                    double theta = (d[q * m + q] - d[pp * m + pp]) / (2 * apq);
                    double t = Math.Sign(theta == 0 ? 1 : theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
                    double c = 1 / Math.Sqrt(t * t + 1), s = t * c;
                    for (int k = 0; k < m; k++)
                    {
                        double akp = d[k * m + pp], akq = d[k * m + q];
                        d[k * m + pp] = c * akp - s * akq;
                        d[k * m + q] = s * akp + c * akq;
                    }

                    for (int k = 0; k < m; k++)
                    {
                        double apk = d[pp * m + k], aqk = d[q * m + k];
                        d[pp * m + k] = c * apk - s * aqk;
                        d[q * m + k] = s * apk + c * aqk;
                    }

                    for (int k = 0; k < m; k++)
                    {
                        double vkp = vectors[k * m + pp], vkq = vectors[k * m + q];
                        vectors[k * m + pp] = c * vkp - s * vkq;
                        vectors[k * m + q] = s * vkp + c * vkq;
                    }
                }
            }
        }

        var result = new double[m * m];
        for (int k = 0; k < m; k++)
        {
            double lambda = d[k * m + k];
            double f = lambda > 1e-10 ? 1 / Math.Sqrt(lambda) : 0;
            for (int i = 0; i < m; i++)
            {
                for (int j = 0; j < m; j++)
                {
                    result[i * m + j] += f * vectors[i * m + k] * vectors[j * m + k];
                }
            }
        }

        return result;
    }
}
