namespace Mestring.Prevention.Factors;

/// <summary>
/// A municipality-configured indicator from <c>events.csv</c>: present when the summed quantity of events of
/// <see cref="EventType"/> within <see cref="Window"/> is at least <see cref="MinimumTotal"/>.
/// Off unless <see cref="Enabled"/>; an indicator that is off is neither evaluated nor shown.
/// </summary>
public sealed class EventIndicator : FactorDefinition
{
    /// <summary>Creates an indicator definition.</summary>
    public EventIndicator(
        string key, string danishName, string definition, string dataSource, string legalBasis,
        string eventType, IndicatorWindow window, double minimumTotal, bool enabled)
        : base(key, danishName, definition, dataSource, legalBasis)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventType);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minimumTotal);
        EventType = eventType;
        Window = window;
        MinimumTotal = minimumTotal;
        Enabled = enabled;
    }

    /// <summary>The <c>type</c> in <c>events.csv</c>, e.g. <c>notification</c>.</summary>
    public string EventType { get; }

    /// <summary>The period summed.</summary>
    public IndicatorWindow Window { get; }

    /// <summary>Threshold on the summed quantity (a count when every event has quantity 1).</summary>
    public double MinimumTotal { get; }

    /// <summary>Whether the municipality has switched the indicator on.</summary>
    public bool Enabled { get; }

    /// <summary>A copy with the switch set.</summary>
    public EventIndicator WithEnabled(bool enabled) =>
        new(Key, DanishName, Definition, DataSource, LegalBasis, EventType, Window, MinimumTotal, enabled);

    /// <summary>A copy with another threshold (and the definition text it must then carry).</summary>
    public EventIndicator WithThreshold(double minimumTotal, string definition) =>
        new(Key, DanishName, definition, DataSource, LegalBasis, EventType, Window, minimumTotal, Enabled);
}
