using Mestring.Domain.Organisation;

namespace Mestring.Application.Plans;

/// <summary>
/// Changes to the plan, by the caseworker with the citizen. Each use case is one SaveChanges: the change,
/// the new version and the audit entries commit together or not at all.
/// </summary>
public sealed class PlanCommands(MestringDbContext db, CitizenAccess access, ICurrentUser user, PlanSnapshots snapshots, TimeProvider clock, PlanPrecondition precondition)
{
    public Task<Result<Guid>> AgreeGoalAsync(Guid citizenId, GoalRequest request, CancellationToken ct) =>
        ChangeAsync(citizenId, "Mål aftalt", plan => plan.AddGoal(request.ToDraft()).Id, ct);

    public Task<Result<Guid>> ReviseGoalAsync(Guid citizenId, Guid goalId, GoalRequest request, CancellationToken ct) =>
        ChangeAsync(citizenId, "Mål ændret", plan => plan.ReviseGoal(goalId, request.ToDraft()).Id, ct);

    public Task<Result<Guid>> SetGoalStatusAsync(Guid citizenId, Guid goalId, GoalStatus status, CancellationToken ct) =>
        ChangeAsync(citizenId, $"Målstatus: {status}", plan =>
        {
            plan.SetGoalStatus(goalId, status);
            return goalId;
        }, ct);

    public Task<Result<Guid>> SetSectionAsync(Guid citizenId, SectionRequest request, CancellationToken ct) =>
        ChangeAsync(citizenId, $"Afsnit opdateret: {SectorNames.Danish(request.Sector)}", plan =>
        {
            plan.SetSection(request.Sector, request.Text, request.Responsible);
            return plan.Id;
        }, ct);

    /// <summary>
    /// Several sections at once, as one new version (the plan editor's one form, so that no typed text is lost). Only the
    /// sections whose text or responsible person changed are written; none changed is no new version.
    /// </summary>
    public async Task<Result<int>> SetSectionsAsync(Guid citizenId, IReadOnlyList<SectionRequest> sections, CancellationToken ct)
    {
        var opened = await access.OpenForWriteAsync(citizenId, Roles.Caseworker, ct);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }
        var plan = await LoadOrStartAsync(opened.Value.MunicipalityId, citizenId, ct);
        if (await StaleAsync(plan, ct) is { } stale)
        {
            return stale;
        }
        var changed = new List<Sector>();
        foreach (var s in sections.DistinctBy(s => s.Sector))
        {
            var current = plan.Sections.FirstOrDefault(x => x.Sector == s.Sector);
            var differs = current is null ? !string.IsNullOrWhiteSpace(s.Text) : current.Text != s.Text || current.Responsible != s.Responsible;
            if (differs)
            {
                plan.SetSection(s.Sector, s.Text, s.Responsible);
                changed.Add(s.Sector);
            }
        }
        if (changed.Count > 0 && await TryCommitAsync(plan, $"Afsnit opdateret: {string.Join(", ", changed.Select(SectorNames.Danish))}", ct) is { } raced)
        {
            return raced;
        }
        return changed.Count;
    }

    public Task<Result<Guid>> AddNetworkAsync(Guid citizenId, NetworkRequest request, CancellationToken ct) =>
        ChangeAsync(citizenId, "Netværksbidrag tilføjet", plan =>
        {
            var contribution = plan.Contribute(request.Contributor, request.Kind, request.Task, request.GoalId);
            db.NetworkContributions.Add(contribution);
            return contribution.Id;
        }, ct);

    /// <summary>Loads (or starts) the citizen's plan, applies a change and commits a new version.</summary>
    internal async Task<Result<Guid>> ChangeAsync(Guid citizenId, string change, Func<Plan, Guid> apply, CancellationToken ct)
    {
        var opened = await access.OpenForWriteAsync(citizenId, Roles.Caseworker, ct);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }
        var plan = await LoadOrStartAsync(opened.Value.MunicipalityId, citizenId, ct);
        if (await StaleAsync(plan, ct) is { } stale)
        {
            return stale;
        }
        var id = apply(plan);
        return await TryCommitAsync(plan, change, ct) is { } raced ? raced : id;
    }

    /// <summary>The 409 when the writer saw another version than the one stored (<see cref="PlanPrecondition"/>); null to go on.</summary>
    private async Task<Error?> StaleAsync(Plan plan, CancellationToken ct)
    {
        if (precondition.ExpectedVersion is not { } expected || expected == plan.Version)
        {
            return null;
        }
        return PlanPrecondition.Stale(expected, plan.Version, await LastChangedByAsync(plan.Id, ct));
    }

    /// <summary>
    /// Commits; a save that raced another past the version check is the same 409, with nothing of it stored. The race
    /// shows as a concurrency failure (the plan's version is a concurrency token) or as a unique-key failure (the
    /// other save took the version number, or created the citizen's plan first); either way the stored version has moved.
    /// </summary>
    private async Task<Error?> TryCommitAsync(Plan plan, string change, CancellationToken ct)
    {
        var expected = plan.Version;
        var isNew = db.Entry(plan).State == EntityState.Added;
        try
        {
            await CommitAsync(plan, change, ct);
            return null;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Plans.AsNoTracking().Where(p => p.CitizenId == plan.CitizenId).Select(p => new { p.Id, p.Version }).FirstOrDefaultAsync(ct);
            if (current is null || (!isNew && current.Version == expected))
            {
                throw; // nobody else saved: a real failure
            }
            return PlanPrecondition.Stale(precondition.ExpectedVersion ?? expected, current.Version, await LastChangedByAsync(current.Id, ct));
        }
    }

    private Task<string?> LastChangedByAsync(Guid planId, CancellationToken ct) =>
        db.PlanVersions.AsNoTracking().Where(v => v.PlanId == planId).OrderByDescending(v => v.Number).Select(v => v.ChangedBy).FirstOrDefaultAsync(ct);

    internal async Task<Plan> LoadOrStartAsync(Guid municipalityId, Guid citizenId, CancellationToken ct)
    {
        var plan = await db.Plans.Include(p => p.Goals).Include(p => p.Sections).AsSplitQuery().FirstOrDefaultAsync(p => p.CitizenId == citizenId, ct);
        if (plan is null)
        {
            plan = new Plan(municipalityId, citizenId);
            db.Plans.Add(plan);
        }
        return plan;
    }

    /// <summary>Commits a new version of the plan with the change (and everything else tracked) in one SaveChanges.</summary>
    internal async Task CommitAsync(Plan plan, string change, CancellationToken ct)
    {
        plan.Commit(clock.GetUtcNow(), user.DisplayName, change, await snapshots.TakeAsync(plan, ct));
        await db.SaveChangesAsync(ct);
    }
}
