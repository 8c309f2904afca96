using Mestring.Application.Privacy;

namespace Mestring.Web.Features.Privacy;

/// <summary>
/// The GDPR access request (art. 15): <c>GET /api/v1/me/data-export</c> for the signed-in citizen and
/// <c>GET /api/v1/citizens/{citizenId}/data-export</c> for anyone with access to the citizen. JSON, audited.
/// </summary>
internal static class PrivacyEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/me/data-export", async (CitizenDataExport export, CancellationToken ct) => (await export.MineAsync(ct)).ToOk())
            .WithTags("Privacy").RequireAuthorization(Policies.Citizen);
        api.MapGet("/citizens/{citizenId:guid}/data-export", async (Guid citizenId, CitizenDataExport export, CancellationToken ct) =>
            (await export.ExportAsync(citizenId, ct)).ToOk()).WithTags("Privacy");
    }
}
