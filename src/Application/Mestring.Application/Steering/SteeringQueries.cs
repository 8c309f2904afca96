using Mestring.Data.Steering;
using Mestring.Domain.Audit;
using DomainRoles = Mestring.Domain.Organisation.Roles;

namespace Mestring.Application.Steering;

/// <summary>Who may read the steering analyses (aggregates for managers and analysts: manager, administrator, supervision).</summary>
public static class SteeringReaders
{
    public static readonly IReadOnlyList<string> Roles = [DomainRoles.Manager, DomainRoles.Admin, DomainRoles.Supervision];

    public static bool Allows(string? role) => role is not null && Roles.Contains(role, StringComparer.Ordinal);
}

/// <summary>
/// The steering analyses for managers and the council, read from the pre-aggregated store (refreshed first when the
/// casework changed since). Aggregates only, small cells suppressed; every read is audited.
/// </summary>
public sealed partial class SteeringQueries(MestringDbContext db, SteeringRefresh refresh, ICurrentUser user, AuditTrail audit, TimeProvider clock)
{
    /// <summary>The analyses by name (the API's <c>/api/v1/steering/{name}</c> and the page's route).</summary>
    public static readonly IReadOnlyList<string> Analyses =
        ["overview", "growth", "costliest", "levels", "progression", "goals", "quality", "transitions", "specialisation", "compare"];

    /// <summary>The dimensions the overview can be broken down by.</summary>
    public static readonly IReadOnlyList<string> Dimensions = [SteeringCuts.Area, SteeringCuts.Basis, SteeringCuts.Target, SteeringCuts.Provider, SteeringCuts.Level];

    private Guid _municipality;
    private DateTimeOffset? _refreshedAt;

    /// <summary>One analysis by name; <paramref name="by"/> picks the overview's breakdown (area, basis, target, provider, level).</summary>
    public async Task<Result<SteeringTable>> GetAsync(string analysis, string? by, CancellationToken ct)
    {
        if (!Analyses.Contains(analysis, StringComparer.Ordinal))
        {
            return Error.NotFound("analysis");
        }
        var ready = await PrepareAsync("steering/" + analysis, ct);
        if (!ready.IsSuccess)
        {
            return ready.Error;
        }
        if (by is not null && !Dimensions.Contains(by, StringComparer.Ordinal) && by is not ("movement" or SteeringCuts.Method))
        {
            return Error.Invalid("by", "must be one of: " + string.Join(", ", [.. Dimensions, "movement", SteeringCuts.Method]));
        }
        var table = analysis switch
        {
            "overview" => by is null ? await OverviewAsync(ct) : await BreakdownAsync(by, ct),
            "growth" => await GrowthAsync(ct),
            "costliest" => await CostliestAsync(ct),
            "levels" => await LevelsAsync(ct),
            "progression" => await ProgressionAsync(by == SteeringCuts.Provider ? SteeringCuts.Provider : SteeringCuts.Method, ct),
            "goals" => await GoalsAsync(ct),
            "quality" => await QualityAsync(ct),
            "transitions" => await TransitionsAsync(ct),
            "specialisation" => await SpecialisationAsync(by, ct),
            "compare" => await CompareAsync(ct),
            _ => (SteeringTable?)null,
        };
        if (table is null)
        {
            return Error.NotFound("analysis");
        }
        return table.RowKind == SteeringKeyKind.Provider ? table with { Names = await ProviderNamesAsync(ct) } : table;
    }

    private async Task<Dictionary<string, string>> ProviderNamesAsync(CancellationToken ct) =>
        (await db.Providers.AsNoTracking().Where(p => p.MunicipalityId == _municipality).Select(p => new { p.Id, p.Name }).ToListAsync(ct))
            .ToDictionary(p => p.Id.ToString("N"), p => p.Name, StringComparer.Ordinal);

    /// <summary>Checks the reader, refreshes the store if the casework changed, and audits the read.</summary>
    private async Task<Result<Guid>> PrepareAsync(string resource, CancellationToken ct)
    {
        if (!SteeringReaders.Allows(user.Role))
        {
            await audit.RecordAsync(AuditActions.Denied, resource, ct: ct);
            return Error.Forbidden("steering-readers", "Only managers, administrators and supervision see the steering analyses.");
        }
        if (user.MunicipalityId is not { } municipality)
        {
            return Error.Invalid("municipality", "the steering analyses are per municipality");
        }
        _municipality = municipality;
        if (await refresh.IsStaleAsync(municipality, ct))
        {
            await refresh.RefreshAsync(municipality, ct);
        }
        _refreshedAt = await db.Set<SteeringState>().Where(s => s.MunicipalityId == municipality).Select(s => s.RefreshedAt).FirstOrDefaultAsync(ct);
        await audit.RecordAsync(AuditActions.Read, resource, ct: ct);
        return municipality;
    }

    /// <summary>Prepares a read for another steering use case (the what-if): same access, refresh and audit.</summary>
    internal Task<Result<Guid>> PrepareForAsync(string resource, CancellationToken ct) => PrepareAsync(resource, ct);

    internal async Task<List<SteeringCell>> CellsAsync(string cut, CancellationToken ct) =>
        await db.Set<SteeringCell>().AsNoTracking().Where(c => c.MunicipalityId == _municipality && c.Cut == cut).ToListAsync(ct);

    /// <summary>The years with any spending, oldest first.</summary>
    private static List<int> Years(List<SteeringCell> totals) => [.. totals.Where(c => c.Year > 0).Select(c => c.Year).Distinct().Order()];

    private int ThisYear => clock.TodayInDenmark().Year;

    /// <summary>The last complete year with data (the current year is still running), or the latest year there is.</summary>
    private int LastFullYear(List<int> years) => years.Where(y => y < ThisYear).DefaultIfEmpty(years.Count == 0 ? ThisYear : years[^1]).Max();

    private static decimal? Percent(decimal part, decimal whole) => whole == 0 ? null : decimal.Round(100m * part / whole, 1);

    private static decimal? Growth(decimal from, decimal to) => from == 0 ? null : decimal.Round(100m * (to - from) / from, 1);

    private SteeringTable Table(string analysis, SteeringKeyKind kind, IReadOnlyList<SteeringColumn> columns, IReadOnlyList<(string, decimal?[])> rows,
        decimal?[]? total, IReadOnlyList<int> chart, SteeringReading? reading, bool rowTotals = false) =>
        SteeringTable.Build(analysis, kind, columns, rows, total, rowTotals, chart, reading, _refreshedAt);
}
