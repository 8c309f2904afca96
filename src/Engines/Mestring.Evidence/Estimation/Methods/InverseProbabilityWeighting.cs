using Mestring.Evidence.Errors;

namespace Mestring.Evidence.Estimation.Methods;

/// <summary>
/// Inverse probability weighting with normalised (Hájek) arm means. Stabilised weights: ATE treated P(T=1)/e,
/// controls P(T=0)/(1−e); ATT treated 1, controls e/(1−e)·P(T=1)/P(T=0). SE from the linearisation of the two
/// weighted means (= HC0 SE of weighted least squares of y on T), treating the PS as known, which is conservative for
/// the ATE; use the bootstrap to propagate PS estimation.
/// </summary>
internal sealed class InverseProbabilityWeighting : TrimmedPropensityMethod
{
    protected override EvidenceResult<MethodEstimate> Estimate(Problem problem, EstimationRequest request, double[] e, bool[] keep, int dropped)
    {
        double n1 = 0, n0 = 0;
        for (int i = 0; i < problem.N; i++)
        {
            if (keep[i])
            {
                _ = problem.IsTreated(i) ? n1++ : n0++;
            }
        }

        double p1 = n1 / (n1 + n0);
        var w = new double[problem.N];
        for (int i = 0; i < problem.N; i++)
        {
            if (!keep[i])
            {
                continue;
            }

            bool t = problem.IsTreated(i);
            w[i] = request.Estimand == Estimand.Ate
                ? (t ? p1 / e[i] : (1 - p1) / (1 - e[i]))
                : (t ? 1 : e[i] / (1 - e[i]) * (1 - p1) / p1);
        }

        var (tau, se) = WeightedContrast(problem, w, problem.Y);
        return new MethodEstimate(tau, se, "ipw-sandwich", (int)n1, (int)n0, w, PropensityWeights.Notes(dropped, problem.N, request));
    }

    /// <summary>Hájek contrast Σw y/Σw (treated) − Σw y/Σw (controls) with its linearised SE.</summary>
    public static (double Tau, double Se) WeightedContrast(Problem problem, double[] w, double[] y)
    {
        double sw1 = 0, sw0 = 0, s1 = 0, s0 = 0;
        for (int i = 0; i < problem.N; i++)
        {
            if (problem.IsTreated(i))
            {
                sw1 += w[i];
                s1 += w[i] * y[i];
            }
            else
            {
                sw0 += w[i];
                s0 += w[i] * y[i];
            }
        }

        double m1 = s1 / sw1, m0 = s0 / sw0, v = 0;
        for (int i = 0; i < problem.N; i++)
        {
            if (w[i] == 0)
            {
                continue;
            }

            double r = problem.IsTreated(i) ? w[i] * (y[i] - m1) / sw1 : w[i] * (y[i] - m0) / sw0;
            v += r * r;
        }

        return (m1 - m0, Math.Sqrt(v));
    }
}
