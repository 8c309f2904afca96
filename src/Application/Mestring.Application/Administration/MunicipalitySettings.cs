using Mestring.Application.Prevention;
using Mestring.Domain.Audit;
using Mestring.Domain.Organisation;
using Mestring.Domain.Prevention;
using Mestring.Prevention.Factors;

namespace Mestring.Application.Administration;

/// <summary>One indicator of early detection with its switch and the legal basis it runs under.</summary>
public sealed record IndicatorSettingDto(string Key, string Name, bool Enabled, string? LegalBasis, string SuggestedLegalBasis);

/// <summary>The municipality's settings as the administrator sees them.</summary>
public sealed record SettingsDto(bool EarlyDetectionEnabled, string? LegalBasis, string? ChangedBy, DateTimeOffset? ChangedAt, IReadOnlyList<IndicatorSettingDto> Indicators);

public sealed record EarlyDetectionRequest(bool? Enabled, string? LegalBasis);

public sealed record IndicatorRequest(bool? Enabled, string? LegalBasis);

/// <summary>
/// Teams and their areas, and the municipality's settings (the early-detection switch and its indicators), for the
/// administrator. The switches and the areas go through <see cref="PreventionSwitch"/>, the same use case as
/// <c>mestring prevention …</c>, which audits each change with who, when and the legal basis or the areas.
/// </summary>
public sealed class MunicipalitySettings(MestringDbContext db, ICurrentUser user, AuditTrail audit, TimeProvider clock)
{
    private Guid Municipality => user.MunicipalityId ?? Guid.Empty;

    private PreventionSwitch Switch => new(db, Municipality, clock, user);

    public async Task<Result<IReadOnlyList<TeamDto>>> TeamsAsync(CancellationToken ct)
    {
        if (Refused() is { } refused)
        {
            return refused;
        }
        var teams = await db.Teams.OrderBy(t => t.Name).ToListAsync(ct);
        var areas = await db.TeamAreas.ToListAsync(ct);
        var members = await db.Users.Where(u => u.MunicipalityId == Municipality && u.TeamId != null).GroupBy(u => u.TeamId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return teams.Select(t => new TeamDto(t.Id, t.Name, [.. areas.Where(a => a.TeamId == t.Id).Select(a => a.Area).Order(StringComparer.Ordinal)],
            members.FirstOrDefault(m => m.Key == t.Id)?.Count ?? 0)).ToArray();
    }

    /// <summary>The areas citizens live in (the names a team can cover).</summary>
    public async Task<IReadOnlyList<string>> KnownAreasAsync(CancellationToken ct) =>
        (await db.Citizens.Where(c => c.Area != null).Select(c => c.Area!).Distinct().ToListAsync(ct)).Order(StringComparer.Ordinal).ToList();

    public async Task<Result<Guid>> CreateTeamAsync(CreateTeamRequest request, CancellationToken ct)
    {
        if (Refused() is { } refused)
        {
            return refused;
        }
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > 200)
        {
            return Error.Invalid("name", "is required (at most 200 characters)");
        }
        var name = request.Name.Trim();
        if ((await db.Teams.Select(t => t.Name).ToListAsync(ct)).Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            return Error.Conflict("duplicate-team", $"A team named '{name}' exists.", "name");
        }
        var team = new Team(Municipality, name);
        db.Teams.Add(team);
        audit.Add(AuditActions.Create, "team", reason: $"{name}: {UserInput.Why(request.Reason, "oprettet")}");
        await db.SaveChangesAsync(ct);
        return team.Id;
    }

    /// <summary>The areas a team covers, as <c>mestring prevention area set</c> sets them.</summary>
    public async Task<Result<TeamDto>> SetTeamAreasAsync(Guid teamId, TeamAreasRequest request, CancellationToken ct)
    {
        if (Refused() is { } refused)
        {
            return refused;
        }
        var team = await db.Teams.FirstOrDefaultAsync(t => t.Id == teamId, ct);
        if (team is null)
        {
            return Error.NotFound("team");
        }
        if (request.Areas is null)
        {
            return Error.Invalid("areas", "is required (an empty list clears the team's areas)");
        }
        var (_, areas) = await Switch.SetTeamAreasAsync(team.Name, request.Areas, user.UserName, ct);
        return new TeamDto(team.Id, team.Name, areas, await db.Users.CountAsync(u => u.TeamId == team.Id, ct));
    }

    public async Task<Result<SettingsDto>> GetAsync(CancellationToken ct)
    {
        if (Refused() is { } refused)
        {
            return refused;
        }
        return ToDto(await Switch.FindAsync(ct));
    }

    /// <summary>Switches early detection on (a legal basis is required, the domain checks it) or off.</summary>
    public async Task<Result<SettingsDto>> SetEarlyDetectionAsync(EarlyDetectionRequest request, CancellationToken ct)
    {
        if (Refused() is { } refused)
        {
            return refused;
        }
        if (request.Enabled is not { } enabled)
        {
            return Error.Invalid("enabled", "is required");
        }
        if (enabled && string.IsNullOrWhiteSpace(request.LegalBasis))
        {
            return Error.Invalid("legalBasis", "is required to switch early detection on");
        }
        var settings = enabled ? await Switch.EnableAsync(request.LegalBasis!.Trim(), user.UserName, ct) : await Switch.DisableAsync(user.UserName, ct);
        return ToDto(settings);
    }

    public async Task<Result<SettingsDto>> SetIndicatorAsync(string key, IndicatorRequest request, CancellationToken ct)
    {
        if (Refused() is { } refused)
        {
            return refused;
        }
        if (request.Enabled is not { } enabled)
        {
            return Error.Invalid("enabled", "is required");
        }
        if (enabled && string.IsNullOrWhiteSpace(request.LegalBasis))
        {
            return Error.Invalid("legalBasis", "is required to switch an indicator on");
        }
        return ToDto(await Switch.SetIndicatorAsync(key, enabled, request.LegalBasis?.Trim(), user.UserName, ct));
    }

    private Error? Refused() => user.Role == Roles.Admin ? null : Error.Forbidden("admin-only", "Only an administrator may manage teams and settings.");

    private static SettingsDto ToDto(PreventionSettings? settings) => new(
        settings?.Enabled ?? false, settings?.LegalBasis, settings?.ChangedBy, settings?.ChangedAt,
        [.. FactorCatalog.DefaultIndicators.Select(i =>
        {
            var set = settings?.Indicators.FirstOrDefault(x => x.Key == i.Key);
            return new IndicatorSettingDto(i.Key, i.DanishName, set?.Enabled ?? false, set?.Enabled == true ? set.LegalBasis : null, i.LegalBasis);
        })]);
}
