using Mestring.Application.FollowUps;

namespace Mestring.Web.Features.FollowUps;

internal static class FollowUpEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var citizen = api.MapGroup("/citizens/{citizenId:guid}/follow-ups").WithTags("Follow-ups");
        citizen.MapGet("", async (Guid citizenId, FollowUpService s, CancellationToken ct) => (await s.ListAsync(citizenId, ct)).ToOk());
        citizen.MapPost("", async (Guid citizenId, ScheduleRequest request, FollowUpService s, CancellationToken ct) =>
            (await s.ScheduleAsync(citizenId, request, ct)).ToCreated($"/api/v1/citizens/{citizenId}/follow-ups"))
            .RequireAuthorization(Policies.Caseworker);

        api.MapPost("/follow-ups/{id:guid}/complete", async (Guid id, CompleteRequest request, FollowUpService s, CancellationToken ct) =>
            (await s.CompleteAsync(id, request, ct)).ToNoContent())
            .WithTags("Follow-ups").RequireAuthorization(Policies.Caseworker);
        api.MapGet("/follow-ups/overdue", async (FollowUpService s, CancellationToken ct) => TypedResults.Ok(await s.OverdueAsync(ct)))
            .WithTags("Follow-ups").RequireAuthorization(Policies.Caseworker);
        api.MapPost("/goals/{goalId:guid}/ratings", async (Guid goalId, RateRequest request, FollowUpService s, CancellationToken ct) =>
            (await s.RateAsync(goalId, request, ct)).ToCreated($"/api/v1/goals/{goalId}"))
            .WithTags("Follow-ups").RequireAuthorization(Policies.Citizen);
    }
}
