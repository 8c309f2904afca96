namespace Mestring.Evidence.Numerics;

/// <summary>
/// Row-major design matrix [1, (x₁−m₁)/s₁, …] built from columns. Standardising keeps X'X well conditioned
/// (LaLonde's re74² is ~1e9 next to 0/1 dummies); coefficients are mapped back to the original scale.
/// </summary>
internal sealed class StandardizedDesign
{
    private StandardizedDesign(double[] x, int rows, int cols, double[] means, double[] scales)
    {
        X = x;
        Rows = rows;
        Cols = cols;
        Means = means;
        Scales = scales;
    }

    /// <summary>Row-major values, <see cref="Cols"/> per row, first column the intercept.</summary>
    public double[] X { get; }

    public int Rows { get; }

    /// <summary>Number of columns including the intercept.</summary>
    public int Cols { get; }

    public double[] Means { get; }

    public double[] Scales { get; }

    /// <summary>Builds the design from <paramref name="columns"/> for <paramref name="rows"/>, or all <paramref name="allRows"/> rows when null.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static StandardizedDesign Create(IReadOnlyList<double[]> columns, int[]? rows, int allRows)
    {
        int k = columns.Count, p = k + 1;
        int n = rows?.Length ?? allRows;
        var means = new double[k];
        var scales = new double[k];
        for (int j = 0; j < k; j++)
        {
            var col = columns[j];
            double sum = 0;
            for (int i = 0; i < n; i++)
            {
                sum += col[rows is null ? i : rows[i]];
            }

            double mean = n > 0 ? sum / n : 0, ss = 0;
            for (int i = 0; i < n; i++)
            {
                double d = col[rows is null ? i : rows[i]] - mean;
                ss += d * d;
            }

            double sd = n > 1 ? Math.Sqrt(ss / (n - 1)) : 0;
            means[j] = mean;
            scales[j] = sd > 1e-12 * Math.Max(1, Math.Abs(mean)) ? sd : 1; // Constant in this subset: becomes a zero column, ridged away.
        }

        var x = new double[n * p];
        for (int i = 0; i < n; i++)
        {
            x[i * p] = 1;
        }

        for (int j = 0; j < k; j++)
        {
            var col = columns[j];
            double m = means[j], inv = 1 / scales[j];
            for (int i = 0; i < n; i++)
            {
                x[i * p + j + 1] = (col[rows is null ? i : rows[i]] - m) * inv;
            }
        }

        return new StandardizedDesign(x, n, p, means, scales);
    }

    /// <summary>Maps coefficients on the standardised scale to the original scale (intercept first).</summary>
    public double[] ToOriginal(double[] beta)
    {
        var a = Transform();
        var result = new double[Cols];
        for (int i = 0; i < Cols; i++)
        {
            double s = 0;
            for (int j = 0; j < Cols; j++)
            {
                s += a[i * Cols + j] * beta[j];
            }

            result[i] = s;
        }

        return result;
    }

    /// <summary>Maps a covariance matrix of standardised coefficients to the original scale: A V Aᵀ.</summary>
    public double[] CovarianceToOriginal(double[] v)
    {
        int p = Cols;
        var a = Transform();
        return Multiply(Multiply(a, v, p, transposeRight: false), a, p, transposeRight: true);
    }

    /// <summary>x·y (or x·yᵀ) for p×p row-major matrices, summing k in order so results stay bit-identical.</summary>
    private static double[] Multiply(double[] x, double[] y, int p, bool transposeRight)
    {
        var result = new double[p * p];
        for (int i = 0; i < p; i++)
        {
            for (int j = 0; j < p; j++)
            {
                double s = 0;
                for (int k = 0; k < p; k++)
                {
                    s += x[i * p + k] * (transposeRight ? y[j * p + k] : y[k * p + j]);
                }

                result[i * p + j] = s;
            }
        }

        return result;
    }

    private double[] Transform()
    {
        // β_orig,0 = β₀ − Σ β_j m_j / s_j ; β_orig,j = β_j / s_j.
        int p = Cols;
        var a = new double[p * p];
        a[0] = 1;
        for (int j = 1; j < p; j++)
        {
            a[j] = -Means[j - 1] / Scales[j - 1];
            a[j * p + j] = 1 / Scales[j - 1];
        }

        return a;
    }
}
