using Mestring.Domain.Access;
using Mestring.Domain.Audit;
using Mestring.Domain.Citizens;
using Mestring.Domain.Consents;
using Mestring.Domain.Organisation;

namespace Mestring.Application.Access;

/// <summary>A citizen opened for a use, and how the viewer is related to them (which decides what of the plan they see).</summary>
public sealed record OpenedCitizen(Citizen Citizen, AccessBasis Basis)
{
    public PlanVisibility Visibility { get; } = new(Basis);
}

/// <summary>
/// The one door to a citizen's personal data. It decides relationship-based access, records every read in the audit
/// log, and answers "not found" when access is refused so that existence is not revealed.
/// </summary>
public sealed class CitizenAccess(MestringDbContext db, ICurrentUser user, AuditTrail audit, TimeProvider clock)
{
    /// <summary>
    /// Opens a citizen for a use; refused is not-found. The read is audited in the same call. <paramref name="allowed"/>
    /// narrows by relationship (the read is still recorded, as the citizen was opened).
    /// </summary>
    public async Task<Result<OpenedCitizen>> OpenAsync(Guid citizenId, string resource, CancellationToken ct, Func<PlanVisibility, bool>? allowed = null)
    {
        var decision = await DecideAsync(citizenId, ct);
        if (decision.Citizen is null || decision.Basis == AccessBasis.None)
        {
            await audit.RecordAsync(AuditActions.Denied, resource, decision.Citizen is null ? null : citizenId, user.Reason, ct: ct);
            return Error.NotFound("citizen");
        }
        var breakTheGlass = decision.Basis == AccessBasis.BreakTheGlass;
        await audit.RecordAsync(AuditActions.Read, resource, citizenId, breakTheGlass ? decision.BreakGlassReason : user.Reason, breakTheGlass, ct: ct);
        var opened = new OpenedCitizen(decision.Citizen, decision.Basis);
        return allowed is null || allowed(opened.Visibility) ? opened : Error.NotFound("citizen");
    }

    /// <summary>Like <see cref="OpenAsync"/> for a write: the write itself is audited by the interceptor.</summary>
    public async Task<Result<Citizen>> OpenForWriteAsync(Guid citizenId, CancellationToken ct)
    {
        var decision = await DecideAsync(citizenId, ct);
        if (decision.Citizen is null || decision.Basis == AccessBasis.None)
        {
            await audit.RecordAsync(AuditActions.Denied, "write", decision.Citizen is null ? null : citizenId, user.Reason, ct: ct);
            return Error.NotFound("citizen");
        }
        if (decision.Basis == AccessBasis.BreakTheGlass)
        {
            user.Reason ??= "break-the-glass";
        }
        return decision.Citizen;
    }

    /// <summary>Opens a citizen for a write by someone in <paramref name="role"/> only; any other role gets not-found.</summary>
    public async Task<Result<Citizen>> OpenForWriteAsync(Guid citizenId, string role, CancellationToken ct) =>
        user.Role == role ? await OpenForWriteAsync(citizenId, ct) : Error.NotFound("citizen");

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
            Roles.Parent => db.Citizens.Where(c => db.Custodies.Any(k => k.CitizenId == c.Id && k.ParentUserId == viewer.UserId && k.To == null)),
            _ => db.Citizens.Where(c => false),
        };
    }

    /// <summary>Records a read of several citizens at once (a caseload list shows their names).</summary>
    public async Task RecordListAsync(IEnumerable<Guid> citizenIds, string resource, CancellationToken ct)
    {
        audit.AddEach(AuditActions.Read, resource, citizenIds);
        await db.SaveChangesAsync(ct);
    }

    private sealed record Decision(Citizen? Citizen, AccessBasis Basis, string? BreakGlassReason);

    // One round trip: the citizen with the facts that decide access (open orders' providers, the caller's break-the-glass
    // grant); the network's consents only for a network member.
    private async Task<Decision> DecideAsync(Guid citizenId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var userId = user.UserId;
        var mayBreakGlass = user.Role == Roles.Caseworker;
        var row = await db.Citizens.Where(c => c.Id == citizenId)
            .Select(c => new
            {
                Citizen = c,
                Providers = db.Interventions
                    .Where(i => i.CitizenId == c.Id && (i.Status == InterventionStatus.Ordered || i.Status == InterventionStatus.Active))
                    .Select(i => i.ProviderId).ToList(),
                BreakGlassReason = mayBreakGlass
                    ? db.BreakGlassGrants.Where(g => g.CitizenId == c.Id && g.UserId == userId && g.ExpiresAt > now)
                        .OrderByDescending(g => g.ExpiresAt).Select(g => g.Reason).FirstOrDefault()
                    : null,
            })
            .AsSingleQuery().FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return new Decision(null, AccessBasis.None, null);
        }
        var citizen = row.Citizen;
        var relations = new CitizenRelations(citizen.Id, citizen.CaseworkerId, citizen.TeamId, row.Providers.Distinct().ToList(),
            await NetworkUsersWithConsentAsync(citizen.Id, now, ct), row.BreakGlassReason is not null, await ParentsWithCustodyAsync(citizen.Id, ct));
        return new Decision(citizen, CitizenAccessRule.Decide(user.Viewer, relations), row.BreakGlassReason);
    }

    // Custody that has not ended; only looked up for a parent.
    private async Task<IReadOnlyCollection<string>> ParentsWithCustodyAsync(Guid citizenId, CancellationToken ct) =>
        user.Role != Roles.Parent ? []
        : await db.Custodies.Where(k => k.CitizenId == citizenId && k.To == null).Select(k => k.ParentUserId).ToListAsync(ct);

    private async Task<IReadOnlyCollection<string>> NetworkUsersWithConsentAsync(Guid citizenId, DateTimeOffset now, CancellationToken ct)
    {
        if (user.Role != Roles.Network)
        {
            return [];
        }
        var contributions = await db.NetworkContributions.Where(n => n.CitizenId == citizenId && n.NetworkUserId != null && n.EndedOn == null).ToListAsync(ct);
        var consents = await db.Consents.Where(c => c.CitizenId == citizenId).ToListAsync(ct);
        return contributions.Where(n => ConsentRule.MayShare(consents, n.Contributor, now)).Select(n => n.NetworkUserId!).ToHashSet(StringComparer.Ordinal);
    }
}
