using Mestring.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mestring.Web.Features.Interventions;

internal static class InterventionEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/citizens/{citizenId:guid}/interventions", async Task<Results<Created<IdDto>, NotFound>> (Guid citizenId, OrderRequest request, InterventionCommands c, CancellationToken ct) =>
                await c.OrderAsync(citizenId, request, ct) is { } id ? TypedResults.Created($"/api/v1/citizens/{citizenId}/plan", new IdDto(id)) : TypedResults.NotFound())
            .WithTags("Interventions").RequireAuthorization(Policies.Caseworker);

        var group = api.MapGroup("/interventions/{id:guid}").WithTags("Interventions");
        group.MapPost("/accept", async Task<Results<NoContent, NotFound>> (Guid id, InterventionCommands c, CancellationToken ct) =>
            await c.AcceptAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound()).RequireAuthorization(Policies.Provider);
        group.MapPost("/decline", async Task<Results<NoContent, NotFound>> (Guid id, DeclineRequest request, InterventionCommands c, CancellationToken ct) =>
            await c.DeclineAsync(id, request.Reason, ct) ? TypedResults.NoContent() : TypedResults.NotFound()).RequireAuthorization(Policies.Provider);
        group.MapPost("/progress-notes", async Task<Results<Created<IdDto>, NotFound>> (Guid id, ProgressNoteRequest request, InterventionCommands c, CancellationToken ct) =>
            await c.RecordProgressAsync(id, request, ct) is { } noteId ? TypedResults.Created($"/api/v1/interventions/{id}", new IdDto(noteId)) : TypedResults.NotFound())
            .RequireAuthorization(Policies.Provider);
        group.MapPost("/end", async Task<Results<NoContent, NotFound>> (Guid id, EndRequest request, InterventionCommands c, CancellationToken ct) =>
            await c.EndAsync(id, request, ct) ? TypedResults.NoContent() : TypedResults.NotFound()).RequireAuthorization(Policies.Caseworker);
        group.MapPost("/cancel", async Task<Results<NoContent, NotFound>> (Guid id, InterventionCommands c, CancellationToken ct) =>
            await c.CancelAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound()).RequireAuthorization(Policies.Caseworker);

        api.MapGet("/provider/orders", async (bool? includeActive, InterventionQueries q, CancellationToken ct) =>
            TypedResults.Ok(await q.InboxAsync(includeActive ?? true, ct))).WithTags("Interventions").RequireAuthorization(Policies.Provider);
        api.MapGet("/providers", async (InterventionQueries q, CancellationToken ct) => TypedResults.Ok(await q.ProvidersAsync(ct)))
            .WithTags("Providers");
    }
}
