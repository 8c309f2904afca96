using Mestring.Data.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Mestring.Web.Features.Auth;

public sealed record LoginRequest(string UserName, string Password);

public sealed record MeDto(string UserName, string DisplayName, string Role, Guid MunicipalityId, Guid? TeamId, Guid? ProviderId, Guid? CitizenId);

internal static class AuthEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth");
        auth.MapPost("/login", LoginAsync).AllowAnonymous();
        auth.MapPost("/logout", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.NoContent();
        });
        auth.MapGet("/me", (CurrentUser user) => TypedResults.Ok(new MeDto(user.UserName, user.DisplayName, user.Role, user.MunicipalityId ?? Guid.Empty, user.TeamId, user.ProviderId, user.CitizenId)));
    }

    private static async Task<Results<Ok<MeDto>, ProblemHttpResult, ValidationProblem>> LoginAsync(LoginRequest request, SignInManager<AppUser> signIn, UserManager<AppUser> users)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["userName"] = string.IsNullOrWhiteSpace(request.UserName) ? ["is required"] : [],
                ["password"] = string.IsNullOrEmpty(request.Password) ? ["is required"] : [],
            }.Where(kv => kv.Value.Length > 0).ToDictionary());
        }
        var result = await signIn.PasswordSignInAsync(request.UserName.Trim(), request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return TypedResults.Problem("The account is locked after too many failed attempts; try again later.", statusCode: StatusCodes.Status423Locked, title: "Locked");
        }
        if (!result.Succeeded)
        {
            return TypedResults.Problem("Wrong user name or password.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
        }
        var user = await users.FindByNameAsync(request.UserName.Trim());
        return TypedResults.Ok(new MeDto(user!.UserName!, user.DisplayName, user.Role, user.MunicipalityId, user.TeamId, user.ProviderId, user.CitizenId));
    }
}
