namespace Mestring.Evidence.Numerics;

/// <summary>Result of an OLS fit on the original scale of the columns.</summary>
/// <param name="Coefficients">Intercept first, then one per column.</param>
/// <param name="RobustCovariance">HC1 (White, n/(n−p) corrected) covariance, row-major; null when not requested.</param>
/// <param name="ResidualStandardDeviation">√(RSS/(n−p)).</param>
/// <param name="Ridged">True when the normal equations were singular and a tiny ridge was added.</param>
internal sealed record OlsFit(double[] Coefficients, double[]? RobustCovariance, double ResidualStandardDeviation, bool Ridged)
{
    /// <summary>Number of clusters of a cluster-robust covariance (0 when not clustered).</summary>
    public int ClusterCount { get; init; }

    /// <summary>Prediction for one row of the given columns.</summary>
    public double Predict(IReadOnlyList<double[]> columns, int row)
    {
        double s = Coefficients[0];
        for (int j = 0; j < columns.Count; j++)
        {
            s += Coefficients[j + 1] * columns[j][row];
        }

        return s;
    }
}

/// <summary>Ordinary least squares via Cholesky on standardised normal equations.</summary>
internal static class LinearRegression
{
    /// <summary>
    /// Fits y on an intercept and <paramref name="columns"/>, on all rows or only <paramref name="rows"/>. With
    /// <paramref name="clusters"/> the robust covariance is CR1, or CR2 when <paramref name="cr2"/> (see <see cref="ClusterRobust"/>).
    /// </summary>
    public static OlsFit Fit(IReadOnlyList<double[]> columns, double[] y, int[]? rows = null, bool robust = false, IReadOnlyList<int>? clusters = null, bool cr2 = false)
    {
        var design = StandardizedDesign.Create(columns, rows, y.Length);
        int n = design.Rows, p = design.Cols;
        var x = design.X;
        var xtx = new double[p * p];
        var xty = new double[p];
        for (int i = 0; i < n; i++)
        {
            int o = i * p;
            double yi = y[rows is null ? i : rows[i]];
            for (int a = 0; a < p; a++)
            {
                double xa = x[o + a];
                xty[a] += xa * yi;
                for (int b = a; b < p; b++)
                {
                    xtx[a * p + b] += xa * x[o + b];
                }
            }
        }

        Symmetrise(xtx, p);
        var (factor, ridged) = Cholesky.DecomposeWithRidge(xtx, p);
        var beta = (double[])xty.Clone();
        Cholesky.Solve(factor, p, beta);

        var resid = new double[n];
        double rss = 0;
        for (int i = 0; i < n; i++)
        {
            double fit = 0;
            for (int a = 0; a < p; a++)
            {
                fit += x[i * p + a] * beta[a];
            }

            double e = y[rows is null ? i : rows[i]] - fit;
            resid[i] = e;
            rss += e * e;
        }

        double[]? cov = null;
        int clusterCount = 0;
        if (robust && clusters is not null && rows is null && clusters.Count == n && cr2)
        {
            var (sandwich, g) = ClusterRobust.Cr2(x, resid, n, p, factor, clusters);
            (cov, clusterCount) = (design.CovarianceToOriginal(sandwich), g);
        }
        else if (robust && clusters is not null && rows is null && clusters.Count == n)
        {
            cov = design.CovarianceToOriginal(ClusterSandwich(x, resid, n, p, factor, clusters));
            clusterCount = clusters.Distinct().Count();
        }
        else if (robust)
        {
            var meat = new double[p * p];
            for (int i = 0; i < n; i++)
            {
                int o = i * p;
                double e2 = resid[i] * resid[i];
                for (int a = 0; a < p; a++)
                {
                    double xa = x[o + a] * e2;
                    for (int b = a; b < p; b++)
                    {
                        meat[a * p + b] += xa * x[o + b];
                    }
                }
            }

            Symmetrise(meat, p);
            var bread = Cholesky.Inverse(factor, p);
            var sandwich = Multiply(Multiply(bread, meat, p), bread, p);
            double hc1 = n > p ? (double)n / (n - p) : 1;
            for (int i = 0; i < sandwich.Length; i++)
            {
                sandwich[i] *= hc1;
            }

            cov = design.CovarianceToOriginal(sandwich);
        }

        double sigma = n > p ? Math.Sqrt(rss / (n - p)) : double.NaN;
        return new OlsFit(design.ToOriginal(beta), cov, sigma, ridged) { ClusterCount = clusterCount };
    }

    /// <summary>CR1: (X′X)⁻¹ Σ_g u_g u_gᵀ (X′X)⁻¹ · G/(G−1) · (n−1)/(n−p), u_g = Σ_{i∈g} xᵢeᵢ.</summary>
    private static double[] ClusterSandwich(double[] x, double[] resid, int n, int p, double[] factor, IReadOnlyList<int> clusters)
    {
        var scores = new Dictionary<int, double[]>();
        for (int i = 0; i < n; i++)
        {
            if (!scores.TryGetValue(clusters[i], out var u))
            {
                scores[clusters[i]] = u = new double[p];
            }

            for (int a = 0; a < p; a++)
            {
                u[a] += x[i * p + a] * resid[i];
            }
        }

        var meat = new double[p * p];
        foreach (var u in scores.Values)
        {
            for (int a = 0; a < p; a++)
            {
                for (int b = a; b < p; b++)
                {
                    meat[a * p + b] += u[a] * u[b];
                }
            }
        }

        Symmetrise(meat, p);
        var bread = Cholesky.Inverse(factor, p);
        var sandwich = Multiply(Multiply(bread, meat, p), bread, p);
        int g = scores.Count;
        double correction = g > 1 && n > p ? (double)g / (g - 1) * (n - 1) / (n - p) : 1;
        for (int i = 0; i < sandwich.Length; i++)
        {
            sandwich[i] *= correction;
        }

        return sandwich;
    }

    internal static void Symmetrise(double[] a, int p)
    {
        for (int i = 0; i < p; i++)
        {
            for (int j = 0; j < i; j++)
            {
                a[i * p + j] = a[j * p + i];
            }
        }
    }

    internal static double[] Multiply(double[] a, double[] b, int p)
    {
        var c = new double[p * p];
        for (int i = 0; i < p; i++)
        {
            for (int k = 0; k < p; k++)
            {
                double aik = a[i * p + k];
                for (int j = 0; j < p; j++)
                {
                    c[i * p + j] += aik * b[k * p + j];
                }
            }
        }

        return c;
    }
}
