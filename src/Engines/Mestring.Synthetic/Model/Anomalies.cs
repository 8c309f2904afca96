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
        // What the data can show: peers need at least four tilbud of the programme; a herberg is also over its takstloft.
        if (providers.Count(p => p.Programme == pricey.Programme) >= OversightPlants.MinPeers)
        {
            pricey.Anomalies.Add(AnomalyKinds.TakstAbovePeers);
        }
        if (pricey.Programme.LegalBasis is "SEL-110" or "SEL-109")
        {
            pricey.Anomalies.Add(AnomalyKinds.TakstloftBreach);
        }

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
        PlantOverlap(w, programmes, w.AnomalyRng);
        // A second one from the oversight stream (issue 13: at least two of each kind).
        PlantOverlap(w, programmes, w.OversightRng);
        SetCapacities(w);
    }

    private static void PlantOverlap(World w, IReadOnlyList<Programme> programmes, Mestring.Numerics.SeededRandom rng)
    {
        var spells = w.Services.Spells;
        var residential = w.Providers.Where(p => p.Programme.Residential && p.Programme.Area == Area.Adults
            && p.Programme.TilbudType is "botilbud_midlertidigt" or "botilbud_laengerevarende" && p.Anomalies.Count == 0 && !p.Quarantined).ToList();
        if (residential.Count == 0)
        {
            return; // a very small municipality has no botilbud left to plant at
        }
        var overlapping = residential[rng.NextIntModulo(residential.Count)];
        overlapping.Anomalies.Add(AnomalyKinds.OverlappingStays);
        var firstDay = w.YearStartDay(w.Options.FirstYear + 1);
        var sources = Enumerable.Range(0, spells.Count)
            .Where(i => spells[i].Start >= firstDay && spells[i].End - spells[i].Start > 120 && spells[i].Provider != overlapping.Index
                && programmes[spells[i].Programme].Residential && programmes[spells[i].Programme].Area == Area.Adults
                && programmes[spells[i].Programme].TilbudType.StartsWith("botilbud_", StringComparison.Ordinal))
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
    }

    /// <summary>
    /// Capacity covers the busiest month's average occupancy with 5 % slack, so no month bills more days than places ×
    /// days (herberg: the national rate of places, admissions were gated by them); the two providers planted with billing
    /// over capacity get 70 % of their busiest year's average occupancy.
    /// </summary>
    private static void SetCapacities(World w)
    {
        var spells = w.Services.Spells;
        var byProvider = spells.GroupBy(s => s.Provider).ToDictionary(g => g.Key, g => g.ToList());
        var residential = w.Providers.Where(p => p.Programme.Residential && p.Programme.TilbudType != "herberg" && p.Anomalies.Count == 0 && !p.Quarantined).ToList();
        var overs = residential.OrderByDescending(p => byProvider.GetValueOrDefault(p.Index)?.Count ?? 0).ThenBy(p => p.Index).Take(2).ToList();
        foreach (var over in overs)
        {
            over.Anomalies.Add(AnomalyKinds.BillingOverCapacity);
        }
        foreach (var provider in w.Providers)
        {
            var list = byProvider.GetValueOrDefault(provider.Index) ?? [];
            var capacity = (int)Math.Ceiling(BusiestMonthOccupancy(list, w) * 1.05);
            if (provider.Programme.TilbudType == "herberg")
            {
                capacity = provider.Capacity; // fixed places, admissions were gated by them
            }
            if (overs.Contains(provider))
            {
                var busiest = Enumerable.Range(w.Options.FirstYear, w.Options.Years).Max(y => BilledDays(list, w, y));
                capacity = (int)(0.7 * busiest / 365);
            }
            provider.Capacity = Math.Max(1, capacity);
        }
    }

    /// <summary>The highest average number of people in a service of the list over the calendar months of the data.</summary>
    private static double BusiestMonthOccupancy(List<Spell> spells, World w)
    {
        var days = new Dictionary<int, long>();
        foreach (var s in spells)
        {
            var from = DateOnly.FromDayNumber(s.Start);
            var last = Math.Min(s.End, w.DataEndDay);
            while (from.DayNumber <= last)
            {
                var monthEnd = new DateOnly(from.Year, from.Month, 1).AddMonths(1).AddDays(-1);
                var to = Math.Min(monthEnd.DayNumber, last);
                var key = from.Year * 12 + from.Month - 1;
                days[key] = days.GetValueOrDefault(key) + (to - from.DayNumber + 1);
                from = monthEnd.AddDays(1);
            }
        }
        return days.Count == 0 ? 0 : days.Max(kv => kv.Value / (double)DateTime.DaysInMonth(kv.Key / 12, kv.Key % 12 + 1));
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
