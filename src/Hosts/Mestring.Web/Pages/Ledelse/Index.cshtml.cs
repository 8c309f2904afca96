using Mestring.Domain.Plans;
using Mestring.Application.Stats;

namespace Mestring.Web.Pages.Ledelse;

/// <summary>Aggregates only (no names, small cells suppressed), as charts with the same numbers in tables.</summary>
public sealed class IndexModel(StatsQueries stats, IStringLocalizer<SharedResource> t) : PageModel
{
    public OverviewDto Overview { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Overview = await stats.OverviewAsync(ct);

    public string LegalBasisChart() => ChartJson.Serialize(new BarChart("bar",
        [.. Overview.ByLegalBasis.Select(c => Labels.LegalBasis(c.Key))], t["Aktive indsatser"], [.. Overview.ByLegalBasis.Select(c => (decimal?)c.Count)],
        t["Udgift pr. uge (kr.)"], [.. Overview.ByLegalBasis.Select(c => c.WeeklySpend)]));

    public string LevelChart() => ChartJson.Serialize(new BarChart("bar",
        [.. Overview.BySpecialisationLevel.Select(c => t["Niveau {0}", c.Key].Value)], t["Aktive indsatser"], [.. Overview.BySpecialisationLevel.Select(c => (decimal?)c.Count)],
        t["Udgift pr. uge (kr.)"], [.. Overview.BySpecialisationLevel.Select(c => c.WeeklySpend)]));

    public string GoalChart() => ChartJson.Serialize(new BarChart("bar",
        [.. Overview.GoalsByStatus.Select(c => GoalLabel(c.Key))], t["Mål"], [.. Overview.GoalsByStatus.Select(c => (decimal?)c.Count)]));

    public string GoalLabel(string key) => Enum.TryParse<GoalStatus>(key, out var status) ? t.GoalStatus(status) : key;

    /// <summary>A count, or the suppression notice (fewer than the threshold, but more than zero).</summary>
    public string Count(int? count) => count is { } n ? Fmt.Number(n) : t["under {0}", Overview.SuppressionThreshold];

    public string Spend(decimal? spend, int? count) => count is null ? t["skjult"] : spend is { } s ? Fmt.Money(s) : "–";
}
