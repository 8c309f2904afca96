using Mestring.Domain.Audit;
using Mestring.Domain.Children;
using Mestring.Domain.Organisation;

namespace Mestring.Application.Children;

/// <summary>One deadline on the team's worklist, with the child's name and where it stands.</summary>
public sealed record WorklistDeadlineDto(Guid CitizenId, string Name, string Team, DeadlineKind Kind, DateTimeOffset TriggeredAt, DateTimeOffset DueAt,
    DateTimeOffset? MetAt, DeadlineStatus Status, bool SoonDue, bool Escalated);

/// <summary>The share of a team's deadlines due in one month that were met on time (closed = met, met late or overdue).</summary>
public sealed record ShareMetDto(string Team, int Year, int Month, int MetOnTime, int Closed)
{
    public double? Share => Closed == 0 ? null : (double)MetOnTime / Closed;
}

/// <summary>Per team: how many deadlines are overdue (escalated to the team leader) and soon due — counts only.</summary>
public sealed record TeamEscalationDto(string Team, int Overdue, int SoonDue, int Open);

/// <summary>The children's deadline worklist: the items (caseworkers only), the share met per team and month, the escalations.</summary>
public sealed record ChildWorklistDto(DateTimeOffset AsOf, IReadOnlyList<WorklistDeadlineDto> Items, IReadOnlyList<ShareMetDto> ShareMet,
    IReadOnlyList<TeamEscalationDto> Escalations);

/// <summary>
/// The children's deadline worklist for pages. A caseworker sees the deadlines of the children they work with (their
/// own and their team's caseload), each child recorded as read. A team leader (manager) sees no names: per team the
/// share met per month and the overdue (escalated) and soon-due counts, recorded as one aggregate search.
/// </summary>
public sealed class ChildWorklist(MestringDbContext db, CitizenAccess access, ICurrentUser user, AuditTrail audit, TimeProvider clock)
{
    /// <summary>An open deadline due within this is "soon due" and shown at the top of the worklist.</summary>
    public static readonly TimeSpan SoonWindow = TimeSpan.FromDays(7);

    /// <summary>How many months back the share met is reported.</summary>
    public const int Months = 12;

    public const string AggregateResource = "child-deadlines-aggregate";

    public async Task<ChildWorklistDto> ForCallerAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (user.Role == Roles.Caseworker)
        {
            var visible = access.Visible();
            var list = await ChildDeadlineQueries.ComputeAsync(db, visible.Select(c => c.Id), now, ct);
            var children = await visible.Select(c => new { c.Id, c.Name, c.PersonId, c.TeamId }).ToListAsync(ct);
            await access.RecordListAsync(list.Select(d => d.CitizenId).Distinct(), ChildDeadlineQueries.Resource, ct);
            var teams = await TeamNamesAsync(ct);
            var byId = children.ToDictionary(c => c.Id, c => (Name: c.Name ?? c.PersonId, Team: TeamName(teams, c.TeamId)));
            var items = list.Select(d => Item(d, byId[d.CitizenId].Name, byId[d.CitizenId].Team, now)).ToList();
            return new ChildWorklistDto(now, items, ShareMet(items, now), Escalations(items));
        }
        if (user.Role is Roles.Manager or Roles.Supervision or Roles.Admin)
        {
            var all = db.Citizens.Select(c => c.Id);
            var list = await ChildDeadlineQueries.ComputeAsync(db, all, now, ct);
            var teamOf = await db.Citizens.Where(c => c.TeamId != null).Select(c => new { c.Id, c.TeamId }).ToDictionaryAsync(c => c.Id, c => c.TeamId, ct);
            var teams = await TeamNamesAsync(ct);
            var items = list.Select(d => Item(d, "", TeamName(teams, teamOf.GetValueOrDefault(d.CitizenId)), now)).ToList();
            await audit.RecordAsync(AuditActions.Search, AggregateResource, ct: ct);
            return new ChildWorklistDto(now, [], ShareMet(items, now), Escalations(items));
        }
        return new ChildWorklistDto(now, [], [], []);
    }

    private async Task<Dictionary<Guid, string>> TeamNamesAsync(CancellationToken ct) =>
        await db.Teams.Select(t => new { t.Id, t.Name }).ToDictionaryAsync(t => t.Id, t => t.Name, ct);

    private static string TeamName(Dictionary<Guid, string> teams, Guid? id) => id is { } t && teams.TryGetValue(t, out var name) ? name : "";

    private static WorklistDeadlineDto Item(ChildDeadline d, string name, string team, DateTimeOffset now) => new(d.CitizenId, name, team, d.Kind,
        d.TriggeredAt, d.DueAt, d.MetAt, d.Status, d.Status == DeadlineStatus.Due && d.DueAt - now <= SoonWindow, d.Status == DeadlineStatus.Overdue);

    /// <summary>Per team and Danish calendar month of the due time, the last <see cref="Months"/> months up to now.</summary>
    public static IReadOnlyList<ShareMetDto> ShareMet(IEnumerable<WorklistDeadlineDto> items, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(DanishCalendar.InDenmark(now).DateTime);
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - Months);
        return [.. items.Where(d => d.Status != DeadlineStatus.Due)
            .Select(d => (d, Day: DateOnly.FromDateTime(DanishCalendar.InDenmark(d.DueAt).DateTime)))
            .Where(x => x.Day >= first && x.Day <= today)
            .GroupBy(x => (x.d.Team, x.Day.Year, x.Day.Month))
            .Select(g => new ShareMetDto(g.Key.Team, g.Key.Year, g.Key.Month, g.Count(x => x.d.Status == DeadlineStatus.Met), g.Count()))
            .OrderBy(s => s.Team, StringComparer.Ordinal).ThenBy(s => s.Year).ThenBy(s => s.Month)];
    }

    private static IReadOnlyList<TeamEscalationDto> Escalations(IEnumerable<WorklistDeadlineDto> items) =>
        [.. items.Where(d => d.Status is DeadlineStatus.Due or DeadlineStatus.Overdue).GroupBy(d => d.Team)
            .Select(g => new TeamEscalationDto(g.Key, g.Count(d => d.Escalated), g.Count(d => d.SoonDue), g.Count()))
            .OrderBy(e => e.Team, StringComparer.Ordinal)];
}
