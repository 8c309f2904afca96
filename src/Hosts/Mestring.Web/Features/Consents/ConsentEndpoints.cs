using Mestring.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mestring.Web.Features.Consents;

internal static class ConsentEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/citizens/{citizenId:guid}/consents", async Task<Results<Ok<IReadOnlyList<ConsentDto>>, NotFound>> (Guid citizenId, ConsentService s, CancellationToken ct) =>
            await s.ListAsync(citizenId, ct) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound()).WithTags("Consents");
        var me = api.MapGroup("/me/consents").WithTags("Consents").RequireAuthorization(Policies.Citizen);
        me.MapPost("", async Task<Results<Created<IdDto>, NotFound>> (ConsentRequest request, ConsentService s, CancellationToken ct) =>
            await s.GiveAsync(request, ct) is { } id ? TypedResults.Created("/api/v1/me/consents", new IdDto(id)) : TypedResults.NotFound());
        me.MapPost("/{id:guid}/withdraw", async Task<Results<NoContent, NotFound>> (Guid id, ConsentService s, CancellationToken ct) =>
            await s.WithdrawAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound());
    }
}
