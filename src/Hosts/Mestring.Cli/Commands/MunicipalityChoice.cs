using Mestring.Data;
using Mestring.Domain.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Mestring.Cli.Commands;

/// <summary>
/// Which municipality a command works on, as <c>mestring export register-extract</c> chooses it: the only municipality in
/// the database, or the one given with <c>--municipality CODE</c>.
/// </summary>
internal static class MunicipalityChoice
{
    public static async Task<Municipality?> ResolveAsync(MestringDbContext db, string? code, TextWriter stderr, CancellationToken ct)
    {
        var municipalities = await db.Municipalities.AsNoTracking().OrderBy(m => m.Code).ToListAsync(ct);
        var target = string.IsNullOrWhiteSpace(code)
            ? municipalities.Count == 1 ? municipalities[0] : null
            : municipalities.FirstOrDefault(m => m.Code == code.Trim());
        if (target is null)
        {
            await stderr.WriteLineAsync(string.IsNullOrWhiteSpace(code)
                ? $"Give --municipality CODE: the database holds {municipalities.Count} municipalities ({string.Join(", ", municipalities.Select(m => m.Code))})."
                : $"No municipality with code '{code}' in the database.");
        }
        return target;
    }
}
