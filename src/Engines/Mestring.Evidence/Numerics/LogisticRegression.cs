using System.Numerics;
using System.Runtime.CompilerServices;

namespace Mestring.Evidence.Numerics;

/// <summary>Result of a logistic regression fit.</summary>
/// <param name="Coefficients">Intercept first, original scale of the covariates.</param>
/// <param name="LinearPredictor">Logit of the fitted probability for every row.</param>
/// <param name="Iterations">Newton iterations used.</param>
/// <param name="Converged">False when the iteration limit was hit (typically separation).</param>
/// <param name="ExtremeProbabilities">True when some fitted probabilities are numerically 0 or 1 (quasi-separation).</param>
/// <param name="Deviance">Residual deviance −2 log L.</param>
public sealed record LogisticFit(double[] Coefficients, double[] LinearPredictor, int Iterations, bool Converged, bool ExtremeProbabilities, double Deviance)
{
    /// <summary>Fitted probability for a row.</summary>
    public double Probability(int row) => LogisticRegression.Sigmoid(LinearPredictor[row]);
}

/// <summary>
/// Logistic regression by Newton–Raphson / IRLS with step halving (as R's glm.fit): X'WX accumulated in one tight
/// pass over a row-major standardised design, solved by Cholesky. Separation does not throw: iterations stop at the
/// limit and the fit is flagged.
/// </summary>
public static class LogisticRegression
{
    private const int MaxIterations = 25;
    private const double Tolerance = 1e-10;

    /// <summary>Fits P(y=1 | x) with an intercept. <paramref name="y"/> must be 0/1.</summary>
    public static LogisticFit Fit(IReadOnlyList<double[]> columns, double[] y)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(y);
        var design = StandardizedDesign.Create(columns, null, y.Length);
        int n = y.Length, p = design.Cols;
        var x = design.X;
        var eta = new double[n];
        double ybar = 0;
        for (int i = 0; i < n; i++)
        {
            ybar += y[i];
        }

        ybar /= n;
        var beta = new double[p];
        beta[0] = Math.Log(Math.Clamp(ybar, 1e-8, 1 - 1e-8) / (1 - Math.Clamp(ybar, 1e-8, 1 - 1e-8)));
        double deviance = Deviance(x, y, beta, p, eta);
        var h = new double[p * p];
        var g = new double[p];
        var candidate = new double[p];
        int iter = 0;
        bool converged = false;
        while (iter < MaxIterations && !converged)
        {
            iter++;
            Accumulate(x, y, eta, p, h, g);
            LinearRegression.Symmetrise(h, p);
            var (factor, _) = Cholesky.DecomposeWithRidge(h, p);
            var step = (double[])g.Clone();
            Cholesky.Solve(factor, p, step);

            double newDeviance = double.PositiveInfinity;
            for (double t = 1; t > 1e-6; t /= 2)
            {
                for (int a = 0; a < p; a++)
                {
                    candidate[a] = beta[a] + t * step[a];
                }

                newDeviance = Deviance(x, y, candidate, p, null);
                if (newDeviance <= deviance * (1 + 1e-12) + 1e-12)
                {
                    break;
                }
            }

            if (!(newDeviance <= deviance * (1 + 1e-12) + 1e-12))
            {
                converged = true; // No descent possible: at the optimum to machine precision.
                break;
            }

            converged = Math.Abs(deviance - newDeviance) / (Math.Abs(newDeviance) + 0.1) < Tolerance;
            Array.Copy(candidate, beta, p);
            deviance = Deviance(x, y, beta, p, eta);
        }

        bool extreme = false;
        for (int i = 0; i < n; i++)
        {
            if (Math.Abs(eta[i]) > 30)
            {
                extreme = true;
                break;
            }
        }

        return new LogisticFit(design.ToOriginal(beta), eta, iter, converged, extreme, deviance);
    }

    /// <summary>1/(1+e^−x) without overflow.</summary>
    public static double Sigmoid(double x) => x >= 0 ? 1 / (1 + Math.Exp(-x)) : Math.Exp(x) / (1 + Math.Exp(x));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Accumulate(double[] x, double[] y, double[] eta, int p, double[] h, double[] g)
    {
        Array.Clear(h);
        Array.Clear(g);
        int n = y.Length;
        int width = Vector<double>.Count;
        for (int i = 0; i < n; i++)
        {
            double mu = Sigmoid(eta[i]);
            double w = Math.Max(mu * (1 - mu), 1e-14);
            double r = y[i] - mu;
            var row = new ReadOnlySpan<double>(x, i * p, p);
            for (int a = 0; a < p; a++)
            {
                g[a] += r * row[a];
            }

            // Upper triangle only, SIMD across b: p(p+1)/2 multiply-adds per row, the hot loop of the whole PS fit.
            for (int a = 0; a < p; a++)
            {
                double wa = w * row[a];
                var target = new Span<double>(h, a * p + a, p - a);
                var source = row[a..];
                int b = 0;
                if (source.Length >= width)
                {
                    var vw = new Vector<double>(wa);
                    for (; b <= source.Length - width; b += width)
                    {
                        var acc = new Vector<double>(target[b..]) + vw * new Vector<double>(source[b..]);
                        acc.CopyTo(target[b..]);
                    }
                }

                for (; b < source.Length; b++)
                {
                    target[b] += wa * source[b];
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double Deviance(double[] x, double[] y, double[] beta, int p, double[]? etaOut)
    {
        int n = y.Length;
        double dev = 0;
        for (int i = 0; i < n; i++)
        {
            int o = i * p;
            double e = 0;
            for (int a = 0; a < p; a++)
            {
                e += x[o + a] * beta[a];
            }

            if (etaOut is not null)
            {
                etaOut[i] = e;
            }

            // −log L_i = softplus(e) − y e, computed stably.
            double softplus = e > 0 ? e + Math.Log(1 + Math.Exp(-e)) : Math.Log(1 + Math.Exp(e));
            dev += softplus - y[i] * e;
        }

        return 2 * dev;
    }
}
