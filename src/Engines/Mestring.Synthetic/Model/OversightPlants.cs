using Mestring.Numerics;
using Mestring.Registers;
using Mestring.Synthetic.Tables;

namespace Mestring.Synthetic.Model;

/// <summary>
/// The oversight plants of issue 13, from their own random stream (<see cref="World.OversightRng"/>) so that the older
/// plants and the rest of the data are unchanged: at least two providers of every anomaly kind. Before the simulation:
/// takster and owners; after it: the billing departures (<see cref="InvoicePlan"/>) and the supervision history.
/// </summary>
internal static class OversightPlants
{
    /// <summary>Tilbud a programme needs for a takst to have peers to be compared with (the engine's MinPeers).</summary>
    public const int MinPeers = 4;

    /// <summary>L 200 (2024–25): from this day the first two themes are repealed.</summary>
    public static readonly DateOnly L200 = new(2025, 7, 1);

    private static bool Clean(SimProvider p) => p.Anomalies.Count == 0 && !p.Quarantined;

    public static void PlantBefore(World w)
    {
        var rng = w.OversightRng;
        var providers = w.Providers;
        int Count(string kind) => providers.Count(p => p.Anomalies.Contains(kind));

        var peered = providers.Where(p => Clean(p) && p.Programme.LegalBasis is not ("SEL-110" or "SEL-109")
            && providers.Count(q => q.Programme == p.Programme) >= MinPeers + 1).ToList();
        while (Count(AnomalyKinds.TakstAbovePeers) < 2 && peered.Count > 0)
        {
            var p = Take(rng, peered);
            p.Takst = Math.Round(p.Takst * 2.2m / 5m) * 5m;
            p.Anomalies.Add(AnomalyKinds.TakstAbovePeers);
        }

        var capped = providers.Where(p => Clean(p) && p.Programme.TilbudType is "herberg" or "krisecenter").ToList();
        while (Count(AnomalyKinds.TakstloftBreach) < 2 && capped.Count > 0)
        {
            var p = Take(rng, capped);
            var loft = p.Programme.TilbudType == "herberg" ? Providers.HerbergTakstloft : Providers.KrisecenterTakstloft;
            p.Takst = Math.Round(loft * 1.06m / 5m) * 5m;
            p.Anomalies.Add(AnomalyKinds.TakstloftBreach);
        }

        var quarantined = providers.Where(p => p.Quarantined).ToList();
        var partners = providers.Where(p => Clean(p) && p.Ownership == Ownership.Private && p.Programme.TilbudType != "herberg").ToList();
        if (quarantined.Count > 0 && partners.Count > 0 && Count(AnomalyKinds.SharedOwnerWithQuarantined) < 2)
        {
            var q = quarantined[rng.NextIntModulo(quarantined.Count)];
            var partner = Take(rng, partners);
            if (rng.Chance(0.5))
            {
                partner.LeaderId = q.LeaderId;
            }
            else
            {
                partner.OwnerId = q.OwnerId;
            }
        }
        // Every tilbud that shares an owner or leader with a quarantined one is linked, planted or not (an owner of a
        // legitimate chain may own the quarantined tilbud too): the truth says what the data shows.
        foreach (var p in providers.Where(p => !p.Quarantined && !p.Anomalies.Contains(AnomalyKinds.SharedOwnerWithQuarantined)))
        {
            if (quarantined.Any(q => (q.OwnerId == p.OwnerId && p.OwnerId != 0) || q.LeaderId == p.LeaderId))
            {
                p.Anomalies.Add(AnomalyKinds.SharedOwnerWithQuarantined);
            }
        }
    }

    public static void PlantAfter(World w)
    {
        var rng = w.OversightRng;
        var spells = w.Services.Spells;
        var plan = w.Invoices;
        var byProvider = Enumerable.Range(0, spells.Count).GroupBy(i => spells[i].Provider).ToDictionary(g => g.Key, g => g.ToList());
        List<int> SpellsOf(SimProvider p) => byProvider.GetValueOrDefault(p.Index) ?? [];
        var end = w.DataEndDay;
        var death = w.People.DeathDay;
        var hourly = w.Providers.Where(p => p.Programme.Unit == ServiceUnit.Hour).ToList();

        // Billing after death: spells that ended with the citizen's death, billed for one or two months more.
        bool EndedAtDeath(int i) => death[spells[i].Person] >= 0 && spells[i].End == death[spells[i].Person] && spells[i].End < end - 62;
        Plant(rng, w.Providers.Where(p => Clean(p) && SpellsOf(p).Count(EndedAtDeath) >= 1).ToList(), AnomalyKinds.BillingAfterDeath, p =>
        {
            foreach (var i in Sample(rng, SpellsOf(p).Where(EndedAtDeath).ToList(), 3))
            {
                plan.ExtraDays[i] = rng.Between(31, 62);
            }
        });

        // Billing after the order ended (hourly support; the citizen lives on).
        bool Ended(int i) => spells[i].End < end - 62 && (death[spells[i].Person] < 0 || death[spells[i].Person] > spells[i].End + 62);
        Plant(rng, hourly.Where(p => Clean(p) && SpellsOf(p).Count(Ended) >= 3).ToList(), AnomalyKinds.BillingAfterOrderEnd, p =>
        {
            foreach (var i in Sample(rng, SpellsOf(p).Where(Ended).ToList(), 3))
            {
                plan.ExtraDays[i] = rng.Between(31, 62);
            }
        });

        // Billing above the order: 1.5 times the ordered hours on a few orders.
        Plant(rng, hourly.Where(p => Clean(p) && SpellsOf(p).Count >= 4).ToList(), AnomalyKinds.BillingAboveOrder, p =>
        {
            foreach (var i in Sample(rng, SpellsOf(p), 4))
            {
                plan.UnitFactor[i] = 1.5m;
            }
        });

        VolumeJumps(w, rng, hourly, SpellsOf);
        SupervisionHistory(w, rng);
    }

