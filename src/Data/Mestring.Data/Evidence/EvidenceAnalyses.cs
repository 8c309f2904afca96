using System.Globalization;
using Mestring.Evidence.Data;
using Mestring.Evidence.Errors;
using Mestring.Evidence.Estimation;
using Mestring.Evidence.Providers;
using Mestring.Evidence.Ranking;

namespace Mestring.Data.Evidence;

/// <summary>One named method's effect on one outcome relative to care as usual (pseudonymous aggregate).</summary>
/// <param name="Method">The named method.</param>
/// <param name="InterventionType">The intervention type most of its participants had.</param>
/// <param name="TargetGroup">The FFB målgruppe, or null for all.</param>
/// <param name="Outcome">Outcome id (<see cref="EvidenceOutcomes"/>).</param>
/// <param name="CatalogueOutcome">The investment catalogue outcome it maps to, or null.</param>
/// <param name="Unit">Plain-text unit.</param>
/// <param name="Estimate">Absolute change per participant (per year for event and benefit outcomes).</param>
/// <param name="N">Interventions compared (method + CAU at the same providers).</param>
/// <param name="NTreated">Of which with the method.</param>
/// <param name="Providers">Providers offering the method.</param>
/// <param name="VerdictCode">works | noDetectableEffect | tooFewData | harmful.</param>
/// <param name="SpendPerParticipant">Mean first-year spend (units × takst) per participant with the method, DKK.</param>
/// <param name="CostPerUnit">For progression: first-year spend per participant ÷ the method's effect (DKK per function level gained beyond CAU); null when the effect is not positive.</param>
public sealed record MethodEffectRow(
    string Method, string? InterventionType, string? TargetGroup, string Outcome, string? CatalogueOutcome, string Unit,
    double Estimate, double Se, double CiLow, double CiHigh, int N, int NTreated, int Providers,
    string Verdict, string VerdictCode, double PValue, double QValue, double SpendPerParticipant, double? CostPerUnit)
{
    /// <summary>The same comparison within each FFB målgruppe (target group) that has both arms; empty when there is only one.</summary>
    public IReadOnlyList<TargetGroupEffect> ByTargetGroup { get; init; } = [];
}

/// <summary>A method's effect on one outcome within one target group (the same model as the overall row, on that group only).</summary>
public sealed record TargetGroupEffect(
    string TargetGroup, double Estimate, double Se, double CiLow, double CiHigh, int N, int NTreated, string Verdict, string VerdictCode);

/// <summary>
/// A matched comparison of an intervention type's participants with similar citizens who had another intervention on the
/// same condition: doubly robust (AIPW) effect on the treated, adjusted for baseline level, age ≥ 50, sex and target group.
/// </summary>
public sealed record TypeComparison(double Estimate, double CiLow, double CiHigh, int NTreated, int NComparison, int ComparisonTypes);

/// <summary>A stop-list candidate: enough data, no effect distinguishable from zero, ranked by spend.</summary>
/// <param name="Kind">method | interventionType.</param>
/// <param name="Name">The method or intervention type.</param>
/// <param name="Outcome">The outcome judged (progression).</param>
/// <param name="Spend">Total spend over the data, DKK.</param>
/// <param name="Reason">Plain-Danish explanation.</param>
public sealed record StopListRow(
    string Kind, string Name, string Outcome, double Estimate, double CiLow, double CiHigh, int N, double Spend, string Reason)
{
    /// <summary>The reason in English.</summary>
    public string ReasonEnglish { get; init; } = "";

    /// <summary>For an intervention type: the matched comparison with other interventions on the same condition, when there is one.</summary>
    public TypeComparison? Comparison { get; init; }
}

