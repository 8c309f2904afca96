using Mestring.Data;
using Mestring.Domain.Access;
using Mestring.Domain.Audit;
using Mestring.Domain.Citizens;
using Mestring.Domain.Consents;
using Mestring.Domain.Interventions;
using Mestring.Domain.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Mestring.Web.Security;

/// <summary>
/// The one door to a citizen's personal data. It decides relationship-based access, records every read
/// in the audit log, and answers "not found" when access is refused so that existence is not revealed.
/// </summary>
public sealed class CitizenAccess(MestringDbContext db, CurrentUser user, TimeProvider clock)
{
    /// <summary>Opens a citizen for a use; null means 404. The read is audited in the same call.</summary>
    public async Task<Citizen?> OpenAsync(Guid citizenId, string resource, CancellationToken ct) =>
        (await OpenWithBasisAsync(citizenId, resource, ct)).Citizen;

    /// <summary>As <see cref="OpenAsync"/>, also telling how the viewer is related to the citizen.</summary>
    public async Task<(Citizen? Citizen, AccessBasis Basis)> OpenWithBasisAsync(Guid citizenId, string resource, CancellationToken ct)
    {
        var (citizen, basis) = await DecideAsync(citizenId, ct);
        if (citizen is null || basis == AccessBasis.None)
        {
            await RecordAsync(AuditActions.Denied, resource, citizen is null ? null : citizenId, breakTheGlass: false, ct);
            return (null, AccessBasis.None);
        }
        await RecordAsync(AuditActions.Read, resource, citizenId, basis == AccessBasis.BreakTheGlass, ct);
        return (citizen, basis);
    }

    /// <summary>Like <see cref="OpenAsync"/> for a write: the write itself is audited by the interceptor.</summary>
    public async Task<Citizen?> OpenForWriteAsync(Guid citizenId, CancellationToken ct)
    {
        var (citizen, basis) = await DecideAsync(citizenId, ct);
        if (citizen is null || basis == AccessBasis.None)
        {
            await RecordAsync(AuditActions.Denied, "write", citizen is null ? null : citizenId, breakTheGlass: false, ct);
            return null;
        }
        if (basis == AccessBasis.BreakTheGlass)
        {
            user.Reason ??= "break-the-glass";
        }
        return citizen;
    }

    public async Task<(Citizen? Citizen, AccessBasis Basis)> DecideAsync(Guid citizenId, CancellationToken ct)
    {
        var citizen = await db.Citizens.FirstOrDefaultAsync(c => c.Id == citizenId, ct);
        if (citizen is null)
        {
            return (null, AccessBasis.None);
        }
        var relations = await RelationsAsync(citizen, ct);
        return (citizen, CitizenAccessRule.Decide(user.Viewer, relations));
    }

    /// <summary>The citizens the current user has a relationship with (a caseload, an inbox, oneself).</summary>
    public IQueryable<Citizen> Visible()
    {
        var viewer = user.Viewer;
        var now = clock.GetUtcNow();
        return viewer.Role switch
        {
            Roles.Caseworker => db.Citizens.Where(c => c.CaseworkerId == viewer.UserId
                || (viewer.TeamId != null && c.TeamId == viewer.TeamId)
                || db.BreakGlassGrants.Any(g => g.CitizenId == c.Id && g.UserId == viewer.UserId && g.ExpiresAt > now)),
            Roles.Provider => db.Citizens.Where(c => db.Interventions.Any(i => i.CitizenId == c.Id && i.ProviderId == viewer.ProviderId
                && (i.Status == InterventionStatus.Ordered || i.Status == InterventionStatus.Active))),
            Roles.Citizen => db.Citizens.Where(c => c.Id == viewer.CitizenId),
            _ => db.Citizens.Where(c => false),
        };
    }

    /// <summary>Records a read of several citizens at once (a caseload list shows their names).</summary>
    public async Task RecordListAsync(IEnumerable<Guid> citizenIds, string resource, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        foreach (var id in citizenIds)
        {
            db.AuditEntries.Add(new AuditEntry(user.MunicipalityId ?? Guid.Empty, now, user.UserId, user.UserName, user.Role, AuditActions.Read, resource, id, null, false));
        }
        await db.SaveChangesAsync(ct);
    }

    public async Task RecordAsync(string action, string resource, Guid? citizenId, bool breakTheGlass, CancellationToken ct)
    {
        var reason = user.Reason;
        if (breakTheGlass && citizenId is { } id)
        {
            var now = clock.GetUtcNow();
            reason = await db.BreakGlassGrants.Where(g => g.CitizenId == id && g.UserId == user.UserId && g.ExpiresAt > now)
                .OrderByDescending(g => g.ExpiresAt).Select(g => g.Reason).FirstOrDefaultAsync(ct);
        }
        db.AuditEntries.Add(new AuditEntry(user.MunicipalityId ?? Guid.Empty, clock.GetUtcNow(), user.UserId, user.UserName, user.Role, action, resource, citizenId, reason, breakTheGlass));
        await db.SaveChangesAsync(ct);
    }

    private async Task<CitizenRelations> RelationsAsync(Citizen citizen, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var providers = await db.Interventions
            .Where(i => i.CitizenId == citizen.Id && (i.Status == InterventionStatus.Ordered || i.Status == InterventionStatus.Active))
            .Select(i => i.ProviderId).Distinct().ToListAsync(ct);
        var network = await NetworkUsersWithConsentAsync(citizen.Id, now, ct);
        var breakGlass = user.Role == Roles.Caseworker
            && await db.BreakGlassGrants.AnyAsync(g => g.CitizenId == citizen.Id && g.UserId == user.UserId && g.ExpiresAt > now, ct);
        return new CitizenRelations(citizen.Id, citizen.CaseworkerId, citizen.TeamId, providers, network, breakGlass);
    }

    private async Task<IReadOnlyCollection<string>> NetworkUsersWithConsentAsync(Guid citizenId, DateTimeOffset now, CancellationToken ct)
    {
        if (user.Role != Roles.Network)
        {
            return [];
        }
        var contributions = await db.NetworkContributions.Where(n => n.CitizenId == citizenId && n.NetworkUserId != null).ToListAsync(ct);
        var consents = await db.Consents.Where(c => c.CitizenId == citizenId).ToListAsync(ct);
        return contributions.Where(n => ConsentRule.MayShare(consents, n.Contributor, now)).Select(n => n.NetworkUserId!).ToHashSet(StringComparer.Ordinal);
    }
}
