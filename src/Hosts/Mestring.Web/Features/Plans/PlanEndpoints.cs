namespace Mestring.Web.Features.Plans;

internal static class PlanEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var plan = api.MapGroup("/citizens/{citizenId:guid}/plan").WithTags("Plans");
        plan.MapGet("", async (Guid citizenId, PlanQueries q, HttpContext http, CancellationToken ct) =>
        {
            var read = await q.GetAsync(citizenId, ct);
            if (read.IsSuccess)
            {
                PlanVersionHeaders.SetETag(http, read.Value.Version);
            }
            return read.ToOk();
        });
        plan.MapGet("/versions", async (Guid citizenId, PlanQueries q, CancellationToken ct) => (await q.VersionsAsync(citizenId, ct)).ToOk());
        plan.MapGet("/versions/{number:int}", async (Guid citizenId, int number, PlanQueries q, CancellationToken ct) =>
            (await q.VersionSnapshotAsync(citizenId, number, ct)).Match(json => TypedResults.Text(json, "application/json"), Hosting.ErrorResults.Problem))
            .Produces(StatusCodes.Status200OK, contentType: "application/json").Produces(StatusCodes.Status404NotFound);
        plan.MapGet("/compare", async (Guid citizenId, int from, int to, PlanQueries q, CancellationToken ct) =>
            (await q.CompareAsync(citizenId, from, to, ct)).ToOk());

        var write = plan.MapGroup("").RequireAuthorization(Policies.Caseworker).AddEndpointFilter(PlanVersionHeaders.ReadIfMatch);
        write.MapPost("/goals", async (Guid citizenId, GoalRequest request, PlanCommands c, CancellationToken ct) =>
            (await c.AgreeGoalAsync(citizenId, request, ct)).ToCreated($"/api/v1/citizens/{citizenId}/plan"));
        write.MapPut("/goals/{goalId:guid}", async (Guid citizenId, Guid goalId, GoalRequest request, PlanCommands c, CancellationToken ct) =>
            (await c.ReviseGoalAsync(citizenId, goalId, request, ct)).ToOkId());
        write.MapPost("/goals/{goalId:guid}/status", async (Guid citizenId, Guid goalId, GoalStatusRequest request, PlanCommands c, CancellationToken ct) =>
            (await c.SetGoalStatusAsync(citizenId, goalId, request.Status, ct)).ToOkId());
        write.MapPut("/sections", async (Guid citizenId, SectionRequest request, PlanCommands c, CancellationToken ct) =>
            (await c.SetSectionAsync(citizenId, request, ct)).ToOkId());
        write.MapPost("/network", async (Guid citizenId, NetworkRequest request, PlanCommands c, CancellationToken ct) =>
            (await c.AddNetworkAsync(citizenId, request, ct)).ToCreated($"/api/v1/citizens/{citizenId}/plan"));
    }
}
