using Mestring.Domain.Audit;
using Mestring.Domain.Organisation;

namespace Mestring.Application.Citizens;

/// <summary>
/// Finds a citizen outside the caseload by person id, only on the way to break-the-glass: the caller has
/// already written a reason, and the search is audited with it (the citizen sees it in their access log).
/// </summary>
public sealed class CitizenLookup(MestringDbContext db, ICurrentUser user, AuditTrail audit)
{
    public async Task<Result<Guid>> FindForBreakGlassAsync(string personId, string reason, CancellationToken ct)
    {
        if (user.Role != Roles.Caseworker || string.IsNullOrWhiteSpace(personId))
        {
            return Error.NotFound("citizen");
        }
        var term = personId.Trim();
        var id = await db.Citizens.Where(c => c.PersonId == term).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        user.Reason = reason;
        await audit.RecordAsync(AuditActions.Search, "break-the-glass-lookup", id, reason, ct: ct);
        return id is { } found ? found : Error.NotFound("citizen");
    }
}
