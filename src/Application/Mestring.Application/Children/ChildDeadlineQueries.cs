using Mestring.Domain.Audit;
using Mestring.Domain.Children;

namespace Mestring.Application.Children;

/// <summary>One legal deadline on the wire (CLI and API): times ISO 8601 with the Danish offset, metAt null while open.</summary>
public sealed record DeadlineDto(Guid CitizenId, string Kind, DateTimeOffset TriggeredAt, DateTimeOffset DueAt, DateTimeOffset? MetAt, string Status)
{
    public static DeadlineDto From(ChildDeadline d) => new(d.CitizenId, d.Kind.Name(), d.TriggeredAt, d.DueAt, d.MetAt, d.Status.Name());
}

/// <summary>
/// The legal deadlines of children's cases (<see cref="DeadlineRules"/>) for the caller's caseload and team (the API and
/// the worklist) or for a whole municipality (the CLI, as the system). Every citizen listed is recorded as read.
/// </summary>
public sealed partial class ChildDeadlineQueries(MestringDbContext db, CitizenAccess access, ChildCaseAccess cases, TimeProvider clock)
{
    public const string Resource = "child-deadlines";

    /// <summary>The end of a Danish calendar day: "as of 7 March" knows everything that happened on 7 March.</summary>
    public static DateTimeOffset EndOf(DateOnly day) => DanishCalendar.StartOfDay(day.AddDays(1));

    /// <summary>The deadlines of the children the caller works with, as of now or the end of <paramref name="asOf"/>.</summary>
    public async Task<IReadOnlyList<ChildDeadline>> ForCallerAsync(DateOnly? asOf, CancellationToken ct)
    {
        var at = asOf is { } day ? EndOf(day) : clock.GetUtcNow();
        var list = await ComputeAsync(db, access.Visible().Select(c => c.Id), at, ct);
        await access.RecordListAsync(list.Select(d => d.CitizenId).Distinct(), Resource, ct);
        return list;
    }

    /// <summary>
    /// All children's deadlines in one municipality (the system's view, for the CLI and reports), each child listed
    /// recorded as read through <paramref name="audit"/>.
    /// </summary>
    public static async Task<IReadOnlyList<ChildDeadline>> ForMunicipalityAsync(MestringDbContext db, AuditTrail audit, Guid municipalityId, DateTimeOffset asOf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(audit);
        var list = await ComputeAsync(db, db.Citizens.Where(c => c.MunicipalityId == municipalityId).Select(c => c.Id), asOf, ct);
        audit.AddEach(AuditActions.Read, Resource, list.Select(d => d.CitizenId).Distinct(), municipalityId);
        await db.SaveChangesAsync(ct);
        return list;
    }

    /// <summary>The deadlines of one child, for a caseworker with access (audited).</summary>
    public async Task<Result<IReadOnlyList<ChildDeadline>>> ForChildAsync(Guid citizenId, DateOnly? asOf, CancellationToken ct)
    {
        var child = await cases.ReadAsync(citizenId, Resource, ct);
        if (!child.IsSuccess)
        {
            return child.Error;
        }
        var list = await ComputeAsync(db, db.Citizens.Where(c => c.Id == citizenId).Select(c => c.Id), asOf is { } day ? EndOf(day) : clock.GetUtcNow(), ct);
        return list.ToList();
    }

    internal static async Task<IReadOnlyList<ChildDeadline>> ComputeAsync(MestringDbContext db, IQueryable<Guid> scope, DateTimeOffset asOf, CancellationToken ct)
    {
        var notifications = await db.ChildNotifications.Where(n => scope.Contains(n.CitizenId))
            .Select(n => new { n.CitizenId, Fact = new NotificationFact(n.Id, n.ReceivedAt, n.AssessedAt) }).ToListAsync(ct);
        var investigations = await db.ChildInvestigations.Where(i => scope.Contains(i.CitizenId) && i.Kind == InvestigationKind.Undersoegelse)
            .Select(i => new { i.CitizenId, Fact = new InvestigationFact(i.Id, i.AwareAt, i.CompletedAt, i.PreliminaryAt) }).ToListAsync(ct);
        var decisions = await db.ChildDecisions.Where(d => scope.Contains(d.CitizenId)).ToListAsync(ct);
        var plans = await db.ChildPlanRecords.Where(r => scope.Contains(r.CitizenId)).Select(r => new { r.CitizenId, r.Kind, r.RecordedAt }).ToListAsync(ct);
        var children = notifications.Select(n => n.CitizenId).Concat(investigations.Select(i => i.CitizenId))
            .Concat(decisions.Select(d => d.CitizenId)).Concat(plans.Select(p => p.CitizenId)).ToHashSet();
        if (children.Count == 0)
        {
            return [];
        }
        var births = await db.Citizens.Where(c => scope.Contains(c.Id)).Select(c => new { c.Id, c.BirthDate }).ToListAsync(ct);
        var followUps = await db.FollowUps.Where(f => scope.Contains(f.CitizenId) && f.CompletedAt != null)
            .Select(f => new { f.CitizenId, f.CompletedAt }).ToListAsync(ct);

        var n = notifications.ToLookup(x => x.CitizenId, x => x.Fact);
        var i = investigations.ToLookup(x => x.CitizenId, x => x.Fact);
        var d = decisions.ToLookup(x => x.CitizenId, x => x.ToFact());
        var p = plans.ToLookup(x => x.CitizenId);
        var f = followUps.ToLookup(x => x.CitizenId, x => x.CompletedAt!.Value);
        var result = new List<ChildDeadline>();
        foreach (var child in births.Where(b => children.Contains(b.Id)))
        {
            var id = child.Id;
            var facts = new ChildCaseFacts(id, child.BirthDate, [.. n[id]], [.. i[id]], [.. d[id]],
                [.. p[id].Where(x => x.Kind == ChildPlanKind.ChildPlan).Select(x => x.RecordedAt)],
                [.. p[id].Where(x => x.Kind == ChildPlanKind.YouthPlan).Select(x => x.RecordedAt)],
                [.. f[id]],
                p[id].Where(x => x.Kind == ChildPlanKind.Transition).Select(x => (DateTimeOffset?)x.RecordedAt).Min());
            result.AddRange(DeadlineRules.Compute(facts, asOf));
        }
        return [.. result.OrderBy(d => d.DueAt).ThenBy(d => d.CitizenId).ThenBy(d => d.Kind)];
    }
}
