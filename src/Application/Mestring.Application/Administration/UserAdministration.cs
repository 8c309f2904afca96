using Mestring.Data.Identity;
using Mestring.Domain.Audit;
using Mestring.Domain.Organisation;
using Microsoft.AspNetCore.Identity;

namespace Mestring.Application.Administration;

/// <summary>
/// The administrator's users: list, create, change (name, roles, teams, links, active), reset a password, unlock.
/// Never deletes a login: the audit log keeps naming the person. Every change is audited with who, when and why,
/// and a change that affects access renews the login's security stamp, so that its open sessions end.
/// </summary>
public sealed class UserAdministration(MestringDbContext db, UserManager<AppUser> users, ICurrentUser user, AuditTrail audit, TimeProvider clock)
{
    public const string Resource = "user";

    public async Task<Result<UserDto[]>> ListAsync(CancellationToken ct)
    {
        if (await RefusedAsync(ct) is { } refused)
        {
            return refused;
        }
        var municipality = user.MunicipalityId ?? Guid.Empty;
        var rows = await db.Users.Where(u => u.MunicipalityId == municipality).OrderBy(u => u.DisplayName).ThenBy(u => u.UserName).ToListAsync(ct);
        var list = await ToDtosAsync(rows, ct);
        await audit.RecordAsync(AuditActions.Search, Resource, ct: ct);
        return list.ToArray();
    }

    public async Task<Result<UserDto>> GetAsync(string id, CancellationToken ct)
    {
        var found = await FindAsync(id, ct);
        if (!found.IsSuccess)
        {
            return found.Error;
        }
        return (await ToDtosAsync([found.Value], ct))[0];
    }

    public async Task<Result<UserDto>> CreateAsync(CreateUserRequest request, CancellationToken ct)
    {
        if (await RefusedAsync(ct) is { } refused)
        {
            return refused;
        }
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var userName = request.UserName?.Trim() ?? "";
        if (userName.Length == 0)
        {
            errors["userName"] = ["is required"];
        }
        else if (userName.Length > 256 || userName.Any(c => !users.Options.User.AllowedUserNameCharacters.Contains(c, StringComparison.Ordinal)))
        {
            errors["userName"] = ["may hold only letters a–z, digits and - . _ @ + (at most 256 characters)"];
        }
        var displayName = UserInput.DisplayName(request.DisplayName, errors, required: true);
        var roles = UserInput.Roles(request.Roles ?? [], errors);
        var teams = await UserInput.TeamsAsync(db, request.Teams ?? [], errors, ct);
        if (roles is not null)
        {
            await UserInput.CheckLinksAsync(db, roles, request.ProviderId, request.CitizenId, errors, ct);
        }
        var account = new AppUser { UserName = userName, DisplayName = displayName ?? "", MunicipalityId = user.MunicipalityId ?? Guid.Empty, LockoutEnabled = true };
        await CheckPasswordAsync(account, request.Password, errors);
        if (UserInput.Failed(errors) is { } invalid)
        {
            return invalid;
        }
        if (await users.FindByNameAsync(userName) is not null)
        {
            return Error.Conflict("duplicate-user-name", $"The user name '{userName}' is taken.", "userName");
        }
        Apply(account, roles!, teams!, request.ProviderId, request.CitizenId);
        audit.Add(AuditActions.Create, Resource, reason: $"{userName}: {UserInput.Why(request.Reason, "oprettet")}");
        // CreateAsync hashes the password, sets the security stamp and saves the login, its claims and the audit entry at once.
        var created = await users.CreateAsync(account, request.Password!);
        if (!created.Succeeded)
        {
            return IdentityError(created);
        }
        return (await ToDtosAsync([account], ct))[0];
    }

