using Mestring.Domain.Organisation;

namespace Mestring.Application.Registers;

/// <summary>The municipality an import or a seed loads into: the one with the given code, created if it does not exist yet.</summary>
public static class ImportMunicipality
{
    /// <summary>
    /// The municipality with <paramref name="code"/> (created as "Kommune CODE"), or without a code the default one
    /// (<paramref name="defaultCode"/>, created as <paramref name="defaultName"/>).
    /// </summary>
    public static Task<Municipality> ResolveOrCreateAsync(MestringDbContext db, string? code, string defaultCode, string defaultName, CancellationToken ct = default) =>
        string.IsNullOrWhiteSpace(code)
            ? ResolveOrCreateAsync(db, defaultCode, defaultName, ct)
            : ResolveOrCreateAsync(db, code.Trim(), $"Kommune {code.Trim()}", ct);

    /// <summary>The municipality with this code, created (named <paramref name="name"/>) if it does not exist yet.</summary>
    public static async Task<Municipality> ResolveOrCreateAsync(MestringDbContext db, string code, string name, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var existing = await db.Municipalities.SingleOrDefaultAsync(m => m.Code == code, ct);
        if (existing is not null)
        {
            return existing;
        }
        var municipality = new Municipality(code, name);
        db.Municipalities.Add(municipality);
        await db.SaveChangesAsync(ct);
        return municipality;
    }
}
