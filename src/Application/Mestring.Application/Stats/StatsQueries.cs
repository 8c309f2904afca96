namespace Mestring.Application.Stats;

/// <summary>A count that is hidden when small, so that no one can be singled out from an aggregate.</summary>
public sealed record Cell(string Key, int? Count, decimal? WeeklySpend);

public sealed record OverviewDto(
    int CitizensWithPlan,
    int ActiveInterventions,
    int PendingOrders,
    int OverdueFollowUps,
    decimal WeeklySpend,
    double? MeanLatestRating,
    IReadOnlyList<Cell> ByLegalBasis,
    IReadOnlyList<Cell> BySpecialisationLevel,
    IReadOnlyList<Cell> GoalsByStatus,
    int SuppressionThreshold);

/// <summary>Aggregates for managers: numbers only, never names, and small cells suppressed.</summary>
public sealed class StatsQueries(MestringDbContext db, TimeProvider clock)
{
    public const int SuppressBelow = 5;

    public async Task<OverviewDto> OverviewAsync(CancellationToken ct)
    {
        var today = clock.TodayInDenmark();
        var active = await db.Interventions.Where(i => i.Status == InterventionStatus.Active)
            .Join(db.Providers, i => i.ProviderId, p => p.Id, (i, p) => new { i.LegalBasis, i.Unit, i.UnitsPerWeek, i.UnitPrice, p.SpecialisationLevel })
            .ToListAsync(ct);
        static decimal Weekly(ServiceUnit unit, decimal units, decimal price) => Steering.SteeringFactBuilder.WeeklyCost(unit, units, price);
        var byBasis = active.GroupBy(a => a.LegalBasis).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Suppress(g.Key, g.Count(), g.Sum(a => Weekly(a.Unit, a.UnitsPerWeek, a.UnitPrice)))).ToList();
        var byLevel = active.GroupBy(a => a.SpecialisationLevel).OrderBy(g => g.Key)
            .Select(g => Suppress(g.Key.ToString(CultureInfo.InvariantCulture), g.Count(), g.Sum(a => Weekly(a.Unit, a.UnitsPerWeek, a.UnitPrice)))).ToList();
        var goals = await db.Goals.GroupBy(g => g.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var ratings = await db.ProgressRatings.Select(r => new { r.GoalId, r.At, r.Rating }).ToListAsync(ct);
        var latest = ratings.GroupBy(r => r.GoalId).Select(g => g.OrderByDescending(r => r.At).First().Rating).ToList();
        return new OverviewDto(
            await db.Plans.CountAsync(ct),
            active.Count,
            await db.Interventions.CountAsync(i => i.Status == InterventionStatus.Ordered, ct),
            await db.FollowUps.CountAsync(f => f.CompletedAt == null && f.DueDate < today, ct),
            decimal.Round(active.Sum(a => Weekly(a.Unit, a.UnitsPerWeek, a.UnitPrice)), 0),
            latest.Count >= SuppressBelow ? Math.Round(latest.Average(), 1) : null,
            byBasis,
            byLevel,
            [.. Enum.GetValues<GoalStatus>().Select(s => Suppress(s.ToString(), goals.FirstOrDefault(g => g.Key == s)?.Count ?? 0, null))],
            SuppressBelow);
    }

    private static Cell Suppress(string key, int count, decimal? spend) =>
        count is > 0 and < SuppressBelow ? new Cell(key, null, null) : new Cell(key, count, spend is null ? null : decimal.Round(spend.Value, 0));
}
