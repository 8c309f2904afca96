using Mestring.Application.Administration;
using Mestring.Web.Hosting;

namespace Mestring.Web.Features.Administration;

/// <summary>The administrator's API: users (never deleted), under /api/v1/admin. Administrators only (others 403).</summary>
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
    }
}
