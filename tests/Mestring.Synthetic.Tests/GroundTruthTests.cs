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
        string[] kinds =
        [
            "takst-above-peers", "takstloft-breach", "billing-over-capacity", "billing-after-death", "billing-after-order-end", "overlapping-stays",
            "billing-above-order", "volume-jump", "shared-owner-with-quarantined", "falling-supervision-scores",
        ];
        Assert.All(truth.Anomalies, a => Assert.Contains(a.Kind, kinds));
        // At this small size a takst has too few peers to be planted above them; every kind, twice, at 60,000 inhabitants
        // is checked by Mestring.Oversight.Tests' ground-truth scoring.
        foreach (var kind in new[] { "takstloft-breach", "billing-over-capacity", "overlapping-stays", "shared-owner-with-quarantined", "falling-supervision-scores" })
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
        var shared = providers[Of("shared-owner-with-quarantined")];
        Assert.Contains(quarantined, q => q.OwnerId == shared.OwnerId || q.LeaderId == shared.LeaderId);

        var overCapacity = providers[Of("billing-over-capacity")];
        var billed = services.Where(s => s.ProviderId == overCapacity.ProviderId)
            .SelectMany(s => Enumerable.Range(2020, 6).Select(y => (y, Days(s, y)))).GroupBy(x => x.y).Max(g => g.Sum(x => x.Item2));
        Assert.True(billed > overCapacity.Capacity * 365, $"{billed} billed days vs capacity {overCapacity.Capacity}");

        var overlapping = Of("overlapping-stays");
        Assert.Contains(services.Where(s => s.ProviderId == overlapping), s => services.Any(o => o.PersonId == s.PersonId && o.ProviderId != overlapping
            && o.StartDate <= (s.EndDate ?? DateOnly.MaxValue) && s.StartDate <= (o.EndDate ?? DateOnly.MaxValue) && providers[o.ProviderId].TilbudType.StartsWith("botilbud", StringComparison.Ordinal)));

        var afterDeath = Municipality.Truth.Anomalies.Where(a => a.Kind == "billing-after-death").Select(a => a.ProviderId).ToHashSet();
        var billedAfterDeath = services.Where(s => deaths.ContainsKey(s.PersonId) && (s.EndDate ?? DateOnly.MaxValue) > deaths[s.PersonId]).Select(s => s.ProviderId).ToHashSet();
        Assert.True(billedAfterDeath.IsSubsetOf(afterDeath), "only planted providers bill after death");
        var invoicedAfterDeath = Municipality.Invoices().Where(i => deaths.TryGetValue(i.PersonId, out var d) && i.PeriodEnd > d).Select(i => i.ProviderId).ToHashSet();
        Assert.True(invoicedAfterDeath.IsSubsetOf(afterDeath), "only planted providers invoice after death");
    }

    private static int Days(Mestring.Registers.ServiceRow s, int year)
    {
        var from = Math.Max(s.StartDate.DayNumber, new DateOnly(year, 1, 1).DayNumber);
        var to = Math.Min((s.EndDate ?? new DateOnly(2025, 12, 31)).DayNumber, new DateOnly(year, 12, 31).DayNumber);
        return Math.Max(0, to - from + 1);
    }
}
