using Mestring.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Mestring.Web.Security;

/// <summary>
/// Ends a session server-side. On every authenticated request the cookie's security stamp is compared with the
/// account's (one primary-key read of the account): logout, a password change, a reset or a deactivation renew the stamp
/// (<see cref="UserManager{TUser}.UpdateSecurityStampAsync"/>) and every cookie issued before it stops working at once.
/// The absolute lifetime is counted from the sign-in, which the cookie carries through its sliding renewals.
/// </summary>
internal static class SessionValidator
{
    public const string StartedItem = "mestring.session.started";

    /// <summary>Marks the sign-in time once; sliding renewals keep the items, so the absolute lifetime is not extended.</summary>
    public static Task OnSigningIn(CookieSigningInContext context)
    {
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        context.Properties.Items.TryAdd(StartedItem, clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        return Task.CompletedTask;
    }

    public static async Task OnValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var settings = services.GetRequiredService<SessionSettings>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (!context.Properties.Items.TryGetValue(StartedItem, out var started)
            || !DateTimeOffset.TryParse(started, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            || now - at > settings.AbsoluteLifetime
            || !await StampMatchesAsync(context, services))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    private static async Task<bool> StampMatchesAsync(CookieValidatePrincipalContext context, IServiceProvider services)
    {
        var identity = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = context.Principal?.FindFirst(identity.UserIdClaimType)?.Value;
        var stamp = context.Principal?.FindFirst(identity.SecurityStampClaimType)?.Value;
        if (userId is null || stamp is null)
        {
            return false;
        }
        var users = services.GetRequiredService<UserManager<AppUser>>();
        // One primary-key read through Identity's store (the host does not query the database itself).
        var user = await users.FindByIdAsync(userId);
        return user?.SecurityStamp is { } current && string.Equals(current, stamp, StringComparison.Ordinal);
    }
}
