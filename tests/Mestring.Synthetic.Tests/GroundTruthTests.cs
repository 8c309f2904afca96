using System.Text.Json;

namespace Mestring.Synthetic.Tests;

public class GroundTruthTests
{
    private static readonly SyntheticMunicipality Municipality = SyntheticMunicipality.Generate(Fixtures.Small(5));

    [Fact]
    public void TruthJson_HasTheAgreedCamelCaseShape()
    {
        using var doc = JsonDocument.Parse(Municipality.Truth.ToJson());
        var root = doc.RootElement;
        var method = root.GetProperty("methodEffects")[0];
        Assert.Equal(JsonValueKind.String, method.GetProperty("method").ValueKind);
        Assert.Equal(JsonValueKind.String, method.GetProperty("outcome").ValueKind);
        Assert.Equal(JsonValueKind.Number, method.GetProperty("trueEffect").ValueKind);
        var provider = root.GetProperty("providerEffects")[0];
        Assert.Equal(JsonValueKind.String, provider.GetProperty("providerId").ValueKind);
        Assert.Equal(JsonValueKind.Number, provider.GetProperty("trueEffect").ValueKind);
        Assert.True(provider.GetProperty("weak").ValueKind is JsonValueKind.True or JsonValueKind.False);
        var anomaly = root.GetProperty("anomalies")[0];
        Assert.Equal(JsonValueKind.String, anomaly.GetProperty("providerId").ValueKind);
        Assert.Equal(JsonValueKind.String, anomaly.GetProperty("kind").ValueKind);
        Assert.Equal(Municipality.Truth.MethodEffects.Count, GroundTruth.FromJson(Municipality.Truth.ToJson()).MethodEffects.Count);
    }

    [Fact]
    public void Truth_PlantsZeroEffectMethods_WeakProviders_AndEveryAnomalyKind()
    {
        var truth = Municipality.Truth;
        Assert.Contains(truth.MethodEffects, m => m.Outcome == "progression" && m.TrueEffect == 0 && m.Method != "CAU");
        Assert.Contains(truth.MethodEffects, m => m.Outcome == "progression" && m.TrueEffect > 0);
        Assert.Contains(truth.ProviderEffects, p => p.Weak);
        foreach (var kind in new[] { "takst_above_peers", "billing_over_capacity", "billing_after_death", "overlapping_stays", "shared_owner_with_quarantined" })
        {
            Assert.Contains(truth.Anomalies, a => a.Kind == kind);
        }
    }

    [Fact]
    public void PlantedAnomalies_AreVisibleInTheData()
    {
        var providers = Municipality.Providers().ToDictionary(p => p.ProviderId);
        var services = Municipality.Services().ToList();
        var deaths = Municipality.Persons().Where(p => p.DeathDate is not null).ToDictionary(p => p.PersonId, p => p.DeathDate!.Value);
        string Of(string kind) => Municipality.Truth.Anomalies.First(a => a.Kind == kind).ProviderId;

        var quarantined = providers.Values.Where(p => p.Quarantined == true).ToList();
        var shared = providers[Of("shared_owner_with_quarantined")];
        Assert.Contains(quarantined, q => q.OwnerId == shared.OwnerId || q.LeaderId == shared.LeaderId);

        var overCapacity = providers[Of("billing_over_capacity")];
        var billed = services.Where(s => s.ProviderId == overCapacity.ProviderId)
            .SelectMany(s => Enumerable.Range(2020, 6).Select(y => (y, Days(s, y)))).GroupBy(x => x.y).Max(g => g.Sum(x => x.Item2));
        Assert.True(billed > overCapacity.Capacity * 365, $"{billed} billed days vs capacity {overCapacity.Capacity}");

        var overlapping = Of("overlapping_stays");
        Assert.Contains(services.Where(s => s.ProviderId == overlapping), s => services.Any(o => o.PersonId == s.PersonId && o.ProviderId != overlapping
            && o.StartDate <= (s.EndDate ?? DateOnly.MaxValue) && s.StartDate <= (o.EndDate ?? DateOnly.MaxValue) && providers[o.ProviderId].TilbudType.StartsWith("botilbud", StringComparison.Ordinal)));

        var afterDeath = Of("billing_after_death");
        var billedAfterDeath = services.Where(s => deaths.ContainsKey(s.PersonId) && (s.EndDate ?? DateOnly.MaxValue) > deaths[s.PersonId]).Select(s => s.ProviderId).ToHashSet();
        Assert.True(billedAfterDeath.SetEquals(billedAfterDeath.Where(p => p == afterDeath)), "only the planted provider bills after death");
    }

    private static int Days(Mestring.Registers.ServiceRow s, int year)
    {
        var from = Math.Max(s.StartDate.DayNumber, new DateOnly(year, 1, 1).DayNumber);
        var to = Math.Min((s.EndDate ?? new DateOnly(2025, 12, 31)).DayNumber, new DateOnly(year, 12, 31).DayNumber);
        return Math.Max(0, to - from + 1);
    }
}
