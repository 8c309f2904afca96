using System.Globalization;
using Mestring.Evidence.Data;
using Mestring.Evidence.Errors;

namespace Mestring.Evidence.Estimation;

/// <summary>Checks the request against the data and produces a <see cref="Problem"/> or a typed error.</summary>
internal static class ProblemBuilder
{
    public static EvidenceResult<Problem> Build(Dataset data, EstimationRequest request)
    {
        if (request.Ratio < 1)
        {
            return Invalid($"Ratio must be at least 1 (1:k matching); got {request.Ratio}.");
        }

        if (request.Caliper is double c && !(c >= 0 && double.IsFinite(c)))
        {
            return Invalid(string.Create(CultureInfo.InvariantCulture, $"Caliper must be positive (in SDs of the propensity logit), or 0 for none; got {c}."));
        }

        if (request.Method == EstimationMethod.Dml && (request.Folds < 2 || request.Repeats < 1 || !(request.ClipLow >= 0 && request.ClipLow < 0.5)))
        {
            return Invalid(string.Create(CultureInfo.InvariantCulture, $"dml needs at least 2 folds, at least 1 split and a clipping bound in [0, 0.5); got {request.Folds} folds, {request.Repeats} splits, clip {request.ClipLow}."));
        }

        if (!(request.TrimLow >= 0 && request.TrimLow < request.TrimHigh && request.TrimHigh <= 1))
        {
            return Invalid(string.Create(CultureInfo.InvariantCulture, $"Trimming bounds must satisfy 0 ≤ low < high ≤ 1; got [{request.TrimLow}, {request.TrimHigh}]."));
        }

        if (request.BootstrapReplicates < 0)
        {
            return Invalid("Bootstrap replicates cannot be negative.");
        }

        if (request.Clusters is { } clusters && clusters.Count != data.RowCount)
        {
            return Invalid(string.Create(CultureInfo.InvariantCulture, $"Clusters must give one id per row: {clusters.Count} ids for {data.RowCount} rows."));
        }

        if (request.Method == EstimationMethod.Did && string.IsNullOrWhiteSpace(request.PreOutcome))
        {
            return Invalid("Method 'did' needs the pre-period outcome column (--pre).");
        }

        if (request.Method is EstimationMethod.Psm or EstimationMethod.Ipw or EstimationMethod.Aipw or EstimationMethod.Dml && request.Covariates.Count == 0)
        {
            return Invalid($"Method '{request.Method.WireName()}' needs at least one covariate for the propensity score.");
        }

        var names = new List<string> { request.Treatment, request.Outcome };
        names.AddRange(request.Covariates);
        if (request.Method == EstimationMethod.Did)
        {
            names.Add(request.PreOutcome!);
        }

        foreach (var name in names)
        {
            if (!data.HasNumericColumn(name))
            {
                return EvidenceResult<Problem>.Failure(
                    EvidenceErrorCode.MissingColumn,
                    $"Column '{name}' is not in the data. Available columns: {string.Join(", ", data.ColumnNames)}.");
            }
        }

        var t = data.Column(request.Treatment);
        var distinct = new SortedSet<double>();
        foreach (var v in t)
        {
            if (v != 0 && v != 1)
            {
                distinct.Add(v);
                if (distinct.Count >= 5)
                {
                    break;
                }
            }
        }

        if (distinct.Count > 0)
        {
            var shown = string.Join(", ", distinct.Select(v => v.ToString("G", CultureInfo.InvariantCulture)));
            return EvidenceResult<Problem>.Failure(
                EvidenceErrorCode.NonBinaryTreatment,
                $"Treatment column '{request.Treatment}' must contain only 0 (control) and 1 (treated); found also: {shown}.");
        }

        int n1 = t.Count(v => v == 1);
        if (n1 == 0 || n1 == t.Length)
        {
            return EvidenceResult<Problem>.Failure(
                EvidenceErrorCode.EmptyTreatmentGroup,
                $"Treatment column '{request.Treatment}' has no {(n1 == 0 ? "treated (1)" : "control (0)")} rows; an effect needs both groups.");
        }

        foreach (var name in request.Covariates)
        {
            var x = data.Column(name);
            if (x.Length > 0 && Array.TrueForAll(x, v => v == x[0]))
            {
                return EvidenceResult<Problem>.Failure(
                    EvidenceErrorCode.ConstantCovariate,
                    string.Create(CultureInfo.InvariantCulture, $"Covariate '{name}' has the same value ({x[0]}) in every row; remove it, it cannot adjust for anything."));
            }
        }

        var columns = request.Covariates.Select(data.Column).ToArray();
        var pre = request.Method == EstimationMethod.Did ? data.Column(request.PreOutcome!) : null;
        return new Problem(data.Column(request.Outcome), t, columns, request.Covariates, pre);
    }

    private static EvidenceResult<Problem> Invalid(string message) => EvidenceResult<Problem>.Failure(EvidenceErrorCode.InvalidRequest, message);
}
