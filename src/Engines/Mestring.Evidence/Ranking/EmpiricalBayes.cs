using Mestring.Evidence.Numerics;

namespace Mestring.Evidence.Ranking;

/// <summary>How the between-group variance τ² is estimated.</summary>
public enum TauEstimator
{
    /// <summary>DerSimonian–Laird method of moments (closed form).</summary>
    MethodOfMoments,

    /// <summary>Restricted maximum likelihood (Fisher scoring); the usual choice for league tables.</summary>
    Reml,
}

/// <summary>A group's raw and shrunken estimate.</summary>
/// <param name="Raw">Raw estimate yᵢ.</param>
/// <param name="RawSe">Its standard error sᵢ.</param>
/// <param name="Shrunken">Posterior mean: μ + (1 − Bᵢ)(yᵢ − μ).</param>
/// <param name="PosteriorSe">Posterior SD including the uncertainty of μ̂.</param>
/// <param name="ShrinkageFactor">Bᵢ = sᵢ²/(sᵢ² + τ²): 0 = kept as is, 1 = pulled fully to the mean.</param>
public sealed record ShrunkenEstimate(double Raw, double RawSe, double Shrunken, double PosteriorSe, double ShrinkageFactor);

/// <summary>Result of shrinking a set of group estimates.</summary>
/// <param name="Mean">Precision-weighted grand mean μ̂.</param>
/// <param name="Tau2">Between-group variance τ̂².</param>
/// <param name="Groups">Per group, in input order.</param>
public sealed record ShrinkageResult(double Mean, double Tau2, IReadOnlyList<ShrunkenEstimate> Groups);

/// <summary>
/// Normal–normal empirical Bayes: yᵢ ~ N(θᵢ, sᵢ²), θᵢ ~ N(μ, τ²). Small groups (large sᵢ) are pulled harder to the mean,
/// so rankings and flags are not driven by noise in small providers.
/// </summary>
public static class EmpiricalBayes
{
    /// <summary>Shrinks estimates with known standard errors.</summary>
    public static ShrinkageResult Shrink(IReadOnlyList<double> estimates, IReadOnlyList<double> standardErrors, TauEstimator tau = TauEstimator.Reml)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        ArgumentNullException.ThrowIfNull(standardErrors);
        if (estimates.Count != standardErrors.Count || estimates.Count == 0)
        {
            throw new ArgumentException("Need the same, non-zero number of estimates and standard errors.", nameof(standardErrors));
        }

        var v = standardErrors.Select(s => s * s).ToArray();
        var y = estimates.ToArray();
        double tau2 = y.Length < 2 ? 0 : tau == TauEstimator.Reml ? Reml(y, v) : MethodOfMoments(y, v);
        var (mu, muVar) = WeightedMean(y, v, tau2);
        var groups = new ShrunkenEstimate[y.Length];
        for (int i = 0; i < y.Length; i++)
        {
            double b = tau2 + v[i] > 0 ? v[i] / (v[i] + tau2) : 1;
            double post = mu + (1 - b) * (y[i] - mu);

            // Var(θᵢ | y) = (1 − B)sᵢ² plus B²Var(μ̂) for estimating the mean (Morris 1983).
            double postVar = (1 - b) * v[i] + b * b * muVar;
            groups[i] = new ShrunkenEstimate(y[i], standardErrors[i], post, Math.Sqrt(postVar), b);
        }

        return new ShrinkageResult(mu, tau2, groups);
    }

    private static (double Mu, double Var) WeightedMean(double[] y, double[] v, double tau2)
    {
        double sw = 0, swy = 0;
        for (int i = 0; i < y.Length; i++)
        {
            double w = 1 / Math.Max(v[i] + tau2, 1e-300);
            sw += w;
            swy += w * y[i];
        }

        return (swy / sw, 1 / sw);
    }

    private static double MethodOfMoments(double[] y, double[] v)
    {
        double sw = 0, sw2 = 0, swy = 0;
        for (int i = 0; i < y.Length; i++)
        {
            double w = 1 / v[i];
            sw += w;
            sw2 += w * w;
            swy += w * y[i];
        }

        double mu = swy / sw, q = 0;
        for (int i = 0; i < y.Length; i++)
        {
            q += (y[i] - mu) * (y[i] - mu) / v[i];
        }

        return Math.Max(0, (q - (y.Length - 1)) / (sw - sw2 / sw));
    }

    private static double Reml(double[] y, double[] v)
    {
        // Fisher scoring on the restricted likelihood, started at the moment estimate (as metafor's rma REML).
        double tau2 = MethodOfMoments(y, v);
        for (int iter = 0; iter < 100; iter++)
        {
            var (mu, _) = WeightedMean(y, v, tau2);
            double sw = 0, sw2 = 0, sw3r = 0, sw2r = 0;
            for (int i = 0; i < y.Length; i++)
            {
                double w = 1 / (v[i] + tau2);
                double r = y[i] - mu;
                sw += w;
                sw2 += w * w;
                sw2r += w * w * r * r;
                sw3r += w * w * w;
            }

            // Score and expected information of the REML log-likelihood in τ².
            double trP = sw - sw2 / sw;
            double trPP = sw2 - 2 * sw3r / sw + sw2 / sw * (sw2 / sw);
            double score = 0.5 * (sw2r - trP);
            double info = 0.5 * trPP;
            double next = Math.Max(0, tau2 + score / info);
            if (Math.Abs(next - tau2) < 1e-10 * Math.Max(1, tau2))
            {
                return next;
            }

            tau2 = next;
        }

        return tau2;
    }
}
