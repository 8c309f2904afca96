using Mestring.Data.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mestring.Web.Features.Auth;

public sealed record LoginRequest(string UserName, string Password);

public sealed record MeDto(string UserName, string DisplayName, string Role, Guid MunicipalityId, Guid? TeamId, Guid? ProviderId, Guid? CitizenId);

internal static class AuthEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth");
        auth.MapPost("/login", LoginAsync).AllowAnonymous().RequireRateLimiting(LoginThrottle.Policy)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status429TooManyRequests);
        // Logout ends the session server-side: the new security stamp invalidates every cookie issued before it
        // (a saved copy of this one included, and the user's other browsers too).
        // Logout ends the session server-side (a saved copy of the cookie stops working too).
        auth.MapPost("/logout", async (PasswordLogin login, HttpContext http) =>
        {
            await login.SignOutAsync(http);
            return TypedResults.NoContent();
        });
        auth.MapGet("/me", (CurrentUser user) => TypedResults.Ok(new MeDto(user.UserName, user.DisplayName, user.Role, user.MunicipalityId ?? Guid.Empty, user.TeamId, user.ProviderId, user.CitizenId)));
    }

    private static async Task<Results<Ok<MeDto>, ProblemHttpResult, ValidationProblem>> LoginAsync(LoginRequest request, PasswordLogin login, HttpContext http)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["userName"] = string.IsNullOrWhiteSpace(request.UserName) ? ["is required"] : [],
                ["password"] = string.IsNullOrEmpty(request.Password) ? ["is required"] : [],
            }.Where(kv => kv.Value.Length > 0).ToDictionary());
        }
        var (outcome, user) = await login.SignInAsync(request.UserName, request.Password, http);
        switch (outcome)
        {
            case LoginOutcome.Throttled:
                http.Response.Headers.RetryAfter = "900";
                return TypedResults.Problem(LoginThrottle.TooMany, statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests");
            case LoginOutcome.Refused:
                return TypedResults.Problem("Wrong user name or password.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
            default:
                return TypedResults.Ok(new MeDto(user!.UserName!, user.DisplayName, user.Role, user.MunicipalityId, user.TeamId, user.ProviderId, user.CitizenId));
        }
    }
}
