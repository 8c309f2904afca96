using Mestring.Evidence.Numerics;

namespace Mestring.Evidence.Estimation.Methods;

/// <summary>
/// Abadie &amp; Imbens (2016, Econometrica 84(2), "Matching on the Estimated Propensity Score"): correction of the
/// matching variance for a logistic propensity score fitted by maximum likelihood (derived for matching with
/// replacement). With p = F(X′θ), f = p(1 − p), H = Σ fᵢ XᵢXᵢ′ (the logit's Fisher information, = Var(θ̂)⁻¹) and
/// cov_w(X) = cov(X, μ(X, w) | p), μ̄_w(p) = E[Y | p, W = w]:
/// <list type="bullet">
/// <item>ATE: V = V₂₀₀₆ − c′H⁻¹c, c = E[(1 − p)·cov₁ + p·cov₀] (≤ 0: estimating the PS helps).</item>
/// <item>ATT: V = V₂₀₀₆ − c′H⁻¹c + d′H⁻¹d with, over all units and scaled by 1/E[p],
/// c = E[X f (μ̄₁ − μ̄₀ − τ)] + E[f·cov₁ + f·p/(1 − p)·cov₀] and d = ∂τ/∂θ = E[X f (μ̄₁ − μ̄₀ − τ)] + E[f·(cov₁ − cov₀)];
/// either sign.</item>
/// </list>
/// μ̄_w and cov_w at unit i come from its <see cref="Neighbours"/> nearest units of arm w on the PS logit (itself
/// included when it is in arm w): their mean outcome and the sample covariance of covariates and outcome.
/// The quadratic forms are invariant to affine changes of X, so everything is computed on standardised covariates
/// (LaLonde's re74² is ~10⁹ next to 0/1 dummies). Cost O(n log n + n·L·k + n·k²).
/// </summary>
internal static class EstimatedPropensityAdjustment
{
    /// <summary>Units per arm used to estimate the conditional moments given the PS (a small fixed L, as the paper).</summary>
    public const int Neighbours = 4;

    /// <summary>
    /// The amount to add to the Abadie–Imbens (2006) variance of τ̂ (negative for the ATE), or NaN when an arm has fewer
    /// than two units (no within-arm covariance).
    /// </summary>
    public static double VarianceCorrection(Problem problem, Estimand estimand, double tau)
    {
        int n = problem.N, k = problem.X.Length, p = k + 1;
        var logit = problem.Propensity.LinearPredictor;
        var (mean, scale) = Standardisation(problem.X);
        var treatedArm = new SortedArm(problem, true, logit, mean, scale);
        var controlArm = new SortedArm(problem, false, logit, mean, scale);
        if (treatedArm.Count < 2 || controlArm.Count < 2)
        {
            return double.NaN;
        }

        var information = new double[p * p];
        var z = new double[p];
        var cov1 = new double[p];
        var cov0 = new double[p];
        var c = new double[p];
        var d = new double[p];
        for (int i = 0; i < n; i++)
        {
            double e = LogisticRegression.Sigmoid(logit[i]), f = e * (1 - e);
            z[0] = 1;
            for (int j = 0; j < k; j++)
            {
                z[j + 1] = (problem.X[j][i] - mean[j]) * scale[j];
            }

            AddOuter(information, z, f, p);
            double mu1 = treatedArm.Moments(logit[i], cov1);
            double mu0 = controlArm.Moments(logit[i], cov0);
            if (estimand == Estimand.Ate)
            {
                for (int a = 1; a < p; a++)
                {
                    c[a] += (1 - e) * cov1[a] + e * cov0[a];
                }

                continue;
            }

            // ATT: the part shared by c and d, then the covariance parts that differ.
            double gap = f * (mu1 - mu0 - tau);
            for (int a = 0; a < p; a++)
            {
                double shared = z[a] * gap + f * cov1[a];
                c[a] += shared + e * e * cov0[a]; // f·p/(1 − p) = p²
                d[a] += shared - f * cov0[a];
            }
        }

        double denominator = estimand == Estimand.Ate ? n : problem.N1;
        for (int a = 0; a < p; a++)
        {
            c[a] /= denominator;
            d[a] /= denominator;
        }

        LinearRegression.Symmetrise(information, p);
        var (factor, _) = Cholesky.DecomposeWithRidge(information, p);
        double correction = -QuadraticForm(factor, p, c);
        return estimand == Estimand.Ate ? correction : correction + QuadraticForm(factor, p, d);
    }

