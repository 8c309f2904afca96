using Mestring.Application.Evidence;

namespace Mestring.Web.Features.Evidence;

/// <summary>
/// Methods that work, under /api/v1/evidence (managers, administrators and supervision; <see cref="Policies.Evidence"/>):
/// <c>GET methods</c> — one row per named method and outcome (method, interventionType, targetGroup, outcome,
/// catalogueOutcome, unit, estimate, se, ciLow, ciHigh, n, verdict, computedAt, …); <c>GET providers</c> — the
/// case-mix adjusted provider benchmark; <c>GET stop-list</c>. Same JSON as the CLI plus computedAt.
/// </summary>
internal static class EvidenceEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/evidence").WithTags("Evidence").RequireAuthorization(Policies.Evidence);
        group.MapGet("/methods", async (EvidenceQueries q, CancellationToken ct) =>
        {
            var s = await q.GetAsync(ct);
            return Json(EvidenceJson.Methods(s.Methods, s.ComputedAt));
        });
        group.MapGet("/providers", async (EvidenceQueries q, CancellationToken ct) =>
        {
            var s = await q.GetAsync(ct);
            return Json(EvidenceJson.Providers(s.Providers, s.ComputedAt));
        });
        group.MapGet("/stop-list", async (EvidenceQueries q, CancellationToken ct) =>
        {
            var s = await q.GetAsync(ct);
            return Json(EvidenceJson.StopList(s.StopList, s.ComputedAt));
        });
    }

    private static IResult Json(string body) => TypedResults.Content(body, "application/json; charset=utf-8");
}
