using Mestring.Data.Auditing;
using Mestring.Domain.Audit;
using Mestring.Domain.Common;
using Mestring.Domain.Prevention;
using Mestring.Prevention.Factors;
using Microsoft.EntityFrameworkCore;

namespace Mestring.Data.Prevention;

/// <summary>
/// Reads and changes a municipality's early-detection switch. Every change and every per-person screening (run or
/// refused) writes an <see cref="AuditEntry"/> with resource <see cref="Resource"/>, in the same SaveChanges.
/// </summary>
public sealed class PreventionSwitch(MestringDbContext db, Guid municipalityId, TimeProvider clock, IAuditActor actor)
{
    public const string Resource = "prevention";
    public const string EnableAction = "prevention-enable";
    public const string DisableAction = "prevention-disable";
    public const string ScreenAction = "screen";
    public const string IndicatorEnableAction = "indicator-enable";
    public const string IndicatorDisableAction = "indicator-disable";

    /// <summary>The municipality's settings, or <c>null</c> when never set (= off).</summary>
    public Task<PreventionSettings?> FindAsync(CancellationToken ct) =>
        db.PreventionSettings.AsNoTracking().FirstOrDefaultAsync(s => s.MunicipalityId == municipalityId, ct);

    /// <summary>Turns per-person screening on; <paramref name="by"/> is the user who decided it.</summary>
    public async Task<PreventionSettings> EnableAsync(string legalBasis, string by, CancellationToken ct)
    {
        var settings = await LoadOrCreateAsync(ct);
        var at = clock.GetUtcNow();
        settings.Enable(legalBasis, by, at);
        Audit(EnableAction, settings.ChangedBy!, settings.LegalBasis, at);
        await db.SaveChangesAsync(ct);
        return settings;
    }

    /// <summary>Turns per-person screening off.</summary>
    public async Task<PreventionSettings> DisableAsync(string by, CancellationToken ct)
    {
        var settings = await LoadOrCreateAsync(ct);
        var at = clock.GetUtcNow();
        settings.Disable(by, at);
        Audit(DisableAction, settings.ChangedBy!, settings.LegalBasis, at);
        await db.SaveChangesAsync(ct);
        return settings;
    }

    /// <summary>
    /// Switches one configured indicator (e.g. <c>notifications</c>) on under <paramref name="legalBasis"/> or off. The key must be one of
    /// <see cref="FactorCatalog.DefaultIndicators"/>; the four family factors are governed by the municipality switch alone.
    /// Audited as <see cref="IndicatorEnableAction"/> / <see cref="IndicatorDisableAction"/> with "KEY: legal basis" as reason.
    /// </summary>
    public async Task<PreventionSettings> SetIndicatorAsync(string key, bool enabled, string? legalBasis, string by, CancellationToken ct)
    {
        var known = FactorCatalog.DefaultIndicators.Select(i => i.Key).ToList();
        if (!known.Contains(key?.Trim() ?? "", StringComparer.Ordinal))
        {
            throw ValidationException.For("key", $"'{key}' is not a configured indicator; known: {string.Join(", ", known)}");
        }
        var settings = await LoadOrCreateAsync(ct);
        var at = clock.GetUtcNow();
        settings.SetIndicator(key!.Trim(), enabled, legalBasis, by, at);
        var entry = settings.Indicators.Single(i => i.Key == key.Trim());
        Audit(enabled ? IndicatorEnableAction : IndicatorDisableAction, entry.ChangedBy, enabled ? $"{entry.Key}: {entry.LegalBasis}" : $"{entry.Key}: slået fra", at);
        await db.SaveChangesAsync(ct);
        return settings;
    }

    /// <summary>Records a per-person screening run under <paramref name="legalBasis"/>.</summary>
    public async Task RecordScreeningAsync(string? legalBasis, CancellationToken ct)
    {
        Audit(ScreenAction, actor.UserId, legalBasis, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Records a refused per-person screening attempt (the switch was off).</summary>
    public async Task RecordRefusalAsync(string reason, CancellationToken ct)
    {
        Audit(AuditActions.Denied, actor.UserId, reason, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    private async Task<PreventionSettings> LoadOrCreateAsync(CancellationToken ct)
    {
        var settings = await db.PreventionSettings.FirstOrDefaultAsync(s => s.MunicipalityId == municipalityId, ct);
        if (settings is null)
        {
            settings = new PreventionSettings(municipalityId);
            db.PreventionSettings.Add(settings);
        }
        return settings;
    }

    private void Audit(string action, string userId, string? reason, DateTimeOffset at) =>
        db.AuditEntries.Add(new AuditEntry(municipalityId, at, userId, userId, actor.Role, action, Resource, null, reason, breakTheGlass: false));
}
