using Mestring.Domain.Organisation;

namespace Mestring.Application.Administration;

/// <summary>A login's roles, teams and links checked against the municipality: unknown names are refused with the field.</summary>
internal sealed record ResolvedLinks(IReadOnlyList<string> Roles, IReadOnlyList<Guid> TeamIds, Guid? ProviderId, Guid? CitizenId);

/// <summary>Checks the fields of a user request at the edge and names the field that is wrong.</summary>
internal static class UserInput
{
    public const int DisplayNameMax = 200;
    public const int ReasonMax = 500;

    public static IReadOnlyList<string>? Roles(IReadOnlyList<string>? roles, Dictionary<string, string[]> errors)
    {
        if (roles is null)
        {
            return null;
        }
        if (roles.Count == 0)
        {
            errors["roles"] = ["must name at least one role"];
            return null;
        }
        var known = new List<string>();
        foreach (var role in roles)
        {
            var match = Mestring.Domain.Organisation.Roles.All.FirstOrDefault(r => string.Equals(r, role?.Trim(), StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                errors["roles"] = [$"unknown role '{role}'; known roles: {string.Join(", ", Mestring.Domain.Organisation.Roles.All)}"];
                return null;
            }
            if (!known.Contains(match, StringComparer.Ordinal))
            {
                known.Add(match);
            }
        }
        return known;
    }

    public static string? DisplayName(string? name, Dictionary<string, string[]> errors, bool required)
    {
        if (name is null && !required)
        {
            return null;
        }
        if (string.IsNullOrWhiteSpace(name))
        {
            errors["displayName"] = ["is required"];
            return null;
        }
        if (name.Trim().Length > DisplayNameMax)
        {
            errors["displayName"] = [$"must be at most {DisplayNameMax} characters"];
            return null;
        }
        return name.Trim();
    }

    public static async Task<IReadOnlyList<Guid>?> TeamsAsync(MestringDbContext db, IReadOnlyList<string>? teams, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        if (teams is null)
        {
            return null;
        }
        var all = await db.Teams.Select(t => new { t.Id, t.Name }).ToListAsync(ct);
        var ids = new List<Guid>();
        foreach (var team in teams)
        {
            var text = team?.Trim() ?? "";
            var match = all.FirstOrDefault(t => (Guid.TryParse(text, out var id) && t.Id == id) || string.Equals(t.Name, text, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                errors["teams"] = [$"unknown team '{team}'"];
                return null;
            }
            if (!ids.Contains(match.Id))
            {
                ids.Add(match.Id);
            }
        }
        return ids;
    }

    /// <summary>A provider's staff must be linked to a registered provider, a citizen's login to the citizen.</summary>
    public static async Task CheckLinksAsync(MestringDbContext db, IReadOnlyList<string> roles, Guid? providerId, Guid? citizenId, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        if (providerId is { } p && !await db.Providers.AnyAsync(x => x.Id == p, ct))
        {
            errors["providerId"] = ["is not a registered provider of this municipality"];
        }
        else if (roles.Contains(Mestring.Domain.Organisation.Roles.Provider) && providerId is null)
        {
            errors["providerId"] = ["is required for the Provider role"];
        }
        if (citizenId is { } c && !await db.Citizens.AnyAsync(x => x.Id == c, ct))
        {
            errors["citizenId"] = ["is not a citizen of this municipality"];
        }
        else if (roles.Contains(Mestring.Domain.Organisation.Roles.Citizen) && citizenId is null)
        {
            errors["citizenId"] = ["is required for the Citizen role"];
        }
    }

    public static string Why(string? reason, string fallback) =>
        string.IsNullOrWhiteSpace(reason) ? fallback : reason.Trim().Length > ReasonMax ? reason.Trim()[..ReasonMax] : reason.Trim();

    public static Error? Failed(Dictionary<string, string[]> errors) => errors.Count > 0 ? Error.Invalid(errors) : null;
}
