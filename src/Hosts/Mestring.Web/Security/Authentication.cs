using Microsoft.AspNetCore.Authentication;
using Mestring.Data.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;

namespace Mestring.Web.Security;

internal static class Authentication
{
    public const string OidcScheme = "oidc";

    public static void Configure(IServiceCollection services, IConfiguration configuration)
    {
        var session = SessionSettings.From(configuration);
        services.AddSingleton(session);
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<IHostEnvironment, TimeProvider>((options, environment, clock) =>
        {
            // Behind a TLS proxy the request the app sees may be plain http: in Production the cookie is Secure anyway.
            options.Cookie.SecurePolicy = environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            options.TimeProvider = clock;
        });
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "mestring.auth";
            options.Cookie.HttpOnly = true;
            // Strict: the cookie never rides on a cross-site request, which also guards the JSON API against CSRF.
            options.Cookie.SameSite = SameSiteMode.Strict;
            // Idle timeout: the ticket expires this long after its last renewal (sliding); the absolute lifetime and
            // server-side revocation are checked on every request by the session validator.
            options.ExpireTimeSpan = session.IdleTimeout;
            options.SlidingExpiration = true;
            options.LoginPath = "/login";
            options.LogoutPath = "/logout";
            options.AccessDeniedPath = "/adgang-naegtet";
            options.Events = new CookieAuthenticationEvents
            {
                // The API answers with status codes; only pages redirect to the login form.
                OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden),
                OnSigningIn = SessionValidator.OnSigningIn,
                OnValidatePrincipal = SessionValidator.OnValidatePrincipal,
            };
        });

        // Optional external login (e.g. the municipality's AD FS / Entra ID) when configured.
        var oidc = configuration.GetSection("Authentication:OpenIdConnect");
        if (!string.IsNullOrWhiteSpace(oidc["Authority"]))
        {
            services.AddAuthentication().AddOpenIdConnect(OidcScheme, oidc["DisplayName"] ?? "Kommunens login", options =>
            {
                options.Authority = oidc["Authority"];
                options.ClientId = oidc["ClientId"];
                options.ClientSecret = oidc["ClientSecret"];
                options.ResponseType = "code";
                options.SignInScheme = IdentityConstants.ExternalScheme;
                options.CallbackPath = "/signin-oidc";
                options.Scope.Add("email");
            });
        }
    }

    private static Task ApiAware(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    public static bool OidcConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["Authentication:OpenIdConnect:Authority"]);

    /// <summary>Links an external login to an existing Mestring account (matched by e-mail); never creates accounts.</summary>
    public static async Task<AppUser?> FindLinkedUserAsync(UserManager<AppUser> users, ExternalLoginInfo info)
    {
        var linked = await users.FindByLoginAsync(info.LoginProvider, info.ProviderKey);
        if (linked is not null)
        {
            return linked;
        }
        var email = info.Principal.FindFirst(System.Security.Claims.ClaimTypes.Email)?.Value;
        if (email is null)
        {
            return null;
        }
        var byEmail = await users.FindByEmailAsync(email);
        if (byEmail is not null)
        {
            await users.AddLoginAsync(byEmail, info);
        }
        return byEmail;
    }
}
