using Mestring.Domain.Common;

namespace Mestring.Domain.Prevention;

/// <summary>
/// The municipality's switch for per-person early detection (issue 6), off by default, and the per-indicator
/// switches. Every change records who made it, when, and (when switching on) the specific legal basis. With the
/// switch off only aggregate counts may be produced.
/// </summary>
public sealed class PreventionSettings : TenantEntity
{
    public const int LegalBasisMaxLength = 2000;
    public const int ActorMaxLength = 256;
    public const int IndicatorKeyMaxLength = 64;

    private PreventionSettings() { }

    /// <summary>New settings for a municipality: switched off, no indicators on.</summary>
    public PreventionSettings(Guid municipalityId)
    {
        MunicipalityId = municipalityId;
    }

    /// <summary>Whether per-person screening may run.</summary>
    public bool Enabled { get; private set; }

    /// <summary>The specific legal basis given when the switch was last turned on (kept after turning off, for the record).</summary>
    public string? LegalBasis { get; private set; }

    /// <summary>Who last changed the switch.</summary>
    public string? ChangedBy { get; private set; }

    /// <summary>When the switch was last changed.</summary>
    public DateTimeOffset? ChangedAt { get; private set; }

    /// <summary>Per-indicator switches (event indicators such as <c>notifications</c>); an indicator not listed is off.</summary>
    public List<IndicatorSwitch> Indicators { get; private set; } = [];

    /// <summary>Turns per-person screening on under <paramref name="legalBasis"/> (required, non-blank).</summary>
    public void Enable(string legalBasis, string by, DateTimeOffset at)
    {
        LegalBasis = Guard.NotBlank(legalBasis, "legalBasis", LegalBasisMaxLength);
        ChangedBy = Guard.NotBlank(by, "by", ActorMaxLength);
        ChangedAt = at;
        Enabled = true;
    }

    /// <summary>Turns per-person screening off; aggregates remain available.</summary>
    public void Disable(string by, DateTimeOffset at)
    {
        ChangedBy = Guard.NotBlank(by, "by", ActorMaxLength);
        ChangedAt = at;
        Enabled = false;
    }

    /// <summary>Whether the indicator with <paramref name="key"/> is switched on.</summary>
    public bool IsIndicatorEnabled(string key) =>
        Indicators.Exists(i => string.Equals(i.Key, key, StringComparison.Ordinal) && i.Enabled);

    /// <summary>Switches one indicator on or off, recording who and when (and the legal basis when switching on).</summary>
    public void SetIndicator(string key, bool enabled, string? legalBasis, string by, DateTimeOffset at)
    {
        key = Guard.NotBlank(key, "key", IndicatorKeyMaxLength);
        var basis = enabled ? Guard.NotBlank(legalBasis, "legalBasis", LegalBasisMaxLength) : legalBasis?.Trim();
        var actor = Guard.NotBlank(by, "by", ActorMaxLength);
        Indicators.RemoveAll(i => string.Equals(i.Key, key, StringComparison.Ordinal));
        Indicators.Add(new IndicatorSwitch(key, enabled, basis, actor, at));
    }
}

/// <summary>One indicator's switch, stored with the settings (JSON column).</summary>
public sealed class IndicatorSwitch
{
    private IndicatorSwitch() { }

    public IndicatorSwitch(string key, bool enabled, string? legalBasis, string changedBy, DateTimeOffset changedAt)
    {
        Key = key;
        Enabled = enabled;
        LegalBasis = legalBasis;
        ChangedBy = changedBy;
        ChangedAt = changedAt;
    }

    public string Key { get; private set; } = "";
    public bool Enabled { get; private set; }
    public string? LegalBasis { get; private set; }
    public string ChangedBy { get; private set; } = "";
    public DateTimeOffset ChangedAt { get; private set; }
}
