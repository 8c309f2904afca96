using Mestring.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Mestring.Web.Security;

/// <summary>
/// Optional OpenID Connect login (e.g. the municipality's Entra ID), mapped only when configured. An external
/// identity signs in to an existing Mestring account, linked by e-mail; it never creates one.
/// </summary>
internal static class ExternalLoginEndpoints
{
    public static void MapExternalLogin(this IEndpointRouteBuilder app, IConfiguration configuration)
    {
        if (!Authentication.OidcConfigured(configuration))
        {
            return;
        }
        app.MapGet("/login/external", (string? returnUrl, SignInManager<AppUser> signIn) =>
        {
            var properties = signIn.ConfigureExternalAuthenticationProperties(Authentication.OidcScheme, $"/login/external/callback?returnUrl={Uri.EscapeDataString(LocalOrRoot(returnUrl))}");
            return Results.Challenge(properties, [Authentication.OidcScheme]);
        }).AllowAnonymous().ExcludeFromDescription();

        app.MapGet("/login/external/callback", async (string? returnUrl, SignInManager<AppUser> signIn, UserManager<AppUser> users, HttpContext context) =>
        {
            var info = await signIn.GetExternalLoginInfoAsync();
            var user = info is null ? null : await Authentication.FindLinkedUserAsync(users, info);
            await context.SignOutAsync(IdentityConstants.ExternalScheme);
            if (user is null || await users.IsLockedOutAsync(user))
            {
                return Results.Redirect("/login?external=unknown");
            }
            await signIn.SignInAsync(user, isPersistent: false, Authentication.OidcScheme);
            return Results.LocalRedirect(LocalOrRoot(returnUrl));
        }).AllowAnonymous().ExcludeFromDescription();
    }

    private static string LocalOrRoot(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}
