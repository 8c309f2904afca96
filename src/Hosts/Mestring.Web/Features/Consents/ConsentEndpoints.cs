using Mestring.Application.Consents;

namespace Mestring.Web.Features.Consents;

internal static class ConsentEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/citizens/{citizenId:guid}/consents", async (Guid citizenId, ConsentService s, CancellationToken ct) =>
            (await s.ListAsync(citizenId, ct)).ToOk()).WithTags("Consents");
        var me = api.MapGroup("/me/consents").WithTags("Consents").RequireAuthorization(Policies.Citizen);
        me.MapPost("", async (ConsentRequest request, ConsentService s, CancellationToken ct) =>
            (await s.GiveAsync(request, ct)).ToCreated("/api/v1/me/consents"));
        me.MapPost("/{id:guid}/withdraw", async (Guid id, ConsentService s, CancellationToken ct) =>
            (await s.WithdrawAsync(id, ct)).ToNoContent());
    }
}
