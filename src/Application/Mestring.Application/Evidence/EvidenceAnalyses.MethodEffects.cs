using Mestring.Evidence.Data;
using Mestring.Evidence.Errors;
using Mestring.Evidence.Estimation;
using Mestring.Evidence.Providers;
using Mestring.Evidence.Ranking;

namespace Mestring.Application.Evidence;

public static partial class EvidenceAnalyses
{
    /// <summary>
    /// Each named method against care as usual at the providers that offer it (a provider offers CAU and at most one
    /// named method, so the intervention type is fixed too), for every outcome measured: OLS with person-clustered (CR1) SE on treatment +
    /// baseline level (categories) + age ≥ 50 + provider fixed effects + target group + the same measure in the year before
    /// the start. Benjamini–Hochberg q-values over all rows. The engine's balance gate applies: when the groups still differ
    /// after weighting by the propensity of the same covariates, the verdict is uncertain_balance.
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
                        FalseDiscoveryRate.PValue(r.Estimate, r.Se), double.NaN, spend, costPerUnit)
                    { ByTargetGroup = byGroup, EValue = r.EValue, EValueCi = r.EValueCi, BalanceWarnings = r.BalanceWarnings });
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
    private static (double Estimate, double Se, double CiLow, double CiHigh, Verdict Verdict, double? EValue, double? EValueCi, IReadOnlyList<BalanceWarning> BalanceWarnings)? Judge(List<InterventionRecord> subset, string method, OutcomeDefinition outcome)
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
        return (r.Estimate, r.Se, r.CiLow, r.CiHigh, verdict, r.EValue, r.EValueCi, r.BalanceWarnings);
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
                {
                    EValue = r.EValue, EValueCi = r.EValueCi, BalanceWarnings = r.BalanceWarnings,
                }
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
}
