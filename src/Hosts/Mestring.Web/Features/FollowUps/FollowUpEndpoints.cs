using Mestring.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mestring.Web.Features.FollowUps;

internal static class FollowUpEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var citizen = api.MapGroup("/citizens/{citizenId:guid}/follow-ups").WithTags("Follow-ups");
        citizen.MapGet("", async Task<Results<Ok<IReadOnlyList<FollowUpDto>>, NotFound>> (Guid citizenId, FollowUpService s, CancellationToken ct) =>
            await s.ListAsync(citizenId, ct) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound());
        citizen.MapPost("", async Task<Results<Created<IdDto>, NotFound>> (Guid citizenId, ScheduleRequest request, FollowUpService s, CancellationToken ct) =>
            await s.ScheduleAsync(citizenId, request, ct) is { } id ? TypedResults.Created($"/api/v1/citizens/{citizenId}/follow-ups", new IdDto(id)) : TypedResults.NotFound())
            .RequireAuthorization(Policies.Caseworker);

        api.MapPost("/follow-ups/{id:guid}/complete", async Task<Results<NoContent, NotFound>> (Guid id, CompleteRequest request, FollowUpService s, CancellationToken ct) =>
            await s.CompleteAsync(id, request, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithTags("Follow-ups").RequireAuthorization(Policies.Caseworker);
        api.MapGet("/follow-ups/overdue", async (FollowUpService s, CancellationToken ct) => TypedResults.Ok(await s.OverdueAsync(ct)))
            .WithTags("Follow-ups").RequireAuthorization(Policies.Caseworker);
        api.MapPost("/goals/{goalId:guid}/ratings", async Task<Results<Created<IdDto>, NotFound>> (Guid goalId, RateRequest request, FollowUpService s, CancellationToken ct) =>
            await s.RateAsync(goalId, request, ct) is { } id ? TypedResults.Created($"/api/v1/goals/{goalId}", new IdDto(id)) : TypedResults.NotFound())
            .WithTags("Follow-ups").RequireAuthorization(Policies.Citizen);
    }
}
