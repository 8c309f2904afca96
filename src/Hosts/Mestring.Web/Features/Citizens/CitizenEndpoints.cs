using Mestring.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mestring.Web.Features.Citizens;

internal static class CitizenEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var citizens = api.MapGroup("/citizens").WithTags("Citizens");
        citizens.MapGet("", async (string? search, CitizenQueries queries, CancellationToken ct) =>
            TypedResults.Ok(await queries.CaseloadAsync(search, ct)))
            .RequireAuthorization(Policies.PersonalData);
        citizens.MapGet("/{id:guid}", async Task<Results<Ok<CitizenDto>, NotFound>> (Guid id, CitizenQueries queries, CancellationToken ct) =>
            await queries.GetAsync(id, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound());
        citizens.MapPost("/{id:guid}/break-glass", async Task<Results<NoContent, NotFound>> (Guid id, BreakGlassRequest request, CitizenQueries queries, CancellationToken ct) =>
            await queries.BreakGlassAsync(id, request.Reason, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Caseworker);
    }
}