    public async Task<Result<UserDto>> UpdateAsync(string id, UpdateUserRequest request, CancellationToken ct)
    {
        var found = await FindAsync(id, ct);
        if (!found.IsSuccess)
        {
            return found.Error;
        }
        var account = found.Value;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var displayName = UserInput.DisplayName(request.DisplayName, errors, required: false);
        var roles = UserInput.Roles(request.Roles, errors);
        var teams = await UserInput.TeamsAsync(db, request.Teams, errors, ct);
        var current = await ClaimsOfAsync([account.Id], ct);
        IReadOnlyList<string> newRoles = roles ?? [account.Role, .. current.Where(c => c.ClaimType == AccountState.ExtraRoleClaim).Select(c => c.ClaimValue!)];
        var providerId = request.ProviderId ?? account.ProviderId;
        var citizenId = request.CitizenId ?? account.CitizenId;
        await UserInput.CheckLinksAsync(db, newRoles, request.ProviderId is null && !newRoles.Contains(Roles.Provider) ? null : providerId,
            request.CitizenId is null && !newRoles.Contains(Roles.Citizen) ? null : citizenId, errors, ct);
        if (UserInput.Failed(errors) is { } invalid)
        {
            return invalid;
        }
        if (account.Id == user.UserId && (request.Active == false || (roles is not null && !roles.Contains(Roles.Admin))))
        {
            return Error.Conflict("own-account", "An administrator cannot deactivate their own login or take away their own Admin role.", request.Active == false ? "active" : "roles");
        }
        var changes = new List<string>();
        if (displayName is not null && displayName != account.DisplayName)
        {
            account.DisplayName = displayName;
            changes.Add("navn");
        }
        if (roles is not null || teams is not null || request.ProviderId is not null || request.CitizenId is not null)
        {
            IReadOnlyList<Guid> teamIds = teams ?? [.. new[] { account.TeamId }.OfType<Guid>(), .. current.Where(c => c.ClaimType == AccountState.ExtraTeamClaim).Select(c => Guid.Parse(c.ClaimValue!))];
            db.UserClaims.RemoveRange(current.Where(c => c.ClaimType is AccountState.ExtraRoleClaim or AccountState.ExtraTeamClaim));
            Apply(account, newRoles, teamIds, newRoles.Contains(Roles.Provider) || request.ProviderId is not null ? providerId : null,
                newRoles.Contains(Roles.Citizen) || request.CitizenId is not null ? citizenId : null);
            changes.Add("roller og teams");
        }
        if (request.Active is { } active && active == AccountState.IsDeactivated(account))
        {
            if (active)
            {
                AccountState.Reactivate(account);
            }
            else
            {
                AccountState.Deactivate(account);
            }
            changes.Add(active ? "genaktiveret" : "deaktiveret");
        }
        if (changes.Count == 0)
        {
            return (await ToDtosAsync([account], ct))[0];
        }
        audit.Add(AuditActions.Update, Resource, reason: $"{account.UserName}: {string.Join(", ", changes)} – {UserInput.Why(request.Reason, "ændret")}");
        // A new security stamp ends the login's open sessions, so that new roles, teams or a deactivation apply at once.
        var saved = await users.UpdateSecurityStampAsync(account);
        return saved.Succeeded ? (await ToDtosAsync([account], ct))[0] : IdentityError(saved);
    }

    public async Task<Result<UserDto>> ResetPasswordAsync(string id, PasswordResetRequest request, CancellationToken ct)
    {
        var found = await FindAsync(id, ct);
        if (!found.IsSuccess)
        {
            return found.Error;
        }
        var account = found.Value;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        await CheckPasswordAsync(account, request.Password, errors);
        if (UserInput.Failed(errors) is { } invalid)
        {
            return invalid;
        }
        account.PasswordHash = users.PasswordHasher.HashPassword(account, request.Password!);
        if (!AccountState.IsDeactivated(account))
        {
            AccountState.Reactivate(account);
        }
        audit.Add(AuditActions.Update, Resource, reason: $"{account.UserName}: adgangskode nulstillet – {UserInput.Why(request.Reason, "nulstillet af administrator")}");
        var saved = await users.UpdateSecurityStampAsync(account);
        return saved.Succeeded ? (await ToDtosAsync([account], ct))[0] : IdentityError(saved);
    }

    /// <summary>Lifts a lockout after too many failed attempts; a deactivated login is reactivated with <c>active: true</c> instead.</summary>
    public async Task<Result<UserDto>> UnlockAsync(string id, AdminReasonRequest request, CancellationToken ct)
    {
        var found = await FindAsync(id, ct);
        if (!found.IsSuccess)
        {
            return found.Error;
        }
        var account = found.Value;
        if (AccountState.IsDeactivated(account))
        {
            return Error.Conflict("deactivated", "The login is deactivated; reactivate it (active: true) instead.", "active");
        }
        AccountState.Reactivate(account);
        audit.Add(AuditActions.Update, Resource, reason: $"{account.UserName}: låst op – {UserInput.Why(request.Reason, "låst op af administrator")}");
        await db.SaveChangesAsync(ct);
        return (await ToDtosAsync([account], ct))[0];
    }

