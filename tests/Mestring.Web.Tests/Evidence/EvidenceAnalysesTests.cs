using Mestring.Application.Evidence;

namespace Mestring.Web.Tests.Evidence;

/// <summary>
/// The shared analyses on hand-built data with known effects: rows per target group, the "too few events" verdict and the
/// stop list's matched comparison for intervention types.
/// </summary>
public sealed class EvidenceAnalysesTests
{
    private const string Condition = "cond";

    [Fact]
    public void MethodRow_CarriesOneRowPerTargetGroup_WithThatGroupsEffect()
    {
        var random = new Random(11);
        var records = new List<InterventionRecord>();
        for (var i = 0; i < 1200; i++)
        {
            var group = i % 2 == 0 ? "A" : "B";
            var method = random.NextDouble() < 0.5 ? "M" : EvidenceDataset.CareAsUsual;
            var effect = method == "M" && group == "A" ? 0.5 : 0.0; // the method works in A only
            records.Add(Record(i, "T", method, "P" + (i % 3), group, 2, Normal(random, 0.1 + effect, 0.4)));
        }

        var row = Assert.Single(EvidenceAnalyses.MethodEffects(Data(records)), r => r.Outcome == EvidenceOutcomes.Progression);

        Assert.Null(row.TargetGroup);
        Assert.Equal(["A", "B"], row.ByTargetGroup.Select(g => g.TargetGroup));
        var a = row.ByTargetGroup[0];
        var b = row.ByTargetGroup[1];
        Assert.InRange(0.5, a.CiLow, a.CiHigh);
        Assert.Equal("works", a.VerdictCode);
        Assert.InRange(0.0, b.CiLow, b.CiHigh);
        Assert.Equal(600, a.N);
        Assert.Equal(600, b.N);
        Assert.InRange(row.Estimate, 0.15, 0.35); // the overall row averages the two groups
    }

    [Fact]
    public void RareEvents_GiveTooFewData_EvenWithAnInterval()
    {
        var records = new List<InterventionRecord>();
        for (var i = 0; i < 400; i++)
        {
            var method = i % 2 == 0 ? "M" : EvidenceDataset.CareAsUsual;
            // 3 citizens with an admission under the method, 40 without it: a large, "significant" difference on 3 events.
            var events = method == "M" ? (i < 6 ? 1 : 0) : (i % 10 == 1 ? 1 : 0);
            records.Add(Record(i, "T", method, "P" + (i % 3), "A", 2, 0, new() { [EvidenceOutcomes.AcuteAdmissions] = events }));
        }

        var row = Assert.Single(EvidenceAnalyses.MethodEffects(Data(records)), r => r.Outcome == EvidenceOutcomes.AcuteAdmissions);

        Assert.True(row.CiHigh < 0, "the interval alone would call it an effect");
        Assert.Equal("tooFewData", row.VerdictCode);
    }

    [Fact]
    public void StopList_JudgesATypeAgainstSimilarCitizensWithAnotherInterventionOnTheSameCondition()
    {
        var random = new Random(5);
        var records = new List<InterventionRecord>();
        for (var i = 0; i < 600; i++)
        {
            var baseline = 1 + (i % 3);
            // "Holds" keeps its participants' level; "Declines" (same condition) loses 0.4 levels: holding is an effect.
            // "Flat" keeps its level and its alternative "Flat peer" does too: no effect either way.
            records.Add(Record(4 * i, "Holds", EvidenceDataset.CareAsUsual, "P1", "A", baseline, Normal(random, 0, 0.5)));
            records.Add(Record(4 * i + 1, "Declines", EvidenceDataset.CareAsUsual, "P2", "A", baseline, Normal(random, -0.4, 0.5)));
            records.Add(Record(4 * i + 2, "Flat", EvidenceDataset.CareAsUsual, "P3", "B", baseline, Normal(random, 0, 0.5), condition: "other"));
            records.Add(Record(4 * i + 3, "Flat peer", EvidenceDataset.CareAsUsual, "P4", "B", baseline, Normal(random, 0, 0.5), condition: "other"));
        }
        var data = Data(records) with
        {
            SpendByType = new Dictionary<string, double> { ["Holds"] = 3e6, ["Declines"] = 1e6, ["Flat"] = 2e6, ["Flat peer"] = 1e6 },
        };

        var list = EvidenceAnalyses.StopList(data);

        Assert.DoesNotContain(list, r => r.Name == "Holds");
        var flat = Assert.Single(list, r => r.Name == "Flat");
        Assert.Equal("interventionType", flat.Kind);
        var comparison = Assert.IsType<TypeComparison>(flat.Comparison);
        Assert.Equal(600, comparison.NTreated);
        Assert.Equal(600, comparison.NComparison);
        Assert.InRange(0.0, comparison.CiLow, comparison.CiHigh);
        Assert.Contains("lignende borgere", flat.Reason, StringComparison.Ordinal);
        Assert.Contains("similar citizens", flat.ReasonEnglish, StringComparison.Ordinal);

        var holds = EvidenceAnalyses.CompareType(records, "Holds");
        Assert.NotNull(holds);
        Assert.InRange(0.4, holds.CiLow, holds.CiHigh);
    }

    private static InterventionRecord Record(int id, string type, string method, string provider, string group, int baseline, double progression,
        Dictionary<string, double>? outcomes = null, string condition = Condition)
    {
        var values = outcomes ?? [];
        values.TryAdd(EvidenceOutcomes.Progression, progression);
        return new InterventionRecord("S" + id, type, method, provider, group, condition, baseline, id % 5 == 0 ? 1 : 0, (id / 4 + id) % 2, id, 1000, values);
    }

    private static EvidenceData Data(List<InterventionRecord> records) =>
        new(records, new Dictionary<string, double>(), new Dictionary<string, double>(), new DateOnly(2025, 12, 31));

    private static double Normal(Random random, double mean, double sd) =>
        mean + sd * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
