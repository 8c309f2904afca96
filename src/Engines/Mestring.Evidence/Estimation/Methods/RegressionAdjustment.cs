using Mestring.Evidence.Errors;
using Mestring.Evidence.Numerics;

namespace Mestring.Evidence.Estimation.Methods;

/// <summary>
/// OLS regression adjustment with HC1 robust SE (with clusters: CR2 and t(G − 1), or CR1). Interacted specification: y ~ T + (X − c) + T·(X − c); with c the
/// treated mean the T coefficient is the ATT, with c the overall mean it is the ATE (same point estimate as imputing
/// from separate-arm regressions). The SE treats c as fixed, which ignores the small sampling error of the centring mean.
/// </summary>
internal sealed class RegressionAdjustment : IEffectMethod
{
    public EvidenceResult<MethodEstimate> Estimate(Problem problem, EstimationRequest request)
    {
        if (problem.X.Length == 0)
        {
            var fit0 = LinearRegression.Fit([problem.T], problem.Y, robust: true, clusters: Clusters(problem, request), cr2: request.SmallSampleClusterCorrection);
            return Result(problem, fit0, [], request);
        }

        var columns = new List<double[]> { problem.T };
        if (request.Regression == RegressionSpecification.Additive)
        {
            columns.AddRange(problem.X);
        }
        else
        {
            bool att = request.Estimand == Estimand.Att;
            foreach (var x in problem.X)
            {
                double centre = WeightedStats.Mean(x, null, i => !att || problem.IsTreated(i));
                var centred = new double[problem.N];
                var interaction = new double[problem.N];
                for (int i = 0; i < problem.N; i++)
                {
                    centred[i] = x[i] - centre;
                    interaction[i] = problem.T[i] * centred[i];
                }

                columns.Add(centred);
                columns.Add(interaction);
            }
        }

        var fit = LinearRegression.Fit(columns, problem.Y, robust: true, clusters: Clusters(problem, request), cr2: request.SmallSampleClusterCorrection);
        var warnings = fit.Ridged
            ? new[] { "Regression design was singular (collinear covariates or a covariate constant within an arm); a tiny ridge was used." }
            : [];
        return Result(problem, fit, warnings, request);
    }

    private static IReadOnlyList<int>? Clusters(Problem problem, EstimationRequest request) =>
        request.Clusters is { } c && c.Count == problem.N ? c : null;

    private static MethodEstimate Result(Problem problem, OlsFit fit, IReadOnlyList<string> warnings, EstimationRequest request)
    {
        int p = fit.Coefficients.Length;
        double se = Math.Sqrt(fit.RobustCovariance![1 * p + 1]);
        if (Clusters(problem, request) is null)
        {
            return new MethodEstimate(fit.Coefficients[1], se, "hc1", problem.N1, problem.N0, null, warnings);
        }

        // CR2's interval uses Student's t with G − 1 degrees of freedom (Bell & McCaffrey 2002; Cameron & Miller 2015 §VI).
        bool cr2 = request.SmallSampleClusterCorrection;
        return new MethodEstimate(fit.Coefficients[1], se, cr2 ? "cr2" : "cr1", problem.N1, problem.N0, null, warnings)
        {
            CriticalValue = cr2 ? ClusterRobust.T975(fit.ClusterCount - 1) : Normal.Z975,
        };
    }
}
