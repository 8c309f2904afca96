namespace Mestring.Oversight;

/// <summary>
/// Takst signals on each provider's current takst per ydelse, unit, target group and specialisation level (the unit price
/// of its latest order; the price year is that order's start year), indexed to <see cref="OversightSettings.BaseYear"/>.
/// </summary>
internal static class TakstSignals
{
    private readonly record struct Takst(
        string ProviderId, string ServiceCode, string Unit, string? TargetGroup, int? Level, string LegalBasis, decimal Price, int PriceYear,
        decimal Indexed, string ServiceId);

    private static List<Takst> Current(OversightContext c)
    {
        var latest = new Dictionary<(string, string, string, string, string?, int?), OversightOrder>();
        // Current takster only: orders that began in the last CurrentYears years of the data (an old order's takst is
        // history, and indexing it would compare a price list of years ago with today's).
        var newest = c.Input.Orders.Count == 0 ? 0 : c.Input.Orders.Max(o => o.Start.Year);
        foreach (var o in c.Input.Orders)
        {
            if (o.UnitPrice is not { } price || price <= 0 || o.Start.Year <= newest - c.Settings.CurrentYears)
            {
                continue;
            }
            var key = (o.ProviderId, o.ServiceCode, o.LegalBasis, o.Unit, o.TargetGroup, o.SpecialisationLevel);
            if (!latest.TryGetValue(key, out var seen) || o.Start > seen.Start
                || (o.Start == seen.Start && string.CompareOrdinal(o.ServiceId, seen.ServiceId) > 0))
            {
                latest[key] = o;
            }
        }
        var index = c.Input.PriceIndex;
        return [.. latest.Values.Select(o => new Takst(o.ProviderId, o.ServiceCode, o.Unit, o.TargetGroup, o.SpecialisationLevel, o.LegalBasis,
            o.UnitPrice!.Value, o.Start.Year, index.Convert(o.UnitPrice!.Value, o.Start.Year, c.Settings.BaseYear), o.ServiceId))];
    }

    public static IEnumerable<Signal> AbovePeers(OversightContext c)
    {
        var s = c.Settings;
        var takster = Current(c);
        // Peer groups from narrow to wide; a takst is judged in the narrowest group with enough providers.
        // The ydelse under the same legal basis (a §110 herberg's "midlertidigt ophold" is no §107 botilbud's).
        var exact = Groups(takster, t => $"{t.ServiceCode}|{t.LegalBasis}|{t.Unit}|{t.TargetGroup}|{t.Level}");
        var byLevel = Groups(takster, t => $"{t.ServiceCode}|{t.LegalBasis}|{t.Unit}|{t.Level}");
        var byService = Groups(takster, t => $"{t.ServiceCode}|{t.LegalBasis}|{t.Unit}");
        var best = new Dictionary<string, (Takst Takst, double Z, decimal Median, double Mad, string Group, List<(string Provider, decimal Indexed)> Peers)>(StringComparer.Ordinal);
        foreach (var t in takster)
        {
            List<(string, decimal)>? peers = null;
            string group = "";
            foreach (var (map, key, name) in new[]
            {
                (exact, $"{t.ServiceCode}|{t.LegalBasis}|{t.Unit}|{t.TargetGroup}|{t.Level}", "ydelse, legal basis, target group and specialisation level"),
                (byLevel, $"{t.ServiceCode}|{t.LegalBasis}|{t.Unit}|{t.Level}", "ydelse, legal basis and specialisation level"),
                (byService, $"{t.ServiceCode}|{t.LegalBasis}|{t.Unit}", "ydelse and legal basis"),
            })
            {
                var candidate = map[key];
                if (candidate.Count >= s.MinPeers)
                {
                    peers = candidate;
                    group = name;
                    break;
                }
            }
            if (peers is null)
            {
                continue;
            }
            var values = peers.Select(p => (double)p.Item2).Order().ToArray();
            var median = Median(values);
            var mad = Median([.. values.Select(v => Math.Abs(v - median)).Order()]) * 1.4826;
            mad = Math.Max(mad, s.MadFloor * median);
            var z = ((double)t.Indexed - median) / mad;
            if (z < s.TakstZ || t.Indexed < s.TakstRatio * (decimal)median)
            {
                continue;
            }
            if (!best.TryGetValue(t.ProviderId, out var b) || z > b.Z)
            {
                best[t.ProviderId] = (t, z, (decimal)median, mad, group, peers);
            }
        }
        foreach (var (provider, b) in best.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var t = b.Takst;
            var ratio = t.Indexed / b.Median;
            var figures = new Dictionary<string, decimal>(StringComparer.Ordinal)
            {
                ["takstDkk"] = t.Price, ["priceYear"] = t.PriceYear, ["indexedTakstDkk"] = Math.Round(t.Indexed, 2), ["baseYear"] = s.BaseYear,
                ["peerMedianDkk"] = Math.Round(b.Median, 2), ["robustZ"] = Math.Round((decimal)b.Z, 2), ["ratioToMedian"] = Math.Round(ratio, 2),
                ["peers"] = b.Peers.Count,
            };
            var rows = b.Peers.OrderByDescending(p => p.Indexed).ThenBy(p => p.Provider, StringComparer.Ordinal)
                .Select(p => (IReadOnlyList<string>)[p.Provider, Ev.N(p.Indexed), p.Provider == provider ? "this tilbud" : "peer"]).ToList();
            var summary = Ev.F($"Takst {Ev.N(t.Price)} DKK/{t.Unit} ({t.PriceYear} prices; {Ev.N(t.Indexed)} at {s.BaseYear} prices) is {Ev.N(ratio)} times the median of {b.Peers.Count} tilbud with the same {b.Group} (robust z {Ev.N(b.Z)}); ydelse {t.ServiceCode}.");
            yield return new Signal(provider, SignalKinds.TakstAbovePeers, Ev.ByRatio((double)ratio, 2.0),
                new SignalEvidence(summary, figures, ["providerId", "indexedTakstDkk", "role"], rows));
        }
    }

