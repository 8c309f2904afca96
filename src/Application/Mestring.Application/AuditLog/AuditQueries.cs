using Mestring.Domain.Audit;
using Mestring.Domain.Organisation;

namespace Mestring.Application.AuditLog;

/// <summary>
/// "Hvem har set mine data": who used the citizen's data, when and how. <c>Name</c> is the person's display name,
/// <c>RoleName</c> and <c>Use</c> are plain Danish ("sagsbehandler", "Så planen"), <c>Organisation</c> the team or provider.
/// </summary>
public sealed record AccessLogEntryDto(DateTimeOffset At, string UserName, string Role, string Action, string Resource, bool BreakTheGlass, string? Reason,
    string Name, string RoleName, string? Organisation, string Use);

/// <summary>Repeated uses by the same person, of the same kind, on the same (Danish) day, as one line.</summary>
public sealed record AccessLogGroupDto(DateOnly Day, DateTimeOffset First, DateTimeOffset Last, int Count, string Name, string Role, string RoleName,
    string? Organisation, string Action, string Resource, string Use, bool BreakTheGlass, string? Reason);

public sealed record AuditEntryDto(long Id, DateTimeOffset At, string UserId, string UserName, string Role, string Action, string Resource, Guid? CitizenId, string? Reason, bool BreakTheGlass);

public sealed class AuditQueries(MestringDbContext db, ICurrentUser user, AuditTrail audit)
{
    /// <summary>The citizen's own access log: uses of their data by others (denied attempts are for auditors).</summary>
    public async Task<IReadOnlyList<AccessLogEntryDto>> MyAccessLogAsync(int take, CancellationToken ct)
    {
        if (user.Role != Roles.Citizen || user.CitizenId is not { } citizenId)
        {
            return [];
        }
        var rows = await db.AuditEntries.Where(a => a.CitizenId == citizenId && a.Action != AuditActions.Denied)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(Math.Clamp(take, 1, 1000))
            .ToListAsync(ct);
        var people = await AuditPeople.LookupAsync(db, rows.Select(r => r.UserId), ct);
        return [.. rows.Select(a =>
        {
            var person = AuditPeople.Of(people, a.UserId, a.UserName, a.Role);
            return new AccessLogEntryDto(a.At, a.UserName, a.Role, a.Action, a.Resource, a.BreakTheGlass, a.BreakTheGlass ? a.Reason : null,
                person.Name, AuditWords.Role(a.Role), person.Organisation, AuditWords.Use(a.Action, a.Resource));
        })];
    }

    /// <summary>The citizen's access log for reading: uses by others, the same person's same use on one day as one line.</summary>
    public async Task<IReadOnlyList<AccessLogGroupDto>> MyAccessLogGroupedAsync(int take, CancellationToken ct)
    {
        var entries = (await MyAccessLogAsync(take, ct)).Where(e => e.Role != Roles.Citizen);
        return [.. entries
            .GroupBy(e => (Day: DanishCalendar.DayOf(e.At), e.UserName, e.Action, e.Resource, e.BreakTheGlass))
            .Select(g => new AccessLogGroupDto(g.Key.Day, g.Min(e => e.At), g.Max(e => e.At), g.Count(), g.First().Name, g.First().Role, g.First().RoleName,
                g.First().Organisation, g.Key.Action, g.Key.Resource, g.First().Use, g.Key.BreakTheGlass, g.Select(e => e.Reason).FirstOrDefault(r => r is not null)))
            .OrderByDescending(g => g.Last)];
    }

    public async Task<IReadOnlyList<AuditEntryDto>> SearchAsync(Guid? citizenId, string? userName, bool breakTheGlassOnly, int take, CancellationToken ct)
    {
        var query = db.AuditEntries.AsQueryable();
        if (citizenId is { } id)
        {
            query = query.Where(a => a.CitizenId == id);
        }
        if (!string.IsNullOrWhiteSpace(userName))
        {
            query = query.Where(a => a.UserName == userName);
        }
        if (breakTheGlassOnly)
        {
            query = query.Where(a => a.BreakTheGlass);
        }
        var rows = await query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(Math.Clamp(take, 1, 5000))
            .Select(a => new AuditEntryDto(a.Id, a.At, a.UserId, a.UserName, a.Role, a.Action, a.Resource, a.CitizenId, a.Reason, a.BreakTheGlass))
            .ToListAsync(ct);
        // Reading the audit log is itself a use of personal data, and is logged as a search.
        await audit.RecordAsync(AuditActions.Search, "audit-log", citizenId, ct: ct);
        return rows;
    }
}
