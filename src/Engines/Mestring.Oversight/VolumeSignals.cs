namespace Mestring.Oversight;

/// <summary>
/// Sudden growth in billed volume against the provider's own history: a year's billed amount (invoices split over the
/// years by days; a year only partly covered by the data is scaled to a full year) at least
/// <see cref="OversightSettings.VolumeRatio"/> times the highest of the three years before it, and more by at least
/// <see cref="OversightSettings.VolumeMinIncrease"/>. Needs three earlier years with billing, all covered by the data.
/// </summary>
internal static class VolumeSignals
{
    public static IEnumerable<Signal> Run(OversightContext c)
    {
        if (c.Input.Invoices.Count == 0)
        {
            return [];
        }
        var first = DateOnly.MaxValue;
        var last = DateOnly.MinValue;
        foreach (var inv in c.Input.Invoices)
        {
            first = inv.PeriodStart < first ? inv.PeriodStart : first;
            last = inv.PeriodEnd > last ? inv.PeriodEnd : last;
        }
        // Billed amount by (dense provider index, year since the first).
        var span = last.Year - first.Year + 1;
        var amounts = new decimal[c.ProviderNames.Count * span];
        var n = -1;
        foreach (var inv in c.Input.Invoices)
        {
            n++;
            var offset = c.InvoiceProvider[n] * span - first.Year;
            // The years by table lookup (DateOnly.Year per line is slow): the month index of the first and last day.
            var startYear = (c.FirstMonth + c.MonthOfDay[inv.PeriodStart.DayNumber - c.FirstDay]) / 12;
            if (startYear == (c.FirstMonth + c.MonthOfDay[inv.PeriodEnd.DayNumber - c.FirstDay]) / 12)
            {
                amounts[offset + startYear] += inv.Amount;
                continue;
            }
            var days = Ev.Days(inv.PeriodStart, inv.PeriodEnd);
            for (var y = inv.PeriodStart.Year; y <= inv.PeriodEnd.Year; y++)
            {
                var inYear = Ev.Overlap(inv.PeriodStart, inv.PeriodEnd, new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
                amounts[offset + y] += inv.Amount * inYear / days;
            }
        }
        decimal Billed(string provider, int year) =>
            year < first.Year || year > last.Year ? 0 : amounts[c.ProviderIndex[provider] * span + year - first.Year];
        decimal Annual(string provider, int year)
        {
            var covered = Ev.Overlap(first, last, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            var length = Ev.Days(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            return covered == 0 ? 0 : Billed(provider, year) * length / covered;
        }
        // Years the data covers in full: an extract holds only the orders still running at its start, so the years before
        // it show a few long orders and every provider seems to grow out of them. A year counts when the municipality's
        // billing in it is at least half the median year's.
        var totals = Enumerable.Range(first.Year, last.Year - first.Year + 1)
            .ToDictionary(y => y, y => c.ProviderNames.Sum(p => Billed(p, y)));
        var sortedTotals = totals.Values.Order().ToArray();
        var medianTotal = sortedTotals[sortedTotals.Length / 2];
        bool Covered(int year) => totals.GetValueOrDefault(year) >= medianTotal / 2;
        var s = c.Settings;
        var signals = new List<Signal>();
        foreach (var provider in c.ProviderNames.Order(StringComparer.Ordinal))
        {
            (int Year, decimal Amount, decimal Base)? worst = null;
            for (var y = first.Year + 3; y <= last.Year; y++)
            {
                if (!Covered(y) || !Covered(y - 1) || !Covered(y - 2) || !Covered(y - 3))
                {
                    continue;
                }
                var previous = new[] { Annual(provider, y - 3), Annual(provider, y - 2), Annual(provider, y - 1) };
                if (previous.Any(v => v <= 0))
                {
                    continue;
                }
                var baseline = previous.Max();
                var amount = Annual(provider, y);
                if (amount >= s.VolumeRatio * baseline && amount - baseline >= s.VolumeMinIncrease
                    && (worst is null || amount / baseline > worst.Value.Amount / worst.Value.Base))
                {
                    worst = (y, amount, baseline);
                }
            }
            if (worst is not { } w)
            {
                continue;
            }
            var ratio = w.Amount / w.Base;
            var figures = new Dictionary<string, decimal>(StringComparer.Ordinal)
            {
                ["year"] = w.Year, ["billedDkk"] = Math.Round(w.Amount, 0), ["highestOfPrevious3Dkk"] = Math.Round(w.Base, 0), ["ratio"] = Math.Round(ratio, 2),
            };
            var rows = Enumerable.Range(first.Year, last.Year - first.Year + 1)
                .Select(y => (IReadOnlyList<string>)[Ev.I(y), Ev.N(Math.Round(Annual(provider, y), 0))]).ToList();
            var summary = Ev.F($"Billed {Ev.N(Math.Round(w.Amount, 0))} DKK in {w.Year}, {Ev.N(ratio)} times the highest of the three years before ({Ev.N(Math.Round(w.Base, 0))} DKK).");
            signals.Add(new Signal(provider, SignalKinds.VolumeJump, Ev.ByRatio((double)ratio, 3.0),
                new SignalEvidence(summary, figures, ["year", "billedDkk"], rows)));
        }
        return signals;
    }
}