    public static IEnumerable<Signal> TakstloftBreaches(OversightContext c)
    {
        var lofts = c.Input.Takstlofter.ToDictionary(l => l.LegalBasis, StringComparer.Ordinal);
        var index = c.Input.PriceIndex;
        var worst = new Dictionary<string, (Takst Takst, Takstloft Loft, decimal Cap)>(StringComparer.Ordinal);
        foreach (var t in Current(c))
        {
            if (t.Unit != "day" || !lofts.TryGetValue(t.LegalBasis, out var loft))
            {
                continue;
            }
            var cap = Math.Round(index.Convert(loft.DkkPerDay, loft.PriceYear, t.PriceYear), 2);
            if (t.Price > cap && (!worst.TryGetValue(t.ProviderId, out var w) || t.Price / cap > w.Takst.Price / w.Cap))
            {
                worst[t.ProviderId] = (t, loft, cap);
            }
        }
        foreach (var (provider, w) in worst.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var over = w.Takst.Price - w.Cap;
            var figures = new Dictionary<string, decimal>(StringComparer.Ordinal)
            {
                ["takstDkk"] = w.Takst.Price, ["priceYear"] = w.Takst.PriceYear, ["takstloftDkk"] = w.Cap,
                ["takstloftAtLoftYearDkk"] = w.Loft.DkkPerDay, ["loftPriceYear"] = w.Loft.PriceYear, ["overDkk"] = over,
            };
            var summary = Ev.F($"Takst {Ev.N(w.Takst.Price)} DKK/day ({w.Takst.PriceYear} prices) is {Ev.N(over)} DKK above the {w.Loft.Name} takstloft ({w.Loft.LegalBasis}: {Ev.N(w.Loft.DkkPerDay)} DKK at {w.Loft.PriceYear} prices = {Ev.N(w.Cap)} at {w.Takst.PriceYear} prices); order {w.Takst.ServiceId}.");
            var rows = new List<IReadOnlyList<string>> { new[] { w.Takst.ServiceId, w.Takst.LegalBasis, Ev.I(w.Takst.PriceYear), Ev.N(w.Takst.Price), Ev.N(w.Cap) } };
            yield return new Signal(provider, SignalKinds.TakstloftBreach, over / w.Cap >= 0.10m ? Severity.High : Severity.Medium,
                new SignalEvidence(summary, figures, ["serviceId", "legalBasis", "priceYear", "takstDkk", "takstloftDkk"], rows));
        }
    }

    private static Dictionary<string, List<(string, decimal)>> Groups(List<Takst> takster, Func<Takst, string> key)
    {
        // One value per provider and group: its highest indexed takst there.
        return takster.GroupBy(key, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => g.GroupBy(t => t.ProviderId, StringComparer.Ordinal).Select(p => (p.Key, p.Max(t => t.Indexed))).ToList(),
            StringComparer.Ordinal);
    }

    internal static double Median(double[] sorted) =>
        sorted.Length == 0 ? 0 : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}
