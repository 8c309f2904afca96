using Mestring.Domain.Access;
using Mestring.Domain.Citizens;
using Mestring.Domain.Organisation;

namespace Mestring.Application.Citizens;

public sealed class CitizenQueries(MestringDbContext db, CitizenAccess access, ICurrentUser user, AuditTrail audit, TimeProvider clock)
{
    /// <summary>The caller's caseload (caseworker), served citizens (provider) or oneself (citizen). Each listed citizen is audited.</summary>
    public async Task<IReadOnlyList<CitizenSummaryDto>> CaseloadAsync(string? search, CancellationToken ct)
    {
        var today = Today;
        var query = access.Visible();
        if (!string.IsNullOrWhiteSpace(search))
        {
            // Case-insensitive in every language (SQLite's lower() knows only A–Z), so matched here on the caseload's keys.
            var keys = await query.Select(c => new { c.Id, c.Name, c.Cpr, c.PersonId }).ToListAsync(ct);
            var matches = keys.Where(k => CaseloadSearch.Matches(search, k.Name, k.Cpr, k.PersonId)).Select(k => k.Id).ToList();
            query = query.Where(c => matches.Contains(c.Id));
        }
        var citizens = await query.OrderBy(c => c.Name).ThenBy(c => c.PersonId).Take(500).ToListAsync(ct);
        var ids = citizens.Select(c => c.Id).ToList();
        var open = await db.Interventions.Where(i => ids.Contains(i.CitizenId) && (i.Status == InterventionStatus.Ordered || i.Status == InterventionStatus.Active))
            .GroupBy(i => i.CitizenId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var followUps = await db.FollowUps.Where(f => ids.Contains(f.CitizenId) && f.CompletedAt == null)
            .Select(f => new { f.CitizenId, f.DueDate }).ToListAsync(ct);
        await access.RecordListAsync(ids, "caseload", ct);
        return [.. citizens.Select(c =>
        {
            var due = followUps.Where(f => f.CitizenId == c.Id).Select(f => f.DueDate).DefaultIfEmpty().Min();
            return new CitizenSummaryDto(c.Id, c.PersonId, c.DisplayName, c.BirthDate, c.AgeOn(today), c.Area,
                open.GetValueOrDefault(c.Id), due == default ? null : due, due != default && due < today);
        })];
    }

    public async Task<Result<CitizenDto>> GetAsync(Guid id, CancellationToken ct)
    {
        var opened = await access.OpenAsync(id, "citizen", ct);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }
        var (citizen, basis) = opened.Value;
        return new CitizenDto(citizen.Id, citizen.PersonId, citizen.DisplayName, MaskCpr(citizen.Cpr), citizen.BirthDate,
            citizen.AgeOn(Today), citizen.Sex, citizen.Area, citizen.DeathDate, basis.ToString(), await FamilyAsync(citizen, ct));
    }

    /// <summary>Break-the-glass: a caseworker opens a citizen outside their caseload with a written reason, for 3 hours.</summary>
    public async Task<Result> BreakGlassAsync(Guid citizenId, string reason, CancellationToken ct)
    {
        if (user.Role != Roles.Caseworker || !await db.Citizens.AnyAsync(c => c.Id == citizenId, ct))
        {
            return Error.NotFound("citizen");
        }
        var grant = new BreakGlassGrant(user.MunicipalityId ?? Guid.Empty, user.UserId, citizenId, reason, clock.GetUtcNow());
        db.BreakGlassGrants.Add(grant);
        user.Reason = grant.Reason;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("break-the-glass", "citizen", citizenId, grant.Reason, breakTheGlass: true, ct: ct);
        return Result.Ok;
    }

    // Relatives are shown to the caseworker only: a provider or the citizen's view of the record carries no one else's data.
    private async Task<IReadOnlyList<RelativeDto>> FamilyAsync(Citizen citizen, CancellationToken ct)
    {
        if (user.Role != Roles.Caseworker)
        {
            return [];
        }
        var parentIds = new[] { citizen.MotherId, citizen.FatherId }.OfType<Guid>().ToList();
        var relatives = await db.Citizens.Where(c => parentIds.Contains(c.Id) || c.MotherId == citizen.Id || c.FatherId == citizen.Id)
            .Select(c => new { c.Id, c.Name, c.PersonId, c.MotherId, c.FatherId }).ToListAsync(ct);
        return [.. relatives.Select(r => new RelativeDto(r.Id,
            r.Id == citizen.MotherId ? "mother" : r.Id == citizen.FatherId ? "father" : "child",
            r.Name ?? r.PersonId))];
    }

    private static string? MaskCpr(string? cpr) => cpr is null ? null : $"{cpr[..6]}-xxxx";

    private DateOnly Today => clock.TodayInDenmark();
}
