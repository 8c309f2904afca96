using Mestring.Application.Interventions;

namespace Mestring.Web.Features.Interventions;

internal static class InterventionEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/citizens/{citizenId:guid}/interventions", async (Guid citizenId, OrderRequest request, InterventionCommands c, CancellationToken ct) =>
                (await c.OrderAsync(citizenId, request, ct)).ToCreated($"/api/v1/citizens/{citizenId}/plan"))
            .WithTags("Interventions").RequireAuthorization(Policies.Caseworker);

        var group = api.MapGroup("/interventions/{id:guid}").WithTags("Interventions");
        group.MapPost("/accept", async (Guid id, InterventionCommands c, CancellationToken ct) =>
            (await c.AcceptAsync(id, ct)).ToNoContent()).RequireAuthorization(Policies.Provider);
        group.MapPost("/decline", async (Guid id, DeclineRequest request, InterventionCommands c, CancellationToken ct) =>
            (await c.DeclineAsync(id, request.Reason, ct)).ToNoContent()).RequireAuthorization(Policies.Provider);
        group.MapPost("/progress-notes", async (Guid id, ProgressNoteRequest request, InterventionCommands c, CancellationToken ct) =>
            (await c.RecordProgressAsync(id, request, ct)).ToCreated($"/api/v1/interventions/{id}"))
            .RequireAuthorization(Policies.Provider);
        group.MapPost("/end", async (Guid id, EndRequest request, InterventionCommands c, CancellationToken ct) =>
            (await c.EndAsync(id, request, ct)).ToNoContent()).RequireAuthorization(Policies.Caseworker);
        group.MapPost("/cancel", async (Guid id, InterventionCommands c, CancellationToken ct) =>
            (await c.CancelAsync(id, ct)).ToNoContent()).RequireAuthorization(Policies.Caseworker);

        api.MapGet("/provider/orders", async (bool? includeActive, InterventionQueries q, CancellationToken ct) =>
            TypedResults.Ok(await q.InboxAsync(includeActive ?? true, ct))).WithTags("Interventions").RequireAuthorization(Policies.Provider);
        api.MapGet("/providers", async (InterventionQueries q, CancellationToken ct) => TypedResults.Ok(await q.ProvidersAsync(ct)))
            .WithTags("Providers");
    }
}
