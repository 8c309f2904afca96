using Mestring.Data.Tenancy;
using Mestring.Domain.Audit;
using Mestring.Domain.Prevention;
using Mestring.Prevention.Factors;

namespace Mestring.Application.Prevention;

/// <summary>
/// Reads and changes a municipality's early-detection switch (the CLI's <c>mestring prevention …</c> and <c>screen</c>;
/// the web reads the same settings through <see cref="FindAsync(MestringDbContext, Guid, CancellationToken)"/>). Every
/// change and every per-person screening (run or refused) is audited through <see cref="AuditTrail"/> with resource
/// <see cref="Resource"/>, in the same SaveChanges; a change is recorded under the user who decided it.
/// </summary>
public sealed class PreventionSwitch(MestringDbContext db, Guid municipalityId, TimeProvider clock, IAuditActor actor)
{
    public const string Resource = "prevention";
    public const string EnableAction = "prevention-enable";
    public const string DisableAction = "prevention-disable";
    public const string ScreenAction = "screen";
    public const string IndicatorEnableAction = "indicator-enable";
    public const string IndicatorDisableAction = "indicator-disable";
    public const string TeamAreasAction = "team-areas";

    /// <summary>The municipality's settings, or <c>null</c> when never set (= off).</summary>
    public Task<PreventionSettings?> FindAsync(CancellationToken ct) => FindAsync(db, municipalityId, ct);

    /// <summary>A municipality's settings, or <c>null</c> when never set (= off).</summary>
    public static Task<PreventionSettings?> FindAsync(MestringDbContext db, Guid municipalityId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.PreventionSettings.AsNoTracking().FirstOrDefaultAsync(s => s.MunicipalityId == municipalityId, ct);
    }

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

    /// <summary>
    /// Sets the areas (names as in <c>citizens.Area</c>) a team covers for the early-detection worklist, replacing the
    /// previous ones, in one SaveChanges with an audit entry (<see cref="TeamAreasAction"/>, reason "team: areas").
    /// </summary>
    /// <returns>The team's id and the areas now assigned.</returns>
    public async Task<(Guid TeamId, IReadOnlyList<string> Areas)> SetTeamAreasAsync(string teamName, IReadOnlyList<string> areas, string by, CancellationToken ct)
    {
        var name = Guard.NotBlank(teamName, "team", 200);
        var actor = Guard.NotBlank(by, "by", PreventionSettings.ActorMaxLength);
        var teams = await db.Teams.Where(t => t.MunicipalityId == municipalityId).ToListAsync(ct);
        var team = teams.Find(t => string.Equals(t.Name, name, StringComparison.Ordinal))
            ?? throw ValidationException.For("team", $"no team named '{name}'; teams: {string.Join(", ", teams.Select(t => t.Name).Order(StringComparer.Ordinal))}");
        var wanted = areas.Select(a => Guard.NotBlank(a, "area", TeamArea.AreaMaxLength)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var known = await db.Citizens.Where(c => c.MunicipalityId == municipalityId && c.Area != null).Select(c => c.Area!).Distinct().ToListAsync(ct);
        var unknown = wanted.Where(a => !known.Contains(a, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            throw ValidationException.For("area", $"no citizen lives in {string.Join(", ", unknown.Select(a => $"'{a}'"))}; areas: {string.Join(", ", known.Order(StringComparer.Ordinal))}");
        }
        var at = clock.GetUtcNow();
        db.TeamAreas.RemoveRange(await db.TeamAreas.Where(a => a.MunicipalityId == municipalityId && a.TeamId == team.Id).ToListAsync(ct));
        db.TeamAreas.AddRange(wanted.Select(a => new TeamArea(municipalityId, team.Id, a, actor, at)));
        Audit(TeamAreasAction, actor, $"{team.Name}: {string.Join(", ", wanted)}", at);
        await db.SaveChangesAsync(ct);
        return (team.Id, wanted);
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

    // The entry names the user who decided (--by), with the running actor's role, as it always has.
    private void Audit(string action, string userId, string? reason, DateTimeOffset at) =>
        new AuditTrail(db, new Decider(userId, actor.Role), new FixedTenantContext(municipalityId), new FixedClock(at))
            .Add(action, Resource, reason: reason);

    private sealed record Decider(string UserId, string Role) : IAuditActor
    {
        public string UserName => UserId;

        public string? Reason => null;
    }

    /// <summary>The instant the change was made, so the audit entry and the settings carry the same time.</summary>
    private sealed class FixedClock(DateTimeOffset at) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => at;
    }
}
