namespace Mestring.Oversight;

/// <summary>
/// Signals on the invoice lines: days beyond capacity in a month, days after the citizen's death, days after the order
/// ended, and units above what the order covers. One signal per provider and kind, with the invoices as evidence.
/// </summary>
internal static class BillingSignals
{
    private const int MaxRows = 25;

    public static IEnumerable<Signal> Run(OversightContext c)
    {
        var afterDeath = new Dictionary<string, List<(OversightInvoice Invoice, int Days, string Note)>>(StringComparer.Ordinal);
        var afterEnd = new Dictionary<string, List<(OversightInvoice Invoice, int Days, string Note)>>(StringComparer.Ordinal);
        var aboveOrder = new Dictionary<string, List<(OversightInvoice Invoice, int Days, string Note)>>(StringComparer.Ordinal);
        // Billed days by (dense provider index, month since the first invoiced month).
        var monthly = new double[c.ProviderNames.Count * c.MonthSpan];
        var placeBased = c.ProviderNames.Select(p => c.Providers.TryGetValue(p, out var provider) && provider.Capacity is > 0).ToArray();
        var s = c.Settings;
        var tolerance = 1 + (double)s.OrderTolerance;
        var toleranceUnits = (double)s.OrderToleranceUnits;
        var n = -1;
        foreach (var inv in c.Input.Invoices)
        {
            n++;
            var periodDays = Ev.Days(inv.PeriodStart, inv.PeriodEnd);
            if (placeBased[c.InvoiceProvider[n]] && inv.Unit == "day")
            {
                AddByMonth(c, monthly, c.InvoiceProvider[n] * c.MonthSpan, inv, periodDays);
            }
            if (c.Input.Deaths.TryGetValue(inv.PersonId, out var death) && inv.PeriodEnd > death)
            {
                var days = Ev.Overlap(inv.PeriodStart, inv.PeriodEnd, death.AddDays(1), inv.PeriodEnd);
                Add(afterDeath, inv, days, "died " + Ev.D(death));
                continue;
            }
            if (inv.ServiceId is null || !c.Orders.TryGetValue(inv.ServiceId, out var order))
            {
                continue;
            }
            if (order.End is { } end && inv.PeriodEnd > end)
            {
                Add(afterEnd, inv, Ev.Overlap(inv.PeriodStart, inv.PeriodEnd, end.AddDays(1), inv.PeriodEnd), "order ended " + Ev.D(end));
            }
            if (order.UnitsPerWeek is { } perWeek && order.Unit == inv.Unit && inv.Unit is "day" or "hour" or "week")
            {
                // Only the part of the period the order covers is compared (billing past its end is the other signal).
                var within = Ev.Overlap(inv.PeriodStart, inv.PeriodEnd, order.Start, order.End ?? DateOnly.MaxValue);
                if (within == 0)
                {
                    continue;
                }
                // A quick look in doubles first: the exact decimal comparison only for lines near or above the order.
                if ((double)inv.Units * within / periodDays < ((double)perWeek * within / 7 * tolerance + toleranceUnits) * (1 - 1e-9) - 1e-9)
                {
                    continue;
                }
                var billed = inv.Units * within / periodDays;
                var ordered = perWeek * within / 7m;
                if (billed > ordered * (1 + s.OrderTolerance) + s.OrderToleranceUnits)
                {
                    Add(aboveOrder, inv, within, Ev.F($"{Ev.N(billed)} {inv.Unit} billed, {Ev.N(ordered)} ordered"));
                }
            }
        }
        foreach (var signal in Capacity(c, monthly))
        {
            yield return signal;
        }
        foreach (var signal in Emit(afterDeath, SignalKinds.BillingAfterDeath, "after the citizen's death"))
        {
            yield return signal;
        }
        foreach (var signal in Emit(afterEnd, SignalKinds.BillingAfterOrderEnd, "after the order ended"))
        {
            yield return signal;
        }
        foreach (var signal in Emit(aboveOrder, SignalKinds.BillingAboveOrder, "above the ordered units"))
        {
            yield return signal;
        }
    }

    private static void Add(Dictionary<string, List<(OversightInvoice, int, string)>> map, OversightInvoice inv, int days, string note)
    {
        if (!map.TryGetValue(inv.ProviderId, out var list))
        {
            map[inv.ProviderId] = list = [];
        }
        list.Add((inv, days, note));
    }

