using Microsoft.AspNetCore.Identity;

namespace Mestring.Application.Administration;

/// <summary>The rules every login follows, whether it is made in the browser, the API or <c>mestring users</c>.</summary>
public static class LoginRules
{
    public static void Configure(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Password.RequiredLength = 12;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.User.RequireUniqueEmail = false;
    }
}
