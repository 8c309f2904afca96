using Mestring.Evidence.Data;
using Mestring.Evidence.Errors;
using Mestring.Evidence.Numerics;
using Mestring.Evidence.Ranking;

namespace Mestring.Evidence.Providers;

/// <summary>What to benchmark. Columns refer to the dataset; the provider id column is a text column.</summary>
/// <param name="ProviderColumn">Text column with the provider id.</param>
/// <param name="Outcome">Numeric outcome, e.g. change in function level.</param>
/// <param name="CaseMix">Case-mix covariates (the provider itself is deliberately not in the model).</param>
public sealed record ProviderBenchmarkRequest(string ProviderColumn, string Outcome, IReadOnlyList<string> CaseMix)
{
    /// <summary>Which sign of the adjusted effect is good; a provider is flagged when its whole interval is on the bad side.</summary>
    public Estimation.EffectDirection DesiredDirection { get; init; } = Estimation.EffectDirection.Increase;

    /// <summary>τ² estimator for the shrinkage.</summary>
    public TauEstimator Tau { get; init; } = TauEstimator.Reml;

    /// <summary>Two-sided confidence level of the shrunken interval (0.95 by default).</summary>
    public double Confidence { get; init; } = 0.95;

    /// <summary>
    /// Optional text column naming each row's peer group (e.g. the intervention type). When given, the case mix is
    /// estimated within providers (provider fixed effects) and each provider is compared with the median provider of
    /// its peer group rather than with the average row: a provider belongs to one peer group, so its own effect and
    /// the group's typical level cannot be told apart, and the median peer is not dragged down by a weak neighbour.
    /// </summary>
    public string? PeerGroupColumn { get; init; }

    /// <summary>
    /// How far on the bad side of the reference the whole shrunken interval must lie before a provider is flagged
    /// (in outcome units; 0 by default). A material margin keeps large providers that are only trivially worse than
    /// their peers — significant only because n is large — from being flagged as "clearly worse".
    /// </summary>
    public double Margin { get; init; }
}

/// <summary>One provider's case-mix adjusted result.</summary>
/// <param name="ProviderId">Provider id.</param>
/// <param name="N">Citizens.</param>
/// <param name="ObservedMinusExpected">Raw mean of observed − expected.</param>
/// <param name="RawSe">SE of the raw mean (pooled residual SD/√n).</param>
/// <param name="AdjustedEffect">Shrunken observed − expected.</param>
/// <param name="CiLow">Lower limit of the shrunken interval.</param>
/// <param name="CiHigh">Upper limit.</param>
/// <param name="Flagged">The shrunken interval lies entirely on the bad side of zero.</param>
public sealed record ProviderResult(string ProviderId, int N, double ObservedMinusExpected, double RawSe, double AdjustedEffect, double CiLow, double CiHigh, bool Flagged)
{
    /// <summary>
    /// flagged (clearly worse than its peers) | notFlagged | uncertain_balance (its citizens differ from its peers' even
    /// after reweighting the peers to its case mix, so no flag is raised; <see cref="ProviderBalance"/>).
    /// </summary>
    public string VerdictCode { get; init; } = Flagged ? "flagged" : "notFlagged";

    /// <summary>Case-mix covariates failing the balance gate between the provider and its reweighted peers.</summary>
    public IReadOnlyList<Estimation.BalanceWarning> BalanceWarnings { get; init; } = [];

    /// <summary>E-value of the adjusted difference (standardised by the outcome's SD).</summary>
    public double? EValue { get; init; }

    /// <summary>E-value of the interval limit nearer to no difference (1 when the interval contains 0).</summary>
    public double? EValueCi { get; init; }
}

