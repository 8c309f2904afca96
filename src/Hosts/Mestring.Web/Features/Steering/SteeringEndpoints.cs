using Mestring.Application.Steering;

namespace Mestring.Web.Features.Steering;

/// <summary>
/// The steering aggregates under /api/v1/steering (managers, administrators and supervision; audited by the use case):
/// <c>GET /</c> lists the analyses, <c>GET /{analysis}?by=</c> answers one as a table (small cells withheld as null with
/// <c>hidden</c> true), <c>POST /what-if</c> values a shift of money through the investment engine.
/// </summary>
internal static class SteeringEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/steering").WithTags("Steering").RequireAuthorization(p => p.RequireRole([.. SteeringReaders.Roles]));
        group.MapGet("/", () => TypedResults.Ok(new { analyses = SteeringQueries.Analyses, dimensions = SteeringQueries.Dimensions }));
        group.MapGet("/{analysis}", async (string analysis, string? by, SteeringQueries q, CancellationToken ct) =>
            (await q.GetAsync(analysis, by, ct)).ToOk());
        group.MapPost("/what-if", async (WhatIfRequest request, SteeringWhatIf whatIf, CancellationToken ct) =>
            (await whatIf.ComputeAsync(request, ct)).ToOk());
    }
}