    private static IEnumerable<Signal> Emit(Dictionary<string, List<(OversightInvoice Invoice, int Days, string Note)>> map, string kind, string what)
    {
        foreach (var (provider, list) in map.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var ordered = list.OrderBy(x => x.Invoice.PeriodStart).ThenBy(x => x.Invoice.InvoiceId, StringComparer.Ordinal).ToList();
            var persons = ordered.Select(x => x.Invoice.PersonId).Distinct(StringComparer.Ordinal).Count();
            var amount = ordered.Sum(x => x.Invoice.Amount);
            var days = ordered.Sum(x => x.Days);
            var figures = new Dictionary<string, decimal>(StringComparer.Ordinal)
            {
                ["invoices"] = ordered.Count, ["citizens"] = persons, ["days"] = days, ["amountDkk"] = amount,
            };
            var summary = Ev.F($"{ordered.Count} invoice line(s) for {persons} citizen(s) bill {days} day(s) {what} ({Ev.N(amount)} DKK on those lines).");
            var rows = ordered.Take(MaxRows).Select(x => (IReadOnlyList<string>)
                [x.Invoice.InvoiceId, x.Invoice.PersonId, x.Invoice.ServiceId ?? "", Ev.D(x.Invoice.PeriodStart), Ev.D(x.Invoice.PeriodEnd),
                 Ev.N(x.Invoice.Units), x.Invoice.Unit, Ev.N(x.Invoice.Amount), Ev.I(x.Days), x.Note]).ToList();
            var severity = persons >= 2 || days >= 60 ? Severity.High : Severity.Medium;
            yield return new Signal(provider, kind, severity, new SignalEvidence(summary, figures,
                ["invoiceId", "personId", "serviceId", "periodStart", "periodEnd", "units", "unit", "amountDkk", "days", "note"], rows));
        }
    }

    private static void AddByMonth(OversightContext c, double[] monthly, int offset, OversightInvoice inv, int periodDays)
    {
        var perDay = (double)inv.Units / periodDays;
        var last = inv.PeriodEnd.DayNumber;
        for (var from = inv.PeriodStart.DayNumber; from <= last;)
        {
            var month = c.MonthOfDay[from - c.FirstDay];
            var to = Math.Min(c.MonthLastDay[month], last);
            monthly[offset + month] += perDay * (to - from + 1);
            from = to + 1;
        }
    }

    private static IEnumerable<Signal> Capacity(OversightContext c, double[] monthly)
    {
        var over = Enumerable.Range(0, monthly.Length)
            .Where(i => monthly[i] > 0)
            .Select(i =>
            {
                var provider = c.ProviderNames[i / c.MonthSpan];
                var month = c.FirstMonth + i % c.MonthSpan;
                var capacity = c.Providers[provider].Capacity!.Value;
                var first = new DateOnly(month / 12, month % 12 + 1, 1);
                var capacityDays = capacity * DateTime.DaysInMonth(first.Year, first.Month);
                return (Provider: provider, First: first, Billed: monthly[i], CapacityDays: capacityDays, Capacity: capacity);
            })
            // Half a day of slack for units split over months by days.
            .Where(x => x.Billed > x.CapacityDays + 0.5)
            .GroupBy(x => x.Provider, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var g in over)
        {
            var months = g.OrderBy(x => x.First).ToList();
            var worst = months.MaxBy(x => x.Billed / x.CapacityDays);
            var ratio = worst.Billed / worst.CapacityDays;
            var figures = new Dictionary<string, decimal>(StringComparer.Ordinal)
            {
                ["capacity"] = worst.Capacity, ["monthsOverCapacity"] = months.Count, ["worstMonthBilledDays"] = Math.Round((decimal)worst.Billed, 1),
                ["worstMonthCapacityDays"] = worst.CapacityDays, ["worstMonthOccupancy"] = Math.Round((decimal)ratio, 3),
            };
            var summary = Ev.F($"{months.Count} month(s) with more billed days than {worst.Capacity} places allow; worst {worst.First:yyyy-MM}: {Ev.N(worst.Billed)} billed days against {worst.CapacityDays} place-days ({Ev.N(ratio * 100)} %).");
            var rows = months.Take(60).Select(x => (IReadOnlyList<string>)
                [x.First.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), Ev.N(x.Billed), Ev.I(x.CapacityDays), Ev.N(x.Billed - x.CapacityDays)]).ToList();
            yield return new Signal(g.Key, SignalKinds.BillingOverCapacity, Ev.ByRatio(ratio, 1.2),
                new SignalEvidence(summary, figures, ["month", "billedDays", "placeDays", "daysOver"], rows));
        }
    }
}
