using Mestring.Evidence.Errors;
using Mestring.Evidence.Numerics;

namespace Mestring.Evidence.Estimation.Methods;

/// <summary>
/// Augmented IPW (doubly robust): consistent if either the PS model or the outcome regressions (OLS per arm on the
/// covariates) are right. ATE: mean of ψ = m₁ − m₀ + T(y − m₁)/e − (1−T)(y − m₀)/(1−e), SE = sd(ψ)/√n.
/// ATT: mean over treated of (y − m₀) minus the e/(1−e)-weighted (normalised) mean over controls of (y − m₀); SE from
/// its influence function. Rows outside the trimming bounds are dropped first.
/// </summary>
internal sealed class AugmentedIpw : TrimmedPropensityMethod
{
    protected override EvidenceResult<MethodEstimate> Estimate(Problem problem, EstimationRequest request, double[] e, bool[] keep, int dropped)
    {
        var controls = Kept(problem, keep, false);
        var treated = Kept(problem, keep, true);
        var fit0 = LinearRegression.Fit(problem.X, problem.Y, controls);
        var warnings = PropensityWeights.Notes(dropped, problem.N, request).ToList();
        double tau, se;
        var w = new double[problem.N];
        if (request.Estimand == Estimand.Att)
        {
            var residual = new double[problem.N];
            for (int i = 0; i < problem.N; i++)
            {
                if (keep[i])
                {
                    residual[i] = problem.Y[i] - fit0.Predict(problem.X, i);
                    w[i] = problem.IsTreated(i) ? 1 : e[i] / (1 - e[i]);
                }
            }

            (tau, se) = InverseProbabilityWeighting.WeightedContrast(problem, w, residual);
        }
        else
        {
            var fit1 = LinearRegression.Fit(problem.X, problem.Y, treated);
            double sum = 0, sumSq = 0;
            int n = 0;
            for (int i = 0; i < problem.N; i++)
            {
                if (!keep[i])
                {
                    continue;
                }

                double m1 = fit1.Predict(problem.X, i), m0 = fit0.Predict(problem.X, i), y = problem.Y[i];
                double psi = problem.IsTreated(i) ? m1 - m0 + (y - m1) / e[i] : m1 - m0 - (y - m0) / (1 - e[i]);
                w[i] = problem.IsTreated(i) ? 1 / e[i] : 1 / (1 - e[i]);
                sum += psi;
                sumSq += psi * psi;
                n++;
            }

            tau = sum / n;
            se = Math.Sqrt((sumSq - n * tau * tau) / (n - 1) / n);
        }

        if (fit0.Ridged)
        {
            warnings.Add("The control outcome regression was singular (a covariate constant among controls or collinear); a tiny ridge was used.");
        }

        return new MethodEstimate(tau, se, "influence-function", treated.Length, controls.Length, w, warnings);
    }

    private static int[] Kept(Problem problem, bool[] keep, bool arm)
    {
        var rows = new List<int>();
        for (int i = 0; i < problem.N; i++)
        {
            if (keep[i] && problem.IsTreated(i) == arm)
            {
                rows.Add(i);
            }
        }

        return [.. rows];
    }
}
