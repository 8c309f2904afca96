using Mestring.Evidence.Estimation;
using Mestring.Evidence.Ranking;

namespace Mestring.Application.Evidence;

/// <summary>
/// The evidence analyses shared by the CLI (<c>mestring evaluate --methods</c>, <c>benchmark</c>, <c>stop-list</c>) and
/// the web (API and pages), so both give the same numbers. Pure computation on <see cref="EvidenceData"/>.
/// </summary>
public static partial class EvidenceAnalyses
{
    /// <summary>Fewest treated and comparison interventions for a verdict other than "for få data".</summary>
    public const int MinimumGroupSize = 30;

    /// <summary>
    /// The margin (function levels) by which a provider's whole shrunken interval must lie below its median peer to be
    /// flagged as clearly worse.
    /// </summary>
    public const double ProviderMargin = 0.15;

    /// <summary>
    /// Fewest citizens with an event (or a benefit year) on each side for a verdict on an event or benefit outcome: with
    /// rarer events the robust standard error is itself too uncertain to trust (it can even be zero in one arm).
    /// </summary>
    public const int MinimumEvents = 10;

    // The rules shared by the analyses (one file each: MethodEffects, Providers, StopList): verdict codes and covariate columns.

    private static string Code(Verdict verdict) => VerdictRules.Code(verdict);

    private static string BaselineOf(InterventionRecord r) => r.Baseline.ToString(CultureInfo.InvariantCulture);

    private static string GroupOf(InterventionRecord r) => r.TargetGroup ?? "";

    /// <summary>
    /// Indicator columns <c>prefix:value</c> for every value of <paramref name="value"/> in the rows but the first (ordinal
    /// order), which is the reference category.
    /// </summary>
    private static IEnumerable<KeyValuePair<string, double[]>> Categories(IReadOnlyList<InterventionRecord> rows, string prefix, Func<InterventionRecord, string> value)
    {
        var values = rows.Select(value).ToArray();
        return values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Skip(1)
            .Select(v => new KeyValuePair<string, double[]>(prefix + ":" + v,
                Array.ConvertAll(values, x => string.Equals(x, v, StringComparison.Ordinal) ? 1.0 : 0.0)));
    }

    private static bool IsConstant(double[] x) => x.Length == 0 || Array.TrueForAll(x, v => v == x[0]);
}
