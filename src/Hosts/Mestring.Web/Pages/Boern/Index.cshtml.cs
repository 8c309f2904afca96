using Mestring.Application.Children;
using Mestring.Domain.Children;

namespace Mestring.Web.Pages.Boern;

/// <summary>
/// The children's deadline worklist. A caseworker sees the team's children's deadlines — overdue (escalated to the team
/// leader) and soon due first — and the share met per team and month; a team leader (manager) sees the same shares and
/// the escalation counts per team, without names.
/// </summary>
public sealed class IndexModel(ChildWorklist worklist, IStringLocalizer<SharedResource> t) : PageModel
{
    public ChildWorklistDto Worklist { get; private set; } = null!;

    public bool WithNames { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Worklist = await worklist.ForCallerAsync(ct);
        WithNames = User.IsInRole(Mestring.Domain.Organisation.Roles.Caseworker);
    }

    public IEnumerable<WorklistDeadlineDto> Overdue => Worklist.Items.Where(i => i.Escalated).OrderBy(i => i.DueAt);

    public IEnumerable<WorklistDeadlineDto> Soon => Worklist.Items.Where(i => i.SoonDue).OrderBy(i => i.DueAt);

    /// <summary>Open deadlines first (soonest due), then the closed ones of the last months, newest first.</summary>
    public IEnumerable<WorklistDeadlineDto> All => Worklist.Items.Where(i => i.Status is DeadlineStatus.Due or DeadlineStatus.Overdue).OrderBy(i => i.DueAt)
        .Concat(Worklist.Items.Where(i => i.Status is DeadlineStatus.Met or DeadlineStatus.MetLate && i.DueAt > Worklist.AsOf.AddMonths(-3)).OrderByDescending(i => i.DueAt));

    public string MonthName(ShareMetDto s) => new DateTime(s.Year, s.Month, 1).ToString("MMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>Up to two teams as two series; with more teams, the whole municipality as one (the table has every team).</summary>
    public string Chart()
    {
        var months = Worklist.ShareMet.Select(s => (s.Year, s.Month)).Distinct().Order().ToList();
        var teams = Worklist.ShareMet.Select(s => s.Team).Distinct().ToList();
        var labels = months.Select(m => new DateTime(m.Year, m.Month, 1).ToString("MMM yy", CultureInfo.CurrentCulture)).ToList();
        decimal? Value(Func<ShareMetDto, bool> which, (int Year, int Month) m)
        {
            var cells = Worklist.ShareMet.Where(s => which(s) && s.Year == m.Year && s.Month == m.Month).ToList();
            var closed = cells.Sum(s => s.Closed);
            return closed == 0 ? null : Fmt.PercentValue((double)cells.Sum(s => s.MetOnTime) / closed);
        }
        if (teams.Count > 2)
        {
            return ChartJson.Serialize(new BarChart("bar", labels, t["Hele kommunen (%)"], [.. months.Select(m => Value(_ => true, m))]));
        }
        return ChartJson.Serialize(new BarChart("bar", labels, TeamLabel(teams[0]) + " (%)", [.. months.Select(m => Value(s => s.Team == teams[0], m))],
            teams.Count > 1 ? TeamLabel(teams[1]) + " (%)" : null, teams.Count > 1 ? [.. months.Select(m => Value(s => s.Team == teams[1], m))] : null));
    }

    public bool ChartFits => Worklist.ShareMet.Count > 0;

    public string TeamLabel(string? team) => string.IsNullOrEmpty(team) ? t["Uden team"] : team;
}
