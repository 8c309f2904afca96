using Mestring.Data;
using Mestring.Domain.Common;
using Mestring.Domain.Organisation;
using Mestring.Domain.Plans;
using Mestring.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Mestring.Web.Features.Plans;

/// <summary>
/// Changes to the plan, by the caseworker with the citizen. Each use case is one SaveChanges: the change,
/// the new version and the audit entries commit together or not at all.
/// </summary>
public sealed class PlanCommands(MestringDbContext db, CitizenAccess access, CurrentUser user, PlanSnapshots snapshots, TimeProvider clock)
{
    public Task<Guid?> AgreeGoalAsync(Guid citizenId, GoalRequest request, CancellationToken ct) =>
        ChangeAsync(citizenId, "Mål aftalt", plan => plan.AddGoal(request.ToDraft()).Id, ct);

    public Task<Guid?> ReviseGoalAsync(Guid citizenId, Guid goalId, GoalRequest request, CancellationToken ct) =>
        ChangeAsync(citizenId, "Mål ændret", plan => plan.ReviseGoal(goalId, request.ToDraft()).Id, ct);

    public Task<Guid?> SetGoalStatusAsync(Guid citizenId, Guid goalId, GoalStatus status, CancellationToken ct) =>
        ChangeAsync(citizenId, $"Målstatus: {status}", plan =>
        {
            plan.SetGoalStatus(goalId, status);
            return goalId;
        }, ct);

    public Task<Guid?> SetSectionAsync(Guid citizenId, SectionRequest request, CancellationToken ct) =>
        ChangeAsync(citizenId, $"Afsnit opdateret: {request.Sector}", plan =>
        {
            plan.SetSection(request.Sector, request.Text, request.Responsible);
            return plan.Id;
        }, ct);

    public Task<Guid?> AddNetworkAsync(Guid citizenId, NetworkRequest request, CancellationToken ct) =>
        ChangeAsync(citizenId, "Netværksbidrag tilføjet", plan =>
        {
            if (request.GoalId is { } goalId)
            {
                plan.FindGoal(goalId);
            }
            var contribution = new NetworkContribution(plan.MunicipalityId, citizenId, plan.Id, request.Contributor, request.Kind, request.Task, request.GoalId, null);
            db.NetworkContributions.Add(contribution);
            return contribution.Id;
        }, ct);

    /// <summary>Loads (or starts) the citizen's plan, applies a change and commits a new version.</summary>
    internal async Task<Guid?> ChangeAsync(Guid citizenId, string change, Func<Plan, Guid> apply, CancellationToken ct)
    {
        if (user.Role != Roles.Caseworker || await access.OpenForWriteAsync(citizenId, ct) is not { } citizen)
        {
            return null;
        }
        var plan = await LoadOrStartAsync(citizen.MunicipalityId, citizenId, ct);
        var id = apply(plan);
        plan.Commit(clock.GetUtcNow(), user.DisplayName, change, await snapshots.TakeAsync(plan, ct));
        await db.SaveChangesAsync(ct);
        return id;
    }

    internal async Task<Plan> LoadOrStartAsync(Guid municipalityId, Guid citizenId, CancellationToken ct)
    {
        var plan = await db.Plans.Include(p => p.Goals).Include(p => p.Sections).FirstOrDefaultAsync(p => p.CitizenId == citizenId, ct);
        if (plan is null)
        {
            plan = new Plan(municipalityId, citizenId);
            db.Plans.Add(plan);
        }
        return plan;
    }

    /// <summary>Throws when a goal id does not belong to the citizen's plan (orders must serve the plan's own goals).</summary>
    internal static void RequireGoals(Plan plan, IEnumerable<Guid> goalIds)
    {
        foreach (var goalId in goalIds)
        {
            if (plan.Goals.All(g => g.Id != goalId))
            {
                throw ValidationException.For("goalIds", $"goal {goalId} is not part of the citizen's plan");
            }
        }
    }
}
