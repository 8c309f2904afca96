using Mestring.Application.Administration;
using Mestring.Web.Hosting;

namespace Mestring.Web.Features.Administration;

/// <summary>The administrator's API: users (never deleted), teams and their areas, the municipality's settings, under /api/v1/admin. Administrators only (others 403).</summary>
internal static class AdminEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("Administration").RequireAuthorization(Policies.Admin);
        admin.MapGet("/users", async (UserAdministration users, CancellationToken ct) => (await users.ListAsync(ct)).ToOk());
        admin.MapGet("/users/{id}", async (string id, UserAdministration users, CancellationToken ct) => (await users.GetAsync(id, ct)).ToOk());
        admin.MapPost("/users", async (CreateUserRequest request, UserAdministration users, CancellationToken ct) =>
            (await users.CreateAsync(request, ct)).Match(u => TypedResults.Created($"/api/v1/admin/users/{u.Id}", u), ErrorResults.Problem));
        admin.MapPut("/users/{id}", async (string id, UpdateUserRequest request, UserAdministration users, CancellationToken ct) =>
            (await users.UpdateAsync(id, request, ct)).ToOk());
        admin.MapPost("/users/{id}/password-reset", async (string id, PasswordResetRequest request, UserAdministration users, CancellationToken ct) =>
            (await users.ResetPasswordAsync(id, request, ct)).ToOk());
        admin.MapPost("/users/{id}/unlock", async (string id, AdminReasonRequest? request, UserAdministration users, CancellationToken ct) =>
            (await users.UnlockAsync(id, request ?? new AdminReasonRequest(), ct)).ToOk());

        admin.MapGet("/teams", async (MunicipalitySettings s, CancellationToken ct) => (await s.TeamsAsync(ct)).ToOk());
        admin.MapPost("/teams", async (CreateTeamRequest request, MunicipalitySettings s, CancellationToken ct) =>
            (await s.CreateTeamAsync(request, ct)).ToCreated("/api/v1/admin/teams"));
        admin.MapPut("/teams/{id:guid}/areas", async (Guid id, TeamAreasRequest request, MunicipalitySettings s, CancellationToken ct) =>
            (await s.SetTeamAreasAsync(id, request, ct)).ToOk());
        admin.MapGet("/settings", async (MunicipalitySettings s, CancellationToken ct) => (await s.GetAsync(ct)).ToOk());
        admin.MapPut("/settings/early-detection", async (EarlyDetectionRequest request, MunicipalitySettings s, CancellationToken ct) =>
            (await s.SetEarlyDetectionAsync(request, ct)).ToOk());
        admin.MapPut("/settings/indicators/{key}", async (string key, IndicatorRequest request, MunicipalitySettings s, CancellationToken ct) =>
            (await s.SetIndicatorAsync(key, request, ct)).ToOk());
    }
}
