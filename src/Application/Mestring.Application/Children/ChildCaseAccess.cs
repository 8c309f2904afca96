using Mestring.Domain.Citizens;
using Mestring.Domain.Organisation;

namespace Mestring.Application.Children;

/// <summary>
/// The children's casework's way through <see cref="CitizenAccess"/>: only a caseworker with a relationship to the child
/// works the case (anyone else gets not-found), every read is audited there, and times given in a request are checked
/// against the clock (not in the future) at the edge.
/// </summary>
public sealed class ChildCaseAccess(MestringDbContext db, CitizenAccess access, ICurrentUser user, TimeProvider clock)
{
    /// <summary>A little slack for clocks that differ between the caller and the server.</summary>
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);

    public DateTimeOffset Now => clock.GetUtcNow();

    public string Actor => user.DisplayName;

    /// <summary>Opens a child's case for a caseworker's read (audited).</summary>
    public async Task<Result<Citizen>> ReadAsync(Guid citizenId, string resource, CancellationToken ct)
    {
        if (user.Role != Roles.Caseworker)
        {
            return Error.NotFound("citizen");
        }
        var opened = await access.OpenAsync(citizenId, resource, ct);
        return opened.IsSuccess ? opened.Value.Citizen : opened.Error;
    }

    /// <summary>Opens a child's case for a caseworker's write (audited by the interceptor); refuses an adult.</summary>
    public async Task<Result<Citizen>> WriteAsync(Guid citizenId, CancellationToken ct, int maxAge = 17)
    {
        var opened = await access.OpenForWriteAsync(citizenId, Roles.Caseworker, ct);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }
        var age = opened.Value.AgeOn(clock.TodayInDenmark());
        return age > maxAge
            ? Error.Conflict("children.not-a-child", $"The citizen is {age}; Barnets Lov's casework is for children and young people.", "citizenId")
            : opened.Value;
    }

    /// <summary>Loads a row of a child's case by id and opens its child for a write; unknown or not the caller's is not-found.</summary>
    public async Task<Result<T>> WriteRowAsync<T>(Guid id, string what, CancellationToken ct) where T : TenantEntity, ICitizenData
    {
        var row = await db.Set<T>().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (row is null)
        {
            return Error.NotFound(what);
        }
        var opened = await access.OpenForWriteAsync(row.CitizenId, Roles.Caseworker, ct);
        return opened.IsSuccess ? row : Error.NotFound(what);
    }

    /// <summary>A time from a request, or now; never in the future.</summary>
    public DateTimeOffset At(DateTimeOffset? given, string field)
    {
        var now = clock.GetUtcNow();
        if (given is { } t && t > now + Skew)
        {
            throw ValidationException.For(field, "is in the future");
        }
        return given ?? now;
    }

    /// <summary>Parses a contract name (lower-case, hyphens) into an enum member, or a 400 naming the field and the names.</summary>
    public static TEnum Parse<TEnum>(string? value, string field) where TEnum : struct, Enum
    {
        var names = Enum.GetNames<TEnum>().Select(Kebab).ToList();
        var index = names.IndexOf((value ?? "").Trim());
        return index < 0
            ? throw ValidationException.For(field, $"must be one of: {string.Join(", ", names)}")
            : Enum.GetValues<TEnum>()[index];
    }

    /// <summary>An enum member's contract name: YouthSupport → youth-support.</summary>
    public static string Kebab<TEnum>(TEnum value) where TEnum : struct, Enum => Kebab(value.ToString());

    private static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