/// <summary>
/// Case-mix adjusted provider benchmarking: (1) OLS of the outcome on case-mix covariates over all citizens, without
/// provider, gives each citizen's expected outcome; (2) each provider's mean observed − expected, with SE = σ̂/√n from
/// the pooled residual SD (a provider's own SD is too noisy when n is small); (3) empirical-Bayes shrinkage towards
/// the overall mean; (4) a flag only when the shrunken interval lies wholly on the bad side. Small providers have
/// wide intervals and are pulled to the mean, so they are rarely flagged by chance.
/// </summary>
public static class ProviderBenchmark
{
    /// <summary>Benchmarks every provider in the data; rows come back ordered by provider id (ordinal).</summary>
    public static EvidenceResult<IReadOnlyList<ProviderResult>> Run(Dataset data, ProviderBenchmarkRequest request)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(request);
        var ids = data.TextColumn(request.ProviderColumn);
        if (ids is null)
        {
            return Failure(EvidenceErrorCode.MissingColumn, $"Provider column '{request.ProviderColumn}' is not a text column in the data. Available columns: {string.Join(", ", data.ColumnNames)}.");
        }

        foreach (var name in request.CaseMix.Prepend(request.Outcome))
        {
            if (!data.HasNumericColumn(name))
            {
                return Failure(EvidenceErrorCode.MissingColumn, $"Column '{name}' is not in the data. Available columns: {string.Join(", ", data.ColumnNames)}.");
            }
        }

        foreach (var name in request.CaseMix)
        {
            var x = data.Column(name);
            if (x.Length > 0 && Array.TrueForAll(x, v => v == x[0]))
            {
                return Failure(EvidenceErrorCode.ConstantCovariate, $"Case-mix covariate '{name}' has the same value in every row; remove it.");
            }
        }

        if (request.Margin < 0 || !double.IsFinite(request.Margin))
        {
            return Failure(EvidenceErrorCode.InvalidRequest, "The flagging margin must be a finite number ≥ 0.");
        }

        if (request.PeerGroupColumn is { } peerColumn)
        {
            var peers = data.TextColumn(peerColumn);
            if (peers is null)
            {
                return Failure(EvidenceErrorCode.MissingColumn, $"Peer-group column '{peerColumn}' is not a text column in the data. Available columns: {string.Join(", ", data.ColumnNames)}.");
            }

            var peerRows = PeerBenchmark.Run(data, request, ids, peers);
            return peerRows.IsSuccess ? EvidenceResult<IReadOnlyList<ProviderResult>>.Success(ProviderBalance.Apply(data, request, ids, peers, peerRows.Value)) : peerRows;
        }

        var y = data.Column(request.Outcome);
        var columns = request.CaseMix.Select(data.Column).ToArray();
        var fit = LinearRegression.Fit(columns, y);
        var groups = new SortedDictionary<string, (double Sum, int N)>(StringComparer.Ordinal);
        for (int i = 0; i < y.Length; i++)
        {
            double residual = y[i] - fit.Predict(columns, i);
            groups[ids[i]] = groups.TryGetValue(ids[i], out var g) ? (g.Sum + residual, g.N + 1) : (residual, 1);
        }

        double sigma = fit.ResidualStandardDeviation;
        if (groups.Count < 2 || !double.IsFinite(sigma))
        {
            return Failure(EvidenceErrorCode.InvalidRequest, "Benchmarking needs at least two providers and more citizens than case-mix terms.");
        }

        var names = groups.Keys.ToArray();
        var raw = names.Select(k => groups[k].Sum / groups[k].N).ToArray();
        var se = names.Select(k => sigma / Math.Sqrt(groups[k].N)).ToArray();
        var shrunk = EmpiricalBayes.Shrink(raw, se, request.Tau);
        double z = Normal.Quantile(0.5 + request.Confidence / 2);
        var rows = new List<ProviderResult>(names.Length);
        for (int k = 0; k < names.Length; k++)
        {
            var s = shrunk.Groups[k];
            double low = s.Shrunken - z * s.PosteriorSe, high = s.Shrunken + z * s.PosteriorSe;
            bool flagged = request.DesiredDirection == Estimation.EffectDirection.Increase ? high < -request.Margin : low > request.Margin;
            rows.Add(new ProviderResult(names[k], groups[names[k]].N, raw[k], se[k], s.Shrunken, low, high, flagged));
        }

        return EvidenceResult<IReadOnlyList<ProviderResult>>.Success(ProviderBalance.Apply(data, request, ids, null, rows));
    }

    internal static EvidenceResult<IReadOnlyList<ProviderResult>> Failure(EvidenceErrorCode code, string message) =>
        EvidenceResult<IReadOnlyList<ProviderResult>>.Failure(code, message);
}
