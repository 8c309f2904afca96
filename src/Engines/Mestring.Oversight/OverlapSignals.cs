namespace Mestring.Oversight;

/// <summary>
/// One citizen billed as staying at two botilbud at the same time. Invoices of a (citizen, provider, order) are merged
/// into a stay; of two overlapping stays the one that began later is the lead (the citizen was already living elsewhere).
/// </summary>
internal static class OverlapSignals
{
    private readonly record struct Stay(string PersonId, string ProviderId, string? ServiceId, DateOnly Start, DateOnly End, DateOnly Began);

    public static IEnumerable<Signal> Run(OversightContext c)
    {
        // Stays by (person, provider, order) as dense indexes: hashing three strings per invoice line is the slow part.
        var stays = new Dictionary<(int Person, int Provider, int Service), (DateOnly Start, DateOnly End)>();
        var botilbud = c.ProviderNames.Select(p => c.Providers.TryGetValue(p, out var provider) && IsBotilbud(provider.TilbudType)).ToArray();
        var personIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var personNames = new List<string>();
        var services = new Dictionary<string, int>(StringComparer.Ordinal);
        var serviceNames = new List<string>();
        static int Intern(Dictionary<string, int> map, List<string> names, string value)
        {
            if (!map.TryGetValue(value, out var index))
            {
                map[value] = index = names.Count;
                names.Add(value);
            }
            return index;
        }
        var n = -1;
        foreach (var inv in c.Input.Invoices)
        {
            n++;
            if (!botilbud[c.InvoiceProvider[n]] || inv.Unit != "day")
            {
                continue;
            }
            var key = (Intern(personIndex, personNames, inv.PersonId), c.InvoiceProvider[n], inv.ServiceId is { } sid ? Intern(services, serviceNames, sid) : -1);
            stays[key] = stays.TryGetValue(key, out var s)
                ? (s.Start < inv.PeriodStart ? s.Start : inv.PeriodStart, s.End > inv.PeriodEnd ? s.End : inv.PeriodEnd)
                : (inv.PeriodStart, inv.PeriodEnd);
        }
        var found = new Dictionary<string, List<(Stay Later, Stay Earlier, int Days)>>(StringComparer.Ordinal);
        foreach (var person in stays.Select(kv => (Key: kv.Key, Service: kv.Key.Service < 0 ? null : serviceNames[kv.Key.Service], Value: kv.Value))
                     .Select(x => new Stay(personNames[x.Key.Person], c.ProviderNames[x.Key.Provider], x.Service, x.Value.Start, x.Value.End,
                         x.Service is { } sid && c.Orders.TryGetValue(sid, out var o) ? o.Start : x.Value.Start))
                     .GroupBy(s => s.PersonId, StringComparer.Ordinal))
        {
            var list = person.OrderBy(s => s.Began).ThenBy(s => s.ProviderId, StringComparer.Ordinal).ToList();
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count && list[j].Start <= list[i].End; j++)
                {
                    var (a, b) = (list[i], list[j]);
                    if (a.ProviderId == b.ProviderId)
                    {
                        continue;
                    }
                    var days = Ev.Overlap(a.Start, a.End, b.Start, b.End);
                    if (days < c.Settings.MinOverlapDays)
                    {
                        continue;
                    }
                    var (later, earlier) = b.Began > a.Began || (b.Began == a.Began && string.CompareOrdinal(b.ProviderId, a.ProviderId) > 0) ? (b, a) : (a, b);
                    if (!found.TryGetValue(later.ProviderId, out var hits))
                    {
                        found[later.ProviderId] = hits = [];
                    }
                    hits.Add((later, earlier, days));
                }
            }
        }
        foreach (var (provider, hits) in found.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var ordered = hits.OrderBy(h => h.Later.Start).ThenBy(h => h.Later.PersonId, StringComparer.Ordinal).ToList();
            var persons = ordered.Select(h => h.Later.PersonId).Distinct(StringComparer.Ordinal).Count();
            var days = ordered.Sum(h => h.Days);
            var figures = new Dictionary<string, decimal>(StringComparer.Ordinal) { ["citizens"] = persons, ["stays"] = ordered.Count, ["overlapDays"] = days };
            var summary = Ev.F($"{persons} citizen(s) billed here while billed at another botilbud: {ordered.Count} overlapping stay(s), {days} day(s) in all.");
            var rows = ordered.Take(25).Select(h => (IReadOnlyList<string>)
                [h.Later.PersonId, Ev.D(h.Later.Start), Ev.D(h.Later.End), h.Earlier.ProviderId, Ev.D(h.Earlier.Start), Ev.D(h.Earlier.End), Ev.I(h.Days)]).ToList();
            yield return new Signal(provider, SignalKinds.OverlappingStays, persons >= 2 || days >= 30 ? Severity.High : Severity.Medium,
                new SignalEvidence(summary, figures, ["personId", "stayStart", "stayEnd", "otherProviderId", "otherStart", "otherEnd", "overlapDays"], rows));
        }
    }

    private static bool IsBotilbud(string tilbudType) =>
        tilbudType.StartsWith("botilbud", StringComparison.Ordinal) && !tilbudType.StartsWith("botilbudslignende", StringComparison.Ordinal);
}
