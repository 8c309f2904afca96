using Mestring.Application.Prevention;
using Mestring.Web.Hosting;

namespace Mestring.Web.Features.Prevention;

/// <summary>
/// Early detection under /api/v1/prevention. The worklist, a child's reasons and the decisions are for caseworkers
/// only (a refusal while the switch is off answers 409 with the Danish reason; no access answers 404); the aggregate
/// view, the investment case and the quality report are aggregates without names.
/// </summary>
internal static class PreventionEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/prevention").WithTags("Prevention");
        group.MapGet("/worklist", async (PreventionWorklist worklist, CancellationToken ct) => Answer(await worklist.WorklistAsync(ct)))
            .RequireAuthorization(Policies.Caseworker);
        group.MapGet("/worklist/{citizenId:guid}", async (Guid citizenId, PreventionWorklist worklist, CancellationToken ct) =>
            Answer(await worklist.PersonAsync(citizenId, ct))).RequireAuthorization(Policies.Caseworker);
        group.MapPost("/worklist/{citizenId:guid}/decisions", async (Guid citizenId, DecisionRequest request, PreventionWorklist worklist, CancellationToken ct) =>
            Answer(await worklist.DecideAsync(citizenId, request, ct), created: true)).RequireAuthorization(Policies.Caseworker);
        group.MapGet("/areas", async (PreventionAreas areas, CancellationToken ct) => TypedResults.Ok(await areas.AreasAsync(ct)))
            .RequireAuthorization(Policies.Aggregates);
        group.MapPost("/areas/investment-case", async (AreaInvestmentRequest request, PreventionAreas areas, CancellationToken ct) =>
            Answer(await areas.InvestmentAsync(request, ct))).RequireAuthorization(Policies.Aggregates);
        group.MapGet("/quality", async (PreventionQuality quality, CancellationToken ct) => TypedResults.Ok(await quality.ReportAsync(ct)))
            .RequireAuthorization(Policies.Aggregates);
    }

    /// <summary>200 (or 201) with the value; a refusal (switch off) 409 with code prevention-off; no access an empty 404.</summary>
    internal static IResult Answer<T>(Result<T> answer, bool created = false) where T : class =>
        !answer.IsSuccess ? ErrorResults.Problem(answer.Error)
        : created ? TypedResults.Created((string?)null, answer.Value) : TypedResults.Ok(answer.Value);
}
