using Mestring.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mestring.Web.Features.Assessments;

internal static class AssessmentEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/citizens/{citizenId:guid}/assessments").WithTags("Assessments");
        group.MapGet("", async Task<Results<Ok<IReadOnlyList<AssessmentDto>>, NotFound>> (Guid citizenId, AssessmentService s, CancellationToken ct) =>
            await s.ListAsync(citizenId, ct) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound());
        group.MapPost("", async Task<Results<Created<IdDto>, NotFound>> (Guid citizenId, AssessmentRequest request, AssessmentService s, CancellationToken ct) =>
            await s.RecordAsync(citizenId, request, ct) is { } id ? TypedResults.Created($"/api/v1/citizens/{citizenId}/assessments", new IdDto(id)) : TypedResults.NotFound())
            .RequireAuthorization(Policies.Caseworker);
    }
}
