namespace Mestring.Web.Features.Plans;

/// <summary>The network's contributions to a plan: listed with their consent, added, changed and ended by the caseworker.</summary>
internal static class NetworkEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var network = api.MapGroup("/citizens/{citizenId:guid}/plan/network").WithTags("Plans").RequireAuthorization(Policies.Caseworker);
        network.MapGet("", async (Guid citizenId, NetworkEditing n, CancellationToken ct) => (await n.ListAsync(citizenId, ct)).ToOk());
        network.MapPut("/{contributionId:guid}", async (Guid citizenId, Guid contributionId, NetworkRequest request, NetworkEditing n, CancellationToken ct) =>
            (await n.ReviseAsync(citizenId, contributionId, request, ct)).ToOkId());
        network.MapPost("/{contributionId:guid}/end", async (Guid citizenId, Guid contributionId, NetworkEndRequest? request, NetworkEditing n, CancellationToken ct) =>
            (await n.EndAsync(citizenId, contributionId, request, ct)).ToOkId());
    }
}