    /// <summary>In the last year, two hourly providers bill citizens they have no order for: twice their highest year before.</summary>
    private static void VolumeJumps(World w, SeededRandom rng, List<SimProvider> hourly, Func<SimProvider, List<int>> spellsOf)
    {
        var spells = w.Services.Spells;
        var last = w.Options.LastYear;
        if (w.Options.Years < 5)
        {
            return;
        }
        decimal Amount(SimProvider p, int year)
        {
            var from = w.YearStartDay(year);
            var to = w.YearStartDay(year + 1) - 1;
            decimal sum = 0;
            foreach (var i in spellsOf(p))
            {
                var s = spells[i];
                var days = Math.Min(Math.Min(s.End, w.DataEndDay), to) - Math.Max(s.Start, from) + 1;
                sum += days > 0 ? days * s.UnitsPerWeek / 7m * s.Price : 0;
            }
            return sum;
        }
        var candidates = hourly.Where(Clean)
            .Select(p => (Provider: p, Base: Enumerable.Range(last - 3, 3).Select(y => Amount(p, y)).ToArray()))
            .Where(x => x.Base.All(a => a > 0))
            .OrderByDescending(x => x.Base.Max()).ThenBy(x => x.Provider.Index).Take(2).ToList();
        var people = w.People;
        var adults = Enumerable.Range(0, people.Count)
            .Where(p => people.DeathDay[p] < 0 && people.IsResident(p) && people.BirthYear(p) <= last - 20 && people.BirthYear(p) >= last - 80).ToList();
        var from = w.YearStartDay(last);
        foreach (var (provider, baseline) in candidates)
        {
            provider.Anomalies.Add(AnomalyKinds.VolumeJump);
            var add = Math.Max(2.0m * baseline.Max(), 700_000m);
            var perWeek = 6m;
            var perPerson = perWeek * 365 / 7m * provider.Takst;
            var n = (int)Math.Ceiling(add / perPerson);
            foreach (var person in Sample(rng, adults, n))
            {
                w.Invoices.Phantoms.Add(new PhantomBilling(person, provider.Index, from, w.DataEndDay, ServiceUnit.Hour, perWeek, provider.Takst));
            }
        }
    }

    /// <summary>
    /// Assessments in the last year but one and two and four years before it. A provider's scores drift little between
    /// visits; two planted providers fall by two points on every theme over the three.
    /// </summary>
    private static void SupervisionHistory(World w, SeededRandom rng)
    {
        var falling = w.Providers.Where(p => Clean(p) && !p.Weak).ToList();
        var planted = new HashSet<SimProvider>();
        for (var k = 0; k < 2 && falling.Count > 0; k++)
        {
            var p = Take(rng, falling);
            p.Anomalies.Add(AnomalyKinds.FallingSupervisionScores);
            for (var t = 0; t < 7; t++)
            {
                p.Supervision[t] = (int)Math.Clamp(Math.Round(2.2 + 0.4 * rng.IrwinHallNormal()), 1, 3);
            }
            planted.Add(p);
        }
        var years = new[] { w.Options.LastYear - 5, w.Options.LastYear - 3, w.Options.LastYear - 1 }.Where(y => y >= w.Options.FirstYear).ToArray();
        foreach (var p in w.Providers)
        {
            for (var v = 0; v < years.Length; v++)
            {
                var stepsBack = years.Length - 1 - v;
                var day = w.YearStartDay(years[v]) + rng.NextIntModulo(180);
                var scores = new int?[7];
                for (var t = 0; t < 7; t++)
                {
                    var latest = p.Supervision[t] ?? 3;
                    var score = planted.Contains(p) ? latest + stepsBack
                        : stepsBack == 0 ? latest : latest + (rng.Chance(0.1) ? 1 : 0) - (rng.Chance(0.1) ? 1 : 0);
                    scores[t] = DateOnly.FromDayNumber(day) >= L200 && t < 2 ? null : Math.Clamp(score, 1, 5);
                }
                w.Invoices.Visits.Add(new SupervisionVisit(p.Index, day, scores));
            }
        }
    }

    private static void Plant(SeededRandom rng, List<SimProvider> candidates, string kind, Action<SimProvider> plant)
    {
        for (var k = 0; k < 2 && candidates.Count > 0; k++)
        {
            var p = Take(rng, candidates);
            p.Anomalies.Add(kind);
            plant(p);
        }
    }

    private static SimProvider Take(SeededRandom rng, List<SimProvider> list)
    {
        var i = rng.NextIntModulo(list.Count);
        var p = list[i];
        list.RemoveAt(i);
        return p;
    }

    private static List<int> Sample(SeededRandom rng, List<int> items, int n)
    {
        var copy = new List<int>(items);
        var result = new List<int>();
        while (result.Count < n && copy.Count > 0)
        {
            var i = rng.NextIntModulo(copy.Count);
            result.Add(copy[i]);
            copy.RemoveAt(i);
        }
        return result;
    }
}
