namespace Mestring.Web.Features.Citizens;

internal static class CitizenEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var citizens = api.MapGroup("/citizens").WithTags("Citizens");
        citizens.MapGet("", async (string? search, CitizenQueries queries, CancellationToken ct) =>
            TypedResults.Ok(await queries.CaseloadAsync(search, ct)))
            .RequireAuthorization(Policies.PersonalData);
        citizens.MapGet("/{id:guid}", async (Guid id, CitizenQueries queries, CancellationToken ct) =>
            (await queries.GetAsync(id, ct)).ToOk());
        citizens.MapPost("/{id:guid}/break-glass", async (Guid id, BreakGlassRequest request, CitizenQueries queries, CancellationToken ct) =>
            (await queries.BreakGlassAsync(id, request.Reason, ct)).ToNoContent())
            .RequireAuthorization(Policies.Caseworker);
    }
}
