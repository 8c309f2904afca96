using Mestring.Data;
using Mestring.Domain.FollowUps;
using Mestring.Domain.Interventions;
using Mestring.Domain.Organisation;
using Mestring.Web.Features.Plans;
using Mestring.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Mestring.Web.Features.Interventions;

/// <summary>Ordering: the caseworker orders, the provider accepts or declines with a reason, and the caseworker ends it with an FFB decision.</summary>
public sealed class InterventionCommands(MestringDbContext db, CitizenAccess access, CurrentUser user, PlanCommands plans, PlanSnapshots snapshots, TimeProvider clock)
{
    public async Task<Guid?> OrderAsync(Guid citizenId, OrderRequest request, CancellationToken ct)
    {
        if (user.Role != Roles.Caseworker || await access.OpenForWriteAsync(citizenId, ct) is not { } citizen)
        {
            return null;
        }
        var provider = await db.Providers.FirstOrDefaultAsync(p => p.Id == request.ProviderId, ct)
            ?? throw Domain.Common.ValidationException.For("providerId", "is not a registered provider");
        var plan = await plans.LoadOrStartAsync(citizen.MunicipalityId, citizenId, ct);
        var goalIds = request.GoalIds ?? [];
        PlanCommands.RequireGoals(plan, goalIds);
        var order = new InterventionOrder(request.ServiceCode, request.LegalBasis, request.Sector, provider.Id, request.Method,
            request.UnitsPerWeek, request.Unit, request.UnitPrice ?? 0m, request.Start, request.End, goalIds);
        var intervention = new Intervention(citizen.MunicipalityId, citizenId, plan.Id, order, user.DisplayName, clock.GetUtcNow());
        db.Interventions.Add(intervention);
        await CommitPlanAsync(plan, $"Indsats bestilt hos {provider.Name}", ct);
        return intervention.Id;
    }

    public Task<bool> AcceptAsync(Guid interventionId, CancellationToken ct) =>
        ProviderAnswerAsync(interventionId, i => i.Accept(clock.GetUtcNow()), "Bestilling accepteret", ct);

    public Task<bool> DeclineAsync(Guid interventionId, string reason, CancellationToken ct) =>
        ProviderAnswerAsync(interventionId, i => i.Decline(reason, clock.GetUtcNow()), "Bestilling afvist", ct);

    public async Task<bool> EndAsync(Guid interventionId, EndRequest request, CancellationToken ct)
    {
        var intervention = await db.Interventions.FirstOrDefaultAsync(i => i.Id == interventionId, ct);
        if (intervention is null || user.Role != Roles.Caseworker || await access.OpenForWriteAsync(intervention.CitizenId, ct) is null)
        {
            return false;
        }
        intervention.Finish(request.End, request.Decision);
        await CommitPlanAsync(intervention, "Indsats afsluttet", ct);
        return true;
    }

    public async Task<bool> CancelAsync(Guid interventionId, CancellationToken ct)
    {
        var intervention = await db.Interventions.FirstOrDefaultAsync(i => i.Id == interventionId, ct);
        if (intervention is null || user.Role != Roles.Caseworker || await access.OpenForWriteAsync(intervention.CitizenId, ct) is null)
        {
            return false;
        }
        intervention.Cancel();
        await CommitPlanAsync(intervention, "Bestilling trukket tilbage", ct);
        return true;
    }

    /// <summary>The provider records delivered support and progress on a goal it serves.</summary>
    public async Task<Guid?> RecordProgressAsync(Guid interventionId, ProgressNoteRequest request, CancellationToken ct)
    {
        var intervention = await db.Interventions.FirstOrDefaultAsync(i => i.Id == interventionId, ct);
        if (intervention is null || user.Role != Roles.Provider || intervention.ProviderId != user.ProviderId
            || await access.OpenForWriteAsync(intervention.CitizenId, ct) is null)
        {
            return null;
        }
        if (intervention.Status != InterventionStatus.Active)
        {
            throw new Domain.Common.DomainException("intervention.not-active", "Progress can only be recorded on an active intervention.", "status");
        }
        if (request.GoalId is { } goalId && !intervention.GoalIds.Contains(goalId))
        {
            throw Domain.Common.ValidationException.For("goalId", "is not a goal this intervention serves");
        }
        var note = new ProgressNote(intervention.MunicipalityId, intervention.CitizenId, intervention.Id, request.GoalId, request.Text, request.DeliveredUnits, user.DisplayName, clock.GetUtcNow());
        db.ProgressNotes.Add(note);
        await db.SaveChangesAsync(ct);
        return note.Id;
    }

    private async Task<bool> ProviderAnswerAsync(Guid interventionId, Action<Intervention> answer, string change, CancellationToken ct)
    {
        var intervention = await db.Interventions.FirstOrDefaultAsync(i => i.Id == interventionId, ct);
        if (intervention is null || user.Role != Roles.Provider || intervention.ProviderId != user.ProviderId
            || await access.OpenForWriteAsync(intervention.CitizenId, ct) is null)
        {
            return false;
        }
        answer(intervention);
        await CommitPlanAsync(intervention, change, ct);
        return true;
    }

    private async Task CommitPlanAsync(Intervention intervention, string change, CancellationToken ct)
    {
        var plan = intervention.PlanId is { } planId
            ? await db.Plans.Include(p => p.Goals).Include(p => p.Sections).FirstOrDefaultAsync(p => p.Id == planId, ct)
            : null;
        if (plan is null)
        {
            await db.SaveChangesAsync(ct);
            return;
        }
        await CommitPlanAsync(plan, change, ct);
    }

    private async Task CommitPlanAsync(Domain.Plans.Plan plan, string change, CancellationToken ct)
    {
        plan.Commit(clock.GetUtcNow(), user.DisplayName, change, await snapshots.TakeAsync(plan, ct));
        await db.SaveChangesAsync(ct);
    }
}
