using Mestring.Application.Interventions;
using Mestring.Domain.Organisation;

namespace Mestring.Web.Features.Interventions;

/// <summary>Progress notes readable: per order for the caseworker and the order's provider, per citizen on the overview.</summary>
internal static class ProgressNoteEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/interventions/{id:guid}/progress-notes", async (Guid id, ProgressNoteQueries q, CancellationToken ct) =>
                (await q.ForInterventionAsync(id, ct)).ToOk())
            .WithTags("Interventions").RequireAuthorization(p => p.RequireRole(Roles.Caseworker, Roles.Provider));
        api.MapGet("/citizens/{citizenId:guid}/progress-notes", async (Guid citizenId, ProgressNoteQueries q, CancellationToken ct) =>
                (await q.ForCitizenAsync(citizenId, ct)).ToOk())
            .WithTags("Interventions").RequireAuthorization(p => p.RequireRole(Roles.Caseworker, Roles.Provider));
        api.MapPut("/progress-notes/{id:guid}/sharing", async (Guid id, NoteSharingRequest request, SharedProgressNotes s, CancellationToken ct) =>
                (await s.SetSharingAsync(id, request, ct)).ToNoContent())
            .WithTags("Interventions").RequireAuthorization(Policies.Provider);
        api.MapGet("/me/progress-notes", async (SharedProgressNotes s, CancellationToken ct) => (await s.MineAsync(ct)).ToOk())
            .WithTags("Interventions").RequireAuthorization(Policies.Citizen);
    }
}
