namespace Mestring.Oversight;

/// <summary>
/// The oversight signals of one municipality: pure and deterministic (same input, same signals in the same order).
/// Each signal is a lead for a person, with the evidence behind it; see <see cref="SignalKinds"/>.
/// </summary>
public static class OversightEngine
{
    /// <summary>All signals, ordered by provider, then kind.</summary>
    public static IReadOnlyList<Signal> Run(OversightInput input, OversightSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        settings ??= new OversightSettings();
        var signals = new List<Signal>();
        var context = new OversightContext(input, settings);
        signals.AddRange(TakstSignals.AbovePeers(context));
        signals.AddRange(TakstSignals.TakstloftBreaches(context));
        signals.AddRange(BillingSignals.Run(context));
        signals.AddRange(OverlapSignals.Run(context));
        signals.AddRange(VolumeSignals.Run(context));
        signals.AddRange(NetworkSignals.Run(context));
        signals.AddRange(SupervisionSignals.Run(context));
        return [.. signals.OrderBy(s => s.ProviderId, StringComparer.Ordinal).ThenBy(s => s.Kind, StringComparer.Ordinal)];
    }
}

/// <summary>The input with its lookups, built once.</summary>
internal sealed class OversightContext
{
    public OversightContext(OversightInput input, OversightSettings settings)
    {
        Input = input;
        Settings = settings;
        Providers = input.Providers.GroupBy(p => p.ProviderId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Orders = input.Orders.GroupBy(o => o.ServiceId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        // Providers as dense indexes, once per invoice: the per-invoice signals then add into arrays instead of hashing
        // (provider, month) keys ten million times.
        ProviderIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        InvoiceProvider = new int[input.Invoices.Count];
        var i = 0;
        var first = int.MaxValue;
        var last = int.MinValue;
        foreach (var inv in input.Invoices)
        {
            first = Math.Min(first, inv.PeriodStart.DayNumber);
            last = Math.Max(last, inv.PeriodEnd.DayNumber);
            if (!ProviderIndex.TryGetValue(inv.ProviderId, out var index))
            {
                ProviderIndex[inv.ProviderId] = index = names.Count;
                names.Add(inv.ProviderId);
            }
            InvoiceProvider[i++] = index;
        }
        ProviderNames = names;
        if (input.Invoices.Count == 0)
        {
            first = last = 0;
        }
        // Month buckets by table lookup (DateOnly's Year, Month and AddMonths per invoice line are the slow part).
        FirstDay = first;
        FirstMonth = MonthOf(DateOnly.FromDayNumber(first));
        MonthSpan = input.Invoices.Count == 0 ? 0 : MonthOf(DateOnly.FromDayNumber(last)) - FirstMonth + 1;
        MonthOfDay = new int[input.Invoices.Count == 0 ? 0 : last - first + 1];
        MonthLastDay = new int[MonthSpan];
        for (var m = 0; m < MonthSpan; m++)
        {
            var month = FirstMonth + m;
            var start = new DateOnly(month / 12, month % 12 + 1, 1);
            var end = start.AddMonths(1).AddDays(-1);
            MonthLastDay[m] = end.DayNumber;
            for (var d = Math.Max(start.DayNumber, first); d <= Math.Min(end.DayNumber, last); d++)
            {
                MonthOfDay[d - first] = m;
            }
        }
    }

    /// <summary>The first invoiced day (DayNumber); <see cref="MonthOfDay"/> is indexed from it.</summary>
    public int FirstDay { get; }
    /// <summary>The month (index from <see cref="FirstMonth"/>) of each invoiced day.</summary>
    public int[] MonthOfDay { get; }
    /// <summary>The last day (DayNumber) of each month index.</summary>
    public int[] MonthLastDay { get; }

    /// <summary>Months since year 0 (year × 12 + month − 1).</summary>
    public static int MonthOf(DateOnly d) => d.Year * 12 + d.Month - 1;

    /// <summary>The first invoiced month (<see cref="MonthOf"/>) and the number of months to the last.</summary>
    public int FirstMonth { get; }
    public int MonthSpan { get; }

    public OversightInput Input { get; }
    public OversightSettings Settings { get; }
    public Dictionary<string, OversightProvider> Providers { get; }
    public Dictionary<string, OversightOrder> Orders { get; }
    /// <summary>The dense index of every provider id that has invoices.</summary>
    public Dictionary<string, int> ProviderIndex { get; }
    /// <summary>The provider id of each dense index.</summary>
    public IReadOnlyList<string> ProviderNames { get; }
    /// <summary>The dense provider index of each invoice, in input order.</summary>
    public int[] InvoiceProvider { get; }
}
