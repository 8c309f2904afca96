using Mestring.Domain.Consents;
using Mestring.Domain.Organisation;

namespace Mestring.Application.Plans;

/// <summary>
/// One network contribution as the caseworker edits it: whether the citizen's consent lets it be shared with the contributor
/// now (and until when), and when it ended.
/// </summary>
public sealed record NetworkEntryDto(
    Guid Id, string Contributor, ContributorKind Kind, string Task, Guid? GoalId, string? Goal,
    bool SharedUnderConsent, DateTimeOffset? ConsentExpiresAt, DateOnly? EndedOn);

public sealed record NetworkEndRequest(DateOnly? EndedOn);

/// <summary>
/// The caseworker adds, changes and ends the network's contributions to the citizen's plan. Each change is a new plan
/// version (audited by the interceptor in the same transaction). What the network member sees stays decided by the
/// citizen's consent: a contribution is shared with its contributor only while a consent to that recipient is in force,
/// and an ended contribution is shared with nobody.
/// </summary>
public sealed class NetworkEditing(MestringDbContext db, CitizenAccess access, ICurrentUser user, PlanCommands commands, TimeProvider clock)
{
    public const string Resource = "network";

    /// <summary>All of the plan's contributions, current first, then the ended ones (newest end first).</summary>
    public async Task<Result<IReadOnlyList<NetworkEntryDto>>> ListAsync(Guid citizenId, CancellationToken ct)
    {
        if (user.Role != Roles.Caseworker)
        {
            return Error.NotFound("citizen");
        }
        var opened = await access.OpenAsync(citizenId, Resource, ct);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }
        var contributions = await db.NetworkContributions.Where(n => n.CitizenId == citizenId).ToListAsync(ct);
        var consents = await db.Consents.Where(c => c.CitizenId == citizenId).ToListAsync(ct);
        var goalIds = contributions.Select(n => n.GoalId).OfType<Guid>().Distinct().ToList();
        var goals = await db.Goals.Where(g => goalIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.CitizenWords, ct);
        var now = clock.GetUtcNow();
        return contributions
            .OrderBy(n => n.Ended).ThenByDescending(n => n.EndedOn).ThenBy(n => n.Contributor, StringComparer.CurrentCulture)
            .Select(n =>
            {
                var consent = n.Ended ? null : ConsentRule.InForce(consents, n.Contributor, now);
                return new NetworkEntryDto(n.Id, n.Contributor, n.Kind, n.Task, n.GoalId, n.GoalId is { } g ? goals.GetValueOrDefault(g) : null,
                    consent is not null, consent?.ExpiresAt, n.EndedOn);
            })
            .ToArray();
    }

    public Task<Result<Guid>> AddAsync(Guid citizenId, NetworkRequest request, CancellationToken ct) =>
        commands.AddNetworkAsync(citizenId, Checked(request), ct);

    public async Task<Result<Guid>> ReviseAsync(Guid citizenId, Guid contributionId, NetworkRequest request, CancellationToken ct)
    {
        var contribution = await FindAsync(citizenId, contributionId, ct);
        if (contribution is null)
        {
            return Error.NotFound("network contribution");
        }
        var checkedRequest = Checked(request);
        return await commands.ChangeAsync(citizenId, $"Netværksbidrag ændret: {checkedRequest.Contributor.Trim()}", plan =>
        {
            plan.ReviseContribution(contribution, checkedRequest.Contributor, checkedRequest.Kind, checkedRequest.Task, checkedRequest.GoalId);
            return contribution.Id;
        }, ct);
    }

    /// <summary>Ends a contribution today or on a past day; it stays in the plan's history.</summary>
    public async Task<Result<Guid>> EndAsync(Guid citizenId, Guid contributionId, NetworkEndRequest? request, CancellationToken ct)
    {
        var contribution = await FindAsync(citizenId, contributionId, ct);
        if (contribution is null)
        {
            return Error.NotFound("network contribution");
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return await commands.ChangeAsync(citizenId, $"Netværksbidrag afsluttet: {contribution.Contributor}", _ =>
        {
            contribution.End(request?.EndedOn ?? today, today);
            return contribution.Id;
        }, ct);
    }

    private Task<NetworkContribution?> FindAsync(Guid citizenId, Guid contributionId, CancellationToken ct) =>
        db.NetworkContributions.FirstOrDefaultAsync(n => n.Id == contributionId && n.CitizenId == citizenId, ct);

    // A body that did not bind (null strings from a JSON null) is a 400 with the field, not a 500.
    private static NetworkRequest Checked(NetworkRequest? request) =>
        request is null ? throw ValidationException.For("contributor", "is required")
        : request with { Contributor = Guard.NotBlank(request.Contributor, "contributor", 200), Task = Guard.NotBlank(request.Task, "task", 2000) };
}
