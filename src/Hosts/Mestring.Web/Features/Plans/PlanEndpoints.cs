using Mestring.Web.Features;
using Mestring.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mestring.Web.Features.Plans;

internal static class PlanEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var plan = api.MapGroup("/citizens/{citizenId:guid}/plan").WithTags("Plans");
        plan.MapGet("", async Task<Results<Ok<PlanDto>, NotFound>> (Guid citizenId, PlanQueries q, CancellationToken ct) =>
            await q.GetAsync(citizenId, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound());
        plan.MapGet("/versions", async Task<Results<Ok<IReadOnlyList<PlanVersionDto>>, NotFound>> (Guid citizenId, PlanQueries q, CancellationToken ct) =>
            await q.VersionsAsync(citizenId, ct) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound());
        plan.MapGet("/versions/{number:int}", async Task<Results<ContentHttpResult, NotFound>> (Guid citizenId, int number, PlanQueries q, CancellationToken ct) =>
            await q.VersionSnapshotAsync(citizenId, number, ct) is { } json ? TypedResults.Text(json, "application/json") : TypedResults.NotFound());
        plan.MapGet("/compare", async Task<Results<Ok<PlanComparisonDto>, NotFound>> (Guid citizenId, int from, int to, PlanQueries q, CancellationToken ct) =>
            await q.CompareAsync(citizenId, from, to, ct) is { } diff ? TypedResults.Ok(diff) : TypedResults.NotFound());

        var write = plan.MapGroup("").RequireAuthorization(Policies.Caseworker);
        write.MapPost("/goals", async Task<Results<Created<IdDto>, NotFound>> (Guid citizenId, GoalRequest request, PlanCommands c, CancellationToken ct) =>
            await c.AgreeGoalAsync(citizenId, request, ct) is { } id ? TypedResults.Created($"/api/v1/citizens/{citizenId}/plan", new IdDto(id)) : TypedResults.NotFound());
        write.MapPut("/goals/{goalId:guid}", async Task<Results<Ok<IdDto>, NotFound>> (Guid citizenId, Guid goalId, GoalRequest request, PlanCommands c, CancellationToken ct) =>
            await c.ReviseGoalAsync(citizenId, goalId, request, ct) is { } id ? TypedResults.Ok(new IdDto(id)) : TypedResults.NotFound());
        write.MapPost("/goals/{goalId:guid}/status", async Task<Results<Ok<IdDto>, NotFound>> (Guid citizenId, Guid goalId, GoalStatusRequest request, PlanCommands c, CancellationToken ct) =>
            await c.SetGoalStatusAsync(citizenId, goalId, request.Status, ct) is { } id ? TypedResults.Ok(new IdDto(id)) : TypedResults.NotFound());
        write.MapPut("/sections", async Task<Results<Ok<IdDto>, NotFound>> (Guid citizenId, SectionRequest request, PlanCommands c, CancellationToken ct) =>
            await c.SetSectionAsync(citizenId, request, ct) is { } id ? TypedResults.Ok(new IdDto(id)) : TypedResults.NotFound());
        write.MapPost("/network", async Task<Results<Created<IdDto>, NotFound>> (Guid citizenId, NetworkRequest request, PlanCommands c, CancellationToken ct) =>
            await c.AddNetworkAsync(citizenId, request, ct) is { } id ? TypedResults.Created($"/api/v1/citizens/{citizenId}/plan", new IdDto(id)) : TypedResults.NotFound());
    }
}
