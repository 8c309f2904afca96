using Mestring.Application.Stats;

namespace Mestring.Web.Features.Stats;

internal static class StatsEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/stats/overview", async (StatsQueries q, CancellationToken ct) => TypedResults.Ok(await q.OverviewAsync(ct)))
            .WithTags("Statistics").RequireAuthorization(Policies.Aggregates);
}
