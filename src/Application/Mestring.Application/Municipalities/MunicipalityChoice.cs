using Mestring.Domain.Organisation;

namespace Mestring.Application.Municipalities;

/// <summary>
/// Which municipality a whole-database job (a CLI verb) works on: the only municipality in the database, or the one
/// named by its code.
/// </summary>
public static class MunicipalityChoice
{
    public static async Task<Result<Municipality>> ResolveAsync(MestringDbContext db, string? code, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var municipalities = await db.Municipalities.AsNoTracking().OrderBy(m => m.Code).ToListAsync(ct);
        var target = string.IsNullOrWhiteSpace(code)
            ? municipalities.Count == 1 ? municipalities[0] : null
            : municipalities.FirstOrDefault(m => m.Code == code.Trim());
        if (target is not null)
        {
            return target;
        }
        return new Error(ErrorKind.NotFound, "municipality", string.IsNullOrWhiteSpace(code)
            ? $"Give --municipality CODE: the database holds {municipalities.Count} municipalities ({string.Join(", ", municipalities.Select(m => m.Code))})."
            : $"No municipality with code '{code}' in the database.");
    }
}
