using Mestring.Application.Assessments;

namespace Mestring.Web.Features.Assessments;

internal static class AssessmentEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/citizens/{citizenId:guid}/assessments").WithTags("Assessments");
        group.MapGet("", async (Guid citizenId, AssessmentService s, CancellationToken ct) => (await s.ListAsync(citizenId, ct)).ToOk());
        group.MapPost("", async (Guid citizenId, AssessmentRequest request, AssessmentService s, CancellationToken ct) =>
            (await s.RecordAsync(citizenId, request, ct)).ToCreated($"/api/v1/citizens/{citizenId}/assessments"))
            .RequireAuthorization(Policies.Caseworker);
    }
}
