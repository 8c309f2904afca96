using Mestring.Data.Identity;

namespace Mestring.Application.Administration;

/// <summary>
/// How a login's state is kept in ASP.NET Identity without columns of our own: a deactivated login is locked out until
/// the end of time (Identity's own way to disable an account) and never deleted, so the audit log keeps naming it;
/// further roles and team memberships beyond the first are user claims of our own types.
/// </summary>
public static class AccountState
{
    /// <summary>A role beyond the first (the first is <see cref="AppUser.Role"/>, the one the access rules use).</summary>
    public const string ExtraRoleClaim = "mestring:extra-role";

    /// <summary>A team membership beyond the first (the first is <see cref="AppUser.TeamId"/>, the one the caseload uses).</summary>
    public const string ExtraTeamClaim = "mestring:extra-team";

    public static readonly DateTimeOffset DeactivatedUntil = DateTimeOffset.MaxValue;

    public static bool IsDeactivated(AppUser user) => user.LockoutEnd is { } end && end.UtcDateTime >= DeactivatedUntil.UtcDateTime.AddYears(-1);

    public static bool IsLockedOut(AppUser user, DateTimeOffset now) => !IsDeactivated(user) && user.LockoutEnd is { } end && end > now;

    public static void Deactivate(AppUser user)
    {
        user.LockoutEnabled = true;
        user.LockoutEnd = DeactivatedUntil;
    }

    public static void Reactivate(AppUser user)
    {
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
    }
}
