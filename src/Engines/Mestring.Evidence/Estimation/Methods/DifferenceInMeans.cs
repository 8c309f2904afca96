using Mestring.Evidence.Errors;

namespace Mestring.Evidence.Estimation.Methods;

/// <summary>Mean outcome of treated minus controls; Welch (unequal-variance) standard error. ATT = ATE here.</summary>
internal sealed class DifferenceInMeans : IEffectMethod
{
    public EvidenceResult<MethodEstimate> Estimate(Problem problem, EstimationRequest request)
    {
        var (estimate, se) = Welch(problem.Y, problem.T, request.PooledVariance);
        return new MethodEstimate(estimate, se, request.PooledVariance ? "pooled" : "welch", problem.N1, problem.N0, null, []);
    }

    public static (double Estimate, double Se) Welch(double[] y, double[] t, bool pooled = false)
    {
        double s1 = 0, s0 = 0;
        int n1 = 0, n0 = 0;
        for (int i = 0; i < y.Length; i++)
        {
            if (t[i] == 1)
            {
                s1 += y[i];
                n1++;
            }
            else
            {
                s0 += y[i];
                n0++;
            }
        }

        double m1 = s1 / n1, m0 = s0 / n0, v1 = 0, v0 = 0;
        for (int i = 0; i < y.Length; i++)
        {
            if (t[i] == 1)
            {
                v1 += (y[i] - m1) * (y[i] - m1);
            }
            else
            {
                v0 += (y[i] - m0) * (y[i] - m0);
            }
        }

        if (pooled)
        {
            double s2 = n1 + n0 > 2 ? (v1 + v0) / (n1 + n0 - 2) : double.NaN;
            return (m1 - m0, Math.Sqrt(s2 * (1.0 / n1 + 1.0 / n0)));
        }

        v1 = n1 > 1 ? v1 / (n1 - 1) : double.NaN;
        v0 = n0 > 1 ? v0 / (n0 - 1) : double.NaN;
        return (m1 - m0, Math.Sqrt(v1 / n1 + v0 / n0));
    }
}
