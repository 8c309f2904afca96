using Mestring.Data;
using Mestring.Domain.Audit;
using Mestring.Domain.Organisation;
using Mestring.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Mestring.Web.Features.Citizens;

/// <summary>
/// Finds a citizen outside the caseload by person id, only on the way to break-the-glass: the caller has
/// already written a reason, and the search is audited with it (the citizen sees it in their access log).
/// </summary>
public sealed class CitizenLookup(MestringDbContext db, CitizenAccess access, CurrentUser user)
{
    public async Task<Guid?> FindForBreakGlassAsync(string personId, string reason, CancellationToken ct)
    {
        if (user.Role != Roles.Caseworker || string.IsNullOrWhiteSpace(personId))
        {
            return null;
        }
        var term = personId.Trim();
        var id = await db.Citizens.Where(c => c.PersonId == term).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        user.Reason = reason;
        await access.RecordAsync(AuditActions.Search, "break-the-glass-lookup", id, breakTheGlass: false, ct);
        return id;
    }
}