    /// <summary>v′H⁻¹v from the Cholesky factor of H.</summary>
    private static double QuadraticForm(double[] factor, int p, double[] v)
    {
        var solved = (double[])v.Clone();
        Cholesky.Solve(factor, p, solved);
        double q = 0;
        for (int a = 0; a < p; a++)
        {
            q += v[a] * solved[a];
        }

        return q;
    }

    /// <summary>Upper triangle of H += w·zz′ (mirrored once at the end).</summary>
    private static void AddOuter(double[] h, double[] z, double w, int p)
    {
        for (int a = 0; a < p; a++)
        {
            double wa = w * z[a];
            for (int b = a; b < p; b++)
            {
                h[a * p + b] += wa * z[b];
            }
        }
    }

    private static (double[] Mean, double[] InverseSd) Standardisation(double[][] x)
    {
        var mean = new double[x.Length];
        var inverseSd = new double[x.Length];
        for (int j = 0; j < x.Length; j++)
        {
            mean[j] = x[j].Average();
            double sd = WeightedStats.StandardDeviation(x[j]);
            inverseSd[j] = sd > 0 ? 1 / sd : 1;
        }

        return (mean, inverseSd);
    }

    /// <summary>
    /// One arm sorted by the PS logit, with its outcomes and standardised covariates copied row-major in that order: the
    /// L nearest units to any score form a contiguous window, so the moments read consecutive memory.
    /// </summary>
    private sealed class SortedArm
    {
        private readonly double[] keys;
        private readonly double[] y;
        private readonly double[] z;
        private readonly int k;

        public SortedArm(Problem problem, bool treated, double[] logit, double[] mean, double[] inverseSd)
        {
            var rows = problem.Rows(treated);
            keys = new double[rows.Length];
            for (int i = 0; i < rows.Length; i++)
            {
                keys[i] = logit[rows[i]];
            }

            Array.Sort(keys, rows);
            k = mean.Length;
            y = new double[rows.Length];
            z = new double[rows.Length * k];
            for (int i = 0; i < rows.Length; i++)
            {
                y[i] = problem.Y[rows[i]];
                for (int j = 0; j < k; j++)
                {
                    z[i * k + j] = (problem.X[j][rows[i]] - mean[j]) * inverseSd[j];
                }
            }
        }

        public int Count => keys.Length;

        /// <summary>
        /// Mean outcome (estimate of μ̄_w at this score) of the L nearest units; writes cov(z, y) over them (divisor
        /// L − 1, intercept slot 0) into <paramref name="cov"/>.
        /// </summary>
        public double Moments(double v, double[] cov)
        {
            int count = Math.Min(Neighbours, keys.Length);
            int start = WindowStart(v, count);
            double ybar = 0;
            for (int r = start; r < start + count; r++)
            {
                ybar += y[r];
            }

            ybar /= count;
            Array.Clear(cov);
            for (int r = start; r < start + count; r++)
            {
                // Σ (z − z̄)(y − ȳ) = Σ z (y − ȳ) because Σ (y − ȳ) = 0.
                double dy = (y[r] - ybar) / (count - 1);
                var row = new ReadOnlySpan<double>(z, r * k, k);
                for (int j = 0; j < k; j++)
                {
                    cov[j + 1] += row[j] * dy;
                }
            }

            return ybar;
        }

        /// <summary>First index of the <paramref name="count"/> keys nearest to v (ties to the left), a contiguous run.</summary>
        private int WindowStart(double v, int count)
        {
            int right = NearestNeighbourMatcher.LowerBound(keys, v), left = right - 1;
            for (int r = 0; r < count; r++)
            {
                double dl = left >= 0 ? v - keys[left] : double.PositiveInfinity;
                double dr = right < keys.Length ? keys[right] - v : double.PositiveInfinity;
                if (dl <= dr)
                {
                    left--;
                }
                else
                {
                    right++;
                }
            }

            return left + 1;
        }
    }
}
