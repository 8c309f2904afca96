using Mestring.Registers;
using Mestring.Synthetic.Tables;

namespace Mestring.Synthetic.Model;

/// <summary>
/// Plants the oversight anomalies at a few providers: before the simulation (takst, billing after death, the
/// quarantined provider and the one sharing its owner or leader) and after it (overlapping stays, capacities).
/// </summary>
internal static class Anomalies
{
    public static void PlantBefore(World w)
    {
        var rng = w.AnomalyRng;
        var providers = w.Providers;
        var herberg = providers.Where(p => p.Programme.TilbudType == "herberg").ToList();
        var pricey = herberg.Count > 0 ? herberg[rng.NextIntModulo(herberg.Count)] : providers.First(p => p.Programme.LegalBasis == "SEL-107");
        pricey.Takst = Math.Round(pricey.Takst * 2.3m / 5m) * 5m;
        pricey.Anomalies.Add(AnomalyKinds.TakstAbovePeers);

        // Long-term residents die in care now and then, so a §108 provider shows billing after death.
        var longTerm = providers.Where(p => p.Programme.LegalBasis == "SEL-108").ToList();
        longTerm[rng.NextIntModulo(longTerm.Count)].Anomalies.Add(AnomalyKinds.BillingAfterDeath);

        // Not a herberg: a quarantined tilbud gets no new clients, and herberg places are fixed.
        var privates = providers.Where(p => p.Ownership == Ownership.Private && p.Anomalies.Count == 0 && p.Programme.Residential
            && p.Programme.TilbudType != "herberg").ToList();
        if (privates.Count < 2)
        {
            privates = providers.Where(p => p.Anomalies.Count == 0 && p.Ownership != Ownership.Public && p.Programme.TilbudType != "herberg").ToList();
        }
        var quarantined = privates[rng.NextIntModulo(privates.Count)];
        quarantined.Quarantined = true;
        Providers.Score(rng, quarantined);
        var partner = privates.Where(p => p != quarantined).ElementAt(rng.NextIntModulo(privates.Count - 1));
        if (rng.Chance(0.5))
        {
            partner.OwnerId = quarantined.OwnerId;
        }
        else
        {
            partner.LeaderId = quarantined.LeaderId;
        }
        partner.Anomalies.Add(AnomalyKinds.SharedOwnerWithQuarantined);
    }

    public static void PlantAfter(World w, IReadOnlyList<Programme> programmes)
    {
        var rng = w.AnomalyRng;
        var spells = w.Services.Spells;
        var residential = w.Providers.Where(p => p.Programme.Residential && p.Programme.Area == Area.Adults
            && p.Programme.TilbudType is "botilbud_midlertidigt" or "botilbud_laengerevarende" && p.Anomalies.Count == 0 && !p.Quarantined).ToList();
        var overlapping = residential[rng.NextIntModulo(residential.Count)];
        overlapping.Anomalies.Add(AnomalyKinds.OverlappingStays);
        var firstDay = w.YearStartDay(w.Options.FirstYear + 1);
        var sources = Enumerable.Range(0, spells.Count)
            .Where(i => spells[i].Start >= firstDay && spells[i].End - spells[i].Start > 120 && spells[i].Provider != overlapping.Index
                && programmes[spells[i].Programme].Residential && programmes[spells[i].Programme].Area == Area.Adults
                && programmes[spells[i].Programme].TilbudType != "herberg")
            .ToList();
        for (var k = 0; k < Math.Min(3, sources.Count); k++)
        {
            var source = spells[sources[rng.NextIntModulo(sources.Count)]];
            var start = source.Start + rng.Between(10, 60);
            var end = Math.Min(start + rng.Between(60, 200), Math.Min(source.End, w.DataEndDay));
            var death = w.People.DeathDay[source.Person];
            if (death >= 0)
            {
                end = Math.Min(end, death);
            }
            if (end <= start)
            {
                continue;
            }
            w.Services.Add(new Spell
            {
                Person = source.Person,
                Provider = overlapping.Index,
                Programme = overlapping.Programme.Index,
                Start = start,
                End = end,
                UnitsPerWeek = 7,
                Price = overlapping.Takst,
                Method = 0,
                Level = overlapping.Level,
                TargetGroup = source.TargetGroup,
            });
        }
        SetCapacities(w);
    }

    /// <summary>
    /// Capacity covers the busiest year's average occupancy (herberg: the national rate of places); the provider planted
    /// with billing over capacity gets 70 % of it.
    /// </summary>
    private static void SetCapacities(World w)
    {
        var spells = w.Services.Spells;
        var byProvider = spells.GroupBy(s => s.Provider).ToDictionary(g => g.Key, g => g.ToList());
        var residential = w.Providers.Where(p => p.Programme.Residential && p.Programme.TilbudType != "herberg" && p.Anomalies.Count == 0 && !p.Quarantined).ToList();
        var over = residential.OrderByDescending(p => byProvider.GetValueOrDefault(p.Index)?.Count ?? 0).First();
        over.Anomalies.Add(AnomalyKinds.BillingOverCapacity);
        foreach (var provider in w.Providers)
        {
            var list = byProvider.GetValueOrDefault(provider.Index) ?? [];
            // Capacity covers the busiest year's average occupancy with some slack; billed days stay within capacity × days.
            var busiest = Enumerable.Range(w.Options.FirstYear, w.Options.Years).Max(y => BilledDays(list, w, y));
            var capacity = (int)Math.Ceiling(busiest / 365.0 * 1.15);
            if (provider.Programme.TilbudType == "herberg")
            {
                capacity = provider.Capacity; // fixed places, admissions were gated by them
            }
            if (provider == over)
            {
                capacity = (int)(0.7 * busiest / 365);
            }
            provider.Capacity = Math.Max(1, capacity);
        }
    }

    public static long BilledDays(List<Spell> spells, World w, int year)
    {
        var first = w.YearStartDay(year);
        var last = w.YearStartDay(year + 1) - 1;
        long days = 0;
        foreach (var s in spells)
        {
            var from = Math.Max(s.Start, first);
            var to = Math.Min(Math.Min(s.End, w.DataEndDay), last);
            if (to >= from)
            {
                days += to - from + 1;
            }
        }
        return days;
    }
}
