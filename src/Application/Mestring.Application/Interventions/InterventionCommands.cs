using Mestring.Application.Plans;
using Mestring.Domain.Organisation;

namespace Mestring.Application.Interventions;

/// <summary>Ordering: the caseworker orders, the provider accepts or declines with a reason, and the caseworker ends it with an FFB decision.</summary>
public sealed class InterventionCommands(MestringDbContext db, CitizenAccess access, ICurrentUser user, PlanCommands plans, TimeProvider clock)
{
    public async Task<Result<Guid>> OrderAsync(Guid citizenId, OrderRequest request, CancellationToken ct)
    {
        var opened = await access.OpenForWriteAsync(citizenId, Roles.Caseworker, ct);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }
        var provider = await db.Providers.FirstOrDefaultAsync(p => p.Id == request.ProviderId, ct)
            ?? throw ValidationException.For("providerId", "is not a registered provider");
        var plan = await plans.LoadOrStartAsync(opened.Value.MunicipalityId, citizenId, ct);
        var order = new InterventionOrder(request.ServiceCode, request.LegalBasis, request.Sector, provider.Id, request.Method,
            request.UnitsPerWeek, request.Unit, request.UnitPrice ?? 0m, request.Start, request.End, request.GoalIds ?? []);
        var intervention = plan.Order(order, user.DisplayName, clock.GetUtcNow());
        db.Interventions.Add(intervention);
        await plans.CommitAsync(plan, $"Indsats bestilt hos {provider.Name}", ct);
        return intervention.Id;
    }

    public Task<Result> AcceptAsync(Guid interventionId, CancellationToken ct) =>
        ChangeAsync(interventionId, Roles.Provider, i => i.Accept(clock.GetUtcNow()), "Bestilling accepteret", ct);

    public Task<Result> DeclineAsync(Guid interventionId, string reason, CancellationToken ct) =>
        ChangeAsync(interventionId, Roles.Provider, i => i.Decline(reason, clock.GetUtcNow()), "Bestilling afvist", ct);

    public Task<Result> EndAsync(Guid interventionId, EndRequest request, CancellationToken ct) =>
        ChangeAsync(interventionId, Roles.Caseworker, i => i.Finish(request.End, request.Decision), "Indsats afsluttet", ct);

    public Task<Result> CancelAsync(Guid interventionId, CancellationToken ct) =>
        ChangeAsync(interventionId, Roles.Caseworker, i => i.Cancel(), "Bestilling trukket tilbage", ct);

    /// <summary>The provider records delivered support and progress on a goal it serves.</summary>
    public async Task<Result<Guid>> RecordProgressAsync(Guid interventionId, ProgressNoteRequest request, CancellationToken ct)
    {
        var opened = await OpenAsync(interventionId, Roles.Provider, ct);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }
        var note = opened.Value.RecordProgress(request.GoalId, request.Text, request.DeliveredUnits, user.DisplayName, clock.GetUtcNow());
        note.ShareWithCitizen(request.SharedWithCitizen);
        db.ProgressNotes.Add(note);
        await db.SaveChangesAsync(ct);
        return note.Id;
    }

    // An intervention is changed by a caseworker with access to the citizen, or answered by the provider it was ordered
    // from; anyone else gets not-found.
    private async Task<Result<Intervention>> OpenAsync(Guid interventionId, string role, CancellationToken ct)
    {
        var intervention = await db.Interventions.FirstOrDefaultAsync(i => i.Id == interventionId, ct);
        if (intervention is null || user.Role != role || (role == Roles.Provider && !intervention.IsOrderedTo(user.ProviderId)))
        {
            return Error.NotFound("intervention");
        }
        var opened = await access.OpenForWriteAsync(intervention.CitizenId, ct);
        return opened.IsSuccess ? intervention : opened.Error;
    }

    private async Task<Result> ChangeAsync(Guid interventionId, string role, Action<Intervention> change, string description, CancellationToken ct)
    {
        var opened = await OpenAsync(interventionId, role, ct);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }
        var intervention = opened.Value;
        change(intervention);
        var plan = intervention.PlanId is { } planId
            ? await db.Plans.Include(p => p.Goals).Include(p => p.Sections).AsSplitQuery().FirstOrDefaultAsync(p => p.Id == planId, ct)
            : null;
        if (plan is null)
        {
            await db.SaveChangesAsync(ct);
        }
        else
        {
            await plans.CommitAsync(plan, description, ct);
        }
        return Result.Ok;
    }
}
