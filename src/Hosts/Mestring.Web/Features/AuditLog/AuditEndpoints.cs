using Mestring.Application.AuditLog;

namespace Mestring.Web.Features.AuditLog;

internal static class AuditEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/me/access-log", async (int? take, AuditQueries q, CancellationToken ct) => TypedResults.Ok(await q.MyAccessLogAsync(take ?? 200, ct)))
            .WithTags("Audit").RequireAuthorization(Policies.Citizen);
        api.MapGet("/audit", async (Guid? citizenId, string? userName, bool? breakTheGlass, int? take, AuditQueries q, CancellationToken ct) =>
                TypedResults.Ok(await q.SearchAsync(citizenId, userName, breakTheGlass ?? false, take ?? 500, ct)))
            .WithTags("Audit").RequireAuthorization(Policies.Audit);
    }
}
