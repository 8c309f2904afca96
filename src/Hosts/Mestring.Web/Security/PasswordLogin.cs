using Mestring.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace Mestring.Web.Security;

public enum LoginOutcome
{
    SignedIn,
    /// <summary>Unknown name, wrong password or a locked (deactivated) account: one answer for all three.</summary>
    Refused,
    Throttled,
}

/// <summary>
/// The one sign-in and sign-out, for the API and the login page. An unknown name costs the same password hashing as a
/// known one (no enumeration by timing), a wrong password counts against the (name, client) pair and never locks the
/// account (<see cref="LoginThrottle"/>), and sign-out renews the security stamp so the session ends server-side.
/// </summary>
public sealed class PasswordLogin(SignInManager<AppUser> signIn, UserManager<AppUser> users, LoginThrottle throttle)
{
    // A hash of a random password in the app's own format, for the unknown names.
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString()));

    public async Task<(LoginOutcome Outcome, AppUser? User)> SignInAsync(string userName, string password, HttpContext http)
    {
        var name = userName.Trim();
        var client = LoginThrottle.ClientOf(http);
        if (throttle.IsBlocked(name, client))
        {
            return (LoginOutcome.Throttled, null);
        }
        var user = await users.FindByNameAsync(name);
        bool ok;
        if (user is null)
        {
            _ = users.PasswordHasher.VerifyHashedPassword(new AppUser(), DummyHash.Value, password);
            ok = false;
        }
        else
        {
            ok = (await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: false)).Succeeded;
        }
        if (!ok || user is null)
        {
            throttle.Failed(name, client);
            return (LoginOutcome.Refused, null);
        }
        throttle.Succeeded(name, client);
        await signIn.SignInAsync(user, isPersistent: false);
        return (LoginOutcome.SignedIn, user);
    }

    /// <summary>Ends the session server-side: every cookie issued to this user before now stops working (all browsers).</summary>
    public async Task SignOutAsync(HttpContext http)
    {
        if (await users.GetUserAsync(http.User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }
        await signIn.SignOutAsync();
    }
}
