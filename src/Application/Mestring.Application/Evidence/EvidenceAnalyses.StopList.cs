using Mestring.Evidence.Data;
using Mestring.Evidence.Estimation;

namespace Mestring.Application.Evidence;

public static partial class EvidenceAnalyses
{

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
            // "No detectable effect" is absence of evidence: groups that are not alike enough (the balance gate) do not turn
            // it into evidence, so a gated row whose interval still spans zero stays on the list.
            bool spansZero = progression is { VerdictCode: "noDetectableEffect" }
                || progression is { VerdictCode: "uncertain_balance", CiLow: <= 0, CiHigh: >= 0 };
            if (progression is null || !spansZero || group.Any(m => m.VerdictCode == "works"))
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
}
