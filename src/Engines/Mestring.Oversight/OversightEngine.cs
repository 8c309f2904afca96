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
    }

    public OversightInput Input { get; }
    public OversightSettings Settings { get; }
    public Dictionary<string, OversightProvider> Providers { get; }
    public Dictionary<string, OversightOrder> Orders { get; }
}