    private async Task<Error?> RefusedAsync(CancellationToken ct)
    {
        if (user.Role == Roles.Admin)
        {
            return null;
        }
        var userId = user.UserId;
        var extra = await db.UserClaims.AnyAsync(c => c.UserId == userId && c.ClaimType == AccountState.ExtraRoleClaim && c.ClaimValue == Roles.Admin, ct);
        return extra ? null : Error.Forbidden("admin-only", "Only an administrator may manage users, teams and settings.");
    }

    // Another municipality's login is not found, as is an unknown id.
    private async Task<Result<AppUser>> FindAsync(string id, CancellationToken ct)
    {
        if (await RefusedAsync(ct) is { } refused)
        {
            return refused;
        }
        var municipality = user.MunicipalityId ?? Guid.Empty;
        var account = await db.Users.FirstOrDefaultAsync(u => u.Id == id && u.MunicipalityId == municipality, ct);
        return account is null ? Error.NotFound("user") : account;
    }

    private void Apply(AppUser account, IReadOnlyList<string> roles, IReadOnlyList<Guid> teams, Guid? providerId, Guid? citizenId)
    {
        account.Role = roles[0];
        account.TeamId = teams.Count > 0 ? teams[0] : null;
        account.ProviderId = providerId;
        account.CitizenId = citizenId;
        foreach (var role in roles.Skip(1))
        {
            db.UserClaims.Add(new IdentityUserClaim<string> { UserId = account.Id, ClaimType = AccountState.ExtraRoleClaim, ClaimValue = role });
        }
        foreach (var team in teams.Skip(1))
        {
            db.UserClaims.Add(new IdentityUserClaim<string> { UserId = account.Id, ClaimType = AccountState.ExtraTeamClaim, ClaimValue = team.ToString("D") });
        }
    }

    private async Task CheckPasswordAsync(AppUser account, string? password, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(password))
        {
            errors["password"] = ["is required"];
            return;
        }
        var messages = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, account, password);
            messages.AddRange(result.Errors.Select(e => e.Description));
        }
        if (messages.Count > 0)
        {
            errors["password"] = [.. messages];
        }
    }

    private static Error IdentityError(IdentityResult result)
    {
        var first = result.Errors.FirstOrDefault();
        return first?.Code switch
        {
            "DuplicateUserName" => Error.Conflict("duplicate-user-name", first.Description, "userName"),
            "ConcurrencyFailure" => Error.Conflict("concurrency", first.Description),
            { } code when code.StartsWith("Password", StringComparison.Ordinal) => Error.Invalid("password", first.Description),
            _ => Error.Invalid("userName", first?.Description ?? "was refused"),
        };
    }

    private Task<List<IdentityUserClaim<string>>> ClaimsOfAsync(IReadOnlyList<string> ids, CancellationToken ct) =>
        db.UserClaims.Where(c => ids.Contains(c.UserId) && (c.ClaimType == AccountState.ExtraRoleClaim || c.ClaimType == AccountState.ExtraTeamClaim)).ToListAsync(ct);

    private async Task<IReadOnlyList<UserDto>> ToDtosAsync(IReadOnlyList<AppUser> rows, CancellationToken ct)
    {
        var claims = (await ClaimsOfAsync([.. rows.Select(r => r.Id)], ct)).Where(c => db.Entry(c).State != EntityState.Deleted)
            .Concat(db.ChangeTracker.Entries<IdentityUserClaim<string>>().Where(e => e.State == EntityState.Added).Select(e => e.Entity)).Distinct().ToList();
        var teams = await db.Teams.ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var providers = await db.Providers.ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var now = clock.GetUtcNow();
        return [.. rows.Select(u =>
        {
            var mine = claims.Where(c => c.UserId == u.Id).ToList();
            IReadOnlyList<string> roles = [u.Role, .. mine.Where(c => c.ClaimType == AccountState.ExtraRoleClaim).Select(c => c.ClaimValue!)];
            var teamIds = new[] { u.TeamId }.OfType<Guid>().Concat(mine.Where(c => c.ClaimType == AccountState.ExtraTeamClaim).Select(c => Guid.Parse(c.ClaimValue!)));
            // A citizen's or a parent's own login is named by its user name: their names are casework data, not the
            // administrator's.
            var shown = u.CitizenId is null && u.Role is not (Roles.Citizen or Roles.Parent) ? u.DisplayName : u.UserName!;
            return new UserDto(u.Id, u.UserName!, shown, roles, [.. teamIds.Select(t => teams.GetValueOrDefault(t, t.ToString("D")))],
                !AccountState.IsDeactivated(u), AccountState.IsLockedOut(u, now), u.ProviderId,
                u.ProviderId is { } p ? providers.GetValueOrDefault(p) : null, u.CitizenId);
        })];
    }
}
