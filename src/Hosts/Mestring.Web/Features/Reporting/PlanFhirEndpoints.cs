using Mestring.Application.Reporting;

namespace Mestring.Web.Features.Reporting;

/// <summary><c>GET /api/v1/citizens/{id}/plan/fhir[?recipient=…]</c>: the plan as FHIR R4 (application/fhir+json), consent-gated.</summary>
internal static class PlanFhirEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/citizens/{citizenId:guid}/plan/fhir", async (Guid citizenId, string? recipient, PlanFhirQueries q, CancellationToken ct) =>
                (await q.GetAsync(citizenId, recipient, ct)).Match(json => TypedResults.Text(json, "application/fhir+json"), Hosting.ErrorResults.Problem))
            .WithTags("Plans");
}
