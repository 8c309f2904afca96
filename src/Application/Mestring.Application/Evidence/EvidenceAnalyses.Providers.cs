using Mestring.Evidence.Data;
using Mestring.Evidence.Errors;
using Mestring.Evidence.Providers;

namespace Mestring.Application.Evidence;

public static partial class EvidenceAnalyses
{

    /// <summary>
    /// Case-mix adjusted progression per provider: the named methods' effects (from <see cref="MethodEffects"/>) are taken
    /// out first — they are the method's, not the provider's; then each provider is compared with the median provider of
    /// its intervention type, with the case mix (baseline level, age ≥ 50, sex) estimated within providers; empirical-Bayes
    /// shrinkage; flagged when the whole shrunken 95 % interval lies more than <see cref="ProviderMargin"/> below the median peer.
    /// </summary>
    public static EvidenceResult<IReadOnlyList<ProviderResult>> Providers(EvidenceData data, IReadOnlyList<MethodEffectRow>? methodEffects = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        methodEffects ??= MethodEffects(data);
        var effects = methodEffects.Where(m => m.Outcome == EvidenceOutcomes.Progression && double.IsFinite(m.Estimate))
            .ToDictionary(m => m.Method, m => m.Estimate, StringComparer.Ordinal);
        var rows = data.Records.Where(r => r.Outcomes.ContainsKey(EvidenceOutcomes.Progression)).ToList();
        var y = rows.Select(r => r.Outcomes[EvidenceOutcomes.Progression] - effects.GetValueOrDefault(r.Method)).ToArray();
        var numeric = new List<KeyValuePair<string, double[]>>
        {
            new("progression", y),
            new("baseline", rows.Select(r => (double)r.Baseline).ToArray()),
            new("age50", rows.Select(r => (double)r.Age50).ToArray()),
            new("female", rows.Select(r => (double)r.Female).ToArray()),
        };
        var text = new List<KeyValuePair<string, string[]>>
        {
            new("provider", rows.Select(r => r.ProviderId).ToArray()),
            new("type", rows.Select(r => r.InterventionType).ToArray()),
        };
        var caseMix = numeric.Skip(1).Where(c => !IsConstant(c.Value)).Select(c => c.Key).ToList();
        return ProviderBenchmark.Run(new Dataset(numeric, text), new ProviderBenchmarkRequest("provider", "progression", caseMix)
        {
            PeerGroupColumn = "type",
            Margin = ProviderMargin,
        });
    }
}