/// <summary>
/// The evidence analyses shared by the CLI (<c>mestring evaluate --methods</c>, <c>benchmark</c>, <c>stop-list</c>) and
/// the web (API and pages), so both give the same numbers. Pure computation on <see cref="EvidenceData"/>.
/// </summary>
public static class EvidenceAnalyses
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

    /// <summary>
    /// Each named method against care as usual at the providers that offer it (a provider offers CAU and at most one
    /// named method, so the intervention type is fixed too), for every outcome measured: OLS with person-clustered (CR1) SE on treatment +
    /// baseline level (categories) + age ≥ 50 + provider fixed effects + target group + the same measure in the year before
    /// the start. Benjamini–Hochberg q-values over all rows.
    /// </summary>
    public static IReadOnlyList<MethodEffectRow> MethodEffects(EvidenceData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var rows = data.Records;
        var methods = rows.Select(r => r.Method).Where(m => !string.Equals(m, EvidenceDataset.CareAsUsual, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var results = new List<MethodEffectRow>();
        foreach (var method in methods)
        {
            var offering = rows.Where(r => string.Equals(r.Method, method, StringComparison.Ordinal)).Select(r => r.ProviderId).ToHashSet(StringComparer.Ordinal);
            var comparable = rows.Where(r => offering.Contains(r.ProviderId)
                && (string.Equals(r.Method, method, StringComparison.Ordinal) || string.Equals(r.Method, EvidenceDataset.CareAsUsual, StringComparison.Ordinal))).ToList();
            var treatedRows = comparable.Where(r => string.Equals(r.Method, method, StringComparison.Ordinal)).ToList();
            var type = treatedRows.GroupBy(r => r.InterventionType, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            var spend = treatedRows.Count == 0 ? 0 : treatedRows.Average(r => r.FirstYearSpend);
            foreach (var outcome in EvidenceOutcomes.All)
            {
                var subset = comparable.Where(r => r.Outcomes.ContainsKey(outcome.Name)).ToList();
                int treated = subset.Count(r => string.Equals(r.Method, method, StringComparison.Ordinal));
                var y = subset.Select(r => r.Outcomes[outcome.Name]).ToArray();
                var nothing = treated == 0 || Array.TrueForAll(y, v => v == y[0]);
                if (nothing && outcome.Name != EvidenceOutcomes.Progression)
                {
                    continue; // nothing happens on this outcome in this group (e.g. placement days for adults): nothing to estimate
                }
                var e = nothing ? null : Judge(subset, method, outcome);
                var byGroup = TargetGroups(subset, method, outcome);
                if (e is { } r)
                {
                    double? costPerUnit = outcome.Name == EvidenceOutcomes.Progression && r.Estimate > 0 ? spend / r.Estimate : null;
                    results.Add(new MethodEffectRow(method, type, null, outcome.Name, outcome.CatalogueOutcome, outcome.Unit,
                        r.Estimate, r.Se, r.CiLow, r.CiHigh, subset.Count, treated, offering.Count, VerdictRules.Danish(r.Verdict), Code(r.Verdict),
                        FalseDiscoveryRate.PValue(r.Estimate, r.Se), double.NaN, spend, costPerUnit) { ByTargetGroup = byGroup });
                }
                else
                {
                    results.Add(new MethodEffectRow(method, type, null, outcome.Name, outcome.CatalogueOutcome, outcome.Unit,
                        double.NaN, double.NaN, double.NaN, double.NaN, subset.Count, treated, offering.Count,
                        VerdictRules.Danish(Verdict.TooFewData), Code(Verdict.TooFewData), double.NaN, double.NaN, spend, null) { ByTargetGroup = byGroup });
                }
            }
        }

        var tested = results.Select((r, i) => (r, i)).Where(t => double.IsFinite(t.r.PValue)).ToList();
        var q = FalseDiscoveryRate.QValues(tested.Select(t => t.r.PValue).ToList());
        for (int k = 0; k < tested.Count; k++)
        {
            results[tested[k].i] = results[tested[k].i] with { QValue = q[k] };
        }
        return results;
    }

    /// <summary>The comparison on one group of records, with the verdict lowered to "for få data" when events are too rare.</summary>
    private static (double Estimate, double Se, double CiLow, double CiHigh, Verdict Verdict)? Judge(List<InterventionRecord> subset, string method, OutcomeDefinition outcome)
    {
        if (Estimate(subset, method, outcome) is not { IsSuccess: true } e)
        {
            return null;
        }
        var r = e.Value;
        var verdict = r.Verdict;
        if (EvidenceOutcomes.CountsEvents(outcome.Name))
        {
            int withEventTreated = 0, withEventOther = 0;
            foreach (var x in subset)
            {
                if (x.Outcomes[outcome.Name] != 0)
                {
                    if (string.Equals(x.Method, method, StringComparison.Ordinal)) withEventTreated++;
                    else withEventOther++;
                }
            }
            if (Math.Min(withEventTreated, withEventOther) < MinimumEvents)
            {
                verdict = Verdict.TooFewData;
            }
        }
        return (r.Estimate, r.Se, r.CiLow, r.CiHigh, verdict);
    }

    /// <summary>The same comparison within each target group that has both arms (none when all records share one group).</summary>
    private static IReadOnlyList<TargetGroupEffect> TargetGroups(List<InterventionRecord> subset, string method, OutcomeDefinition outcome)
    {
        var groups = subset.Where(r => r.TargetGroup is not null).GroupBy(r => r.TargetGroup!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (groups.Count < 2)
        {
            return [];
        }
        var list = new List<TargetGroupEffect>();
        foreach (var g in groups)
        {
            var rows = g.ToList();
            int treated = rows.Count(r => string.Equals(r.Method, method, StringComparison.Ordinal));
            var y = rows.Select(r => r.Outcomes[outcome.Name]).ToArray();
            var e = treated == 0 || treated == rows.Count || Array.TrueForAll(y, v => v == y[0]) ? null : Judge(rows, method, outcome);
            list.Add(e is { } r
                ? new TargetGroupEffect(g.Key, r.Estimate, r.Se, r.CiLow, r.CiHigh, rows.Count, treated, VerdictRules.Danish(r.Verdict), Code(r.Verdict))
                : new TargetGroupEffect(g.Key, double.NaN, double.NaN, double.NaN, double.NaN, rows.Count, treated, VerdictRules.Danish(Verdict.TooFewData), Code(Verdict.TooFewData)));
        }
        return list;
    }

    private static EvidenceResult<EstimationResult>? Estimate(List<InterventionRecord> subset, string method, OutcomeDefinition outcome)
    {
        var numeric = new List<KeyValuePair<string, double[]>>
        {
            new("y", subset.Select(r => r.Outcomes[outcome.Name]).ToArray()),
            new("treat", subset.Select(r => string.Equals(r.Method, method, StringComparison.Ordinal) ? 1.0 : 0.0).ToArray()),
            new("age50", subset.Select(r => (double)r.Age50).ToArray()),
        };
        // Baseline level as categories: the method is assigned by baseline, and outcomes need not be linear in it.
        numeric.AddRange(Categories(subset, "baseline", BaselineOf));
        numeric.AddRange(Categories(subset, "provider", r => r.ProviderId));
        // Target group and the same measure in the year before: both are prognostic (a psychiatric target group has many
        // psychiatric contacts every year), so adjusting for them removes chance imbalance between small arms and narrows
        // the interval; the method is assigned independently of them given provider and baseline, so nothing is biased.
        numeric.AddRange(Categories(subset, "group", GroupOf));
        if (subset.Any(r => r.Prior.ContainsKey(outcome.Name)))
        {
            numeric.Add(new("prior", subset.Select(r => r.Prior.GetValueOrDefault(outcome.Name)).ToArray()));
            numeric.Add(new("prior:missing", subset.Select(r => r.Prior.ContainsKey(outcome.Name) ? 0.0 : 1.0).ToArray()));
        }
        var covariates = numeric.Skip(2).Where(c => !IsConstant(c.Value)).Select(c => c.Key).ToList();
        int treated = subset.Count(r => string.Equals(r.Method, method, StringComparison.Ordinal));
        if (subset.Count <= covariates.Count + 2 || treated == subset.Count)
        {
            return null;
        }
        var request = new EstimationRequest("treat", "y", covariates)
        {
            Method = EstimationMethod.Regression,
            Regression = RegressionSpecification.Additive,
            Estimand = Estimand.Ate,
            DesiredDirection = outcome.HigherIsBetter ? EffectDirection.Increase : EffectDirection.Decrease,
            MinimumGroupSize = MinimumGroupSize,
            Clusters = subset.Select(r => r.Person).ToArray(),
        };
        return EffectEstimator.Estimate(new Dataset(numeric), request);
    }

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

    /// <summary>
    /// Interventions and methods with enough data (≥ <see cref="MinimumGroupSize"/> on each side) and no effect on
    /// progression distinguishable from zero, ranked by total spend.
    /// <list type="bullet">
    /// <item>A method: its progression interval against CAU at the same providers contains 0 and no other outcome shows it works.</item>
    /// <item>An intervention type: the 95 % interval of its participants' mean progression (before → after) contains 0, and
    /// — where other interventions address the same condition — the matched comparison with similar citizens who had one of
    /// those (<see cref="CompareType"/>) shows no advantage either. A type that does better than the alternatives is not
    /// listed even when its participants merely hold their level.</item>
    /// </list>
    /// </summary>
    public static IReadOnlyList<StopListRow> StopList(EvidenceData data, IReadOnlyList<MethodEffectRow>? methodEffects = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        methodEffects ??= MethodEffects(data);
        var list = new List<StopListRow>();
        foreach (var group in methodEffects.GroupBy(m => m.Method, StringComparer.Ordinal))
        {
            var progression = group.FirstOrDefault(m => m.Outcome == EvidenceOutcomes.Progression);
            if (progression is null || progression.VerdictCode != "noDetectableEffect" || group.Any(m => m.VerdictCode == "works"))
            {
                continue;
            }
            int other = progression.N - progression.NTreated;
            list.Add(new StopListRow("method", group.Key, EvidenceOutcomes.Progression, progression.Estimate, progression.CiLow, progression.CiHigh,
                progression.N, data.SpendByMethod.GetValueOrDefault(group.Key),
                string.Create(CultureInfo.InvariantCulture,
                    $"{progression.NTreated} forløb med metoden og {other} med almindelig indsats hos de samme tilbud: ingen påviselig forskel i funktionsniveau, og ingen af de øvrige udfald viser en gevinst."))
            {
                ReasonEnglish = string.Create(CultureInfo.InvariantCulture,
                    $"{progression.NTreated} courses with the method and {other} with care as usual at the same providers: no detectable difference in function level, and none of the other outcomes shows a gain."),
            });
        }
        var assessed = data.Records.Where(r => r.Outcomes.ContainsKey(EvidenceOutcomes.Progression)).ToList();
        foreach (var type in assessed.GroupBy(r => r.InterventionType, StringComparer.Ordinal))
        {
            var x = type.Select(r => r.Outcomes[EvidenceOutcomes.Progression]).ToArray();
            if (x.Length < MinimumGroupSize)
            {
                continue;
            }
            double mean = x.Average(), sd = Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1)), se = sd / Math.Sqrt(x.Length);
            double low = mean - 1.96 * se, high = mean + 1.96 * se;
            if (low > 0 || high < 0 || !double.IsFinite(se))
            {
                continue;
            }
            var comparison = CompareType(assessed, type.Key);
            if (comparison is { CiLow: > 0 })
            {
                continue; // holds its level where similar citizens with the alternatives do worse: that is an effect
            }
            var (danish, english) = comparison is { } c
                ? (string.Create(CultureInfo.InvariantCulture,
                       $"{x.Length} forløb med før- og eftermåling: funktionsniveauet ændrer sig ikke påviseligt fra start til opfølgning, og sammenlignet med {c.NComparison} lignende borgere med en anden indsats på samme område ({c.ComparisonTypes} indsatstyper) er der ingen påviselig gevinst."),
                   string.Create(CultureInfo.InvariantCulture,
                       $"{x.Length} courses measured before and after: function level does not change detectably from start to follow-up, and compared with {c.NComparison} similar citizens who had another intervention on the same condition ({c.ComparisonTypes} intervention types) there is no detectable gain."))
                : (string.Create(CultureInfo.InvariantCulture,
                       $"{x.Length} forløb med før- og eftermåling: funktionsniveauet ændrer sig ikke påviseligt fra start til opfølgning. Ingen anden indsats på samme område at sammenligne med."),
                   string.Create(CultureInfo.InvariantCulture,
                       $"{x.Length} courses measured before and after: function level does not change detectably from start to follow-up. No other intervention on the same condition to compare with."));
            list.Add(new StopListRow("interventionType", type.Key, EvidenceOutcomes.Progression, mean, low, high, x.Length,
                data.SpendByType.GetValueOrDefault(type.Key), danish)
            {
                ReasonEnglish = english,
                Comparison = comparison,
            });
        }
        return [.. list.OrderByDescending(r => r.Spend).ThenBy(r => r.Name, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The progression of an intervention type's participants against similar citizens who had another intervention type on
    /// the same condition: doubly robust AIPW effect on the treated (propensity by logistic regression, trimmed to
    /// [0.01, 0.99]), adjusted for baseline level (categories), age ≥ 50, sex and target group. Null when fewer than
    /// <see cref="MinimumGroupSize"/> on either side or the estimate fails (e.g. no overlap).
    /// </summary>
    public static TypeComparison? CompareType(IReadOnlyList<InterventionRecord> assessed, string type)
    {
        ArgumentNullException.ThrowIfNull(assessed);
        var own = assessed.Where(r => string.Equals(r.InterventionType, type, StringComparison.Ordinal)).ToList();
        if (own.Count == 0)
        {
            return null;
        }
        var condition = own[0].Condition;
        var groups = own.Select(r => r.TargetGroup).ToHashSet();
        var others = assessed.Where(r => !string.Equals(r.InterventionType, type, StringComparison.Ordinal)
            && string.Equals(r.Condition, condition, StringComparison.Ordinal) && groups.Contains(r.TargetGroup)).ToList();
        if (own.Count < MinimumGroupSize || others.Count < MinimumGroupSize)
        {
            return null;
        }
        var rows = own.Concat(others).ToList();
        var numeric = new List<KeyValuePair<string, double[]>>
        {
            new("y", rows.Select(r => r.Outcomes[EvidenceOutcomes.Progression]).ToArray()),
            new("treat", rows.Select((_, i) => i < own.Count ? 1.0 : 0.0).ToArray()),
            new("age50", rows.Select(r => (double)r.Age50).ToArray()),
            new("female", rows.Select(r => (double)r.Female).ToArray()),
        };
        numeric.AddRange(Categories(rows, "baseline", BaselineOf));
        numeric.AddRange(Categories(rows, "group", GroupOf));
        var covariates = numeric.Skip(2).Where(c => !IsConstant(c.Value)).Select(c => c.Key).ToList();
        if (covariates.Count == 0)
        {
            return null;
        }
        var result = EffectEstimator.Estimate(new Dataset(numeric), new EstimationRequest("treat", "y", covariates)
        {
            Method = EstimationMethod.Aipw,
            Estimand = Estimand.Att,
            MinimumGroupSize = MinimumGroupSize,
        });
        if (!result.IsSuccess || !double.IsFinite(result.Value.Se))
        {
            return null;
        }
        var e = result.Value;
        return new TypeComparison(e.Estimate, e.CiLow, e.CiHigh, own.Count, others.Count,
            others.Select(r => r.InterventionType).Distinct(StringComparer.Ordinal).Count());
    }

    private static string Code(Verdict verdict) => verdict switch
    {
        Verdict.Works => "works",
        Verdict.NoDetectableEffect => "noDetectableEffect",
        Verdict.TooFewData => "tooFewData",
        _ => "harmful",
    };

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
