using Mestring.Application.Access;
using Mestring.Data;
using Mestring.Data.Auditing;
using Mestring.Domain.Audit;
using Mestring.Domain.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Mestring.Application.AuditLog;

/// <summary>"Hvem har set mine data": who used the citizen's data, when and how.</summary>
public sealed record AccessLogEntryDto(DateTimeOffset At, string UserName, string Role, string Action, string Resource, bool BreakTheGlass, string? Reason);

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
            .Select(a => new AccessLogEntryDto(a.At, a.UserName, a.Role, a.Action, a.Resource, a.BreakTheGlass, a.BreakTheGlass ? a.Reason : null))
            .ToListAsync(ct);
        return rows;
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
