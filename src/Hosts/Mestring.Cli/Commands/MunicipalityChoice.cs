using Mestring.Data;
using Mestring.Domain.Organisation;

namespace Mestring.Cli.Commands;

/// <summary>The CLI side of <see cref="Application.Municipalities.MunicipalityChoice"/>: writes the refusal to stderr.</summary>
internal static class MunicipalityChoice
{
    /// <summary><c>--municipality CODE</c>, with what a missing code means for this verb.</summary>
    public static Option<string?> CreateOption(string description = "Municipality code. Default: the only municipality in the database.") =>
        new("--municipality") { Description = description };

    public static async Task<Municipality?> ResolveAsync(MestringDbContext db, string? code, TextWriter stderr, CancellationToken ct)
    {
        var target = await Application.Municipalities.MunicipalityChoice.ResolveAsync(db, code, ct);
        if (!target.IsSuccess)
        {
            await CliErrors.ReportAsync(target.Error, stderr);
            return null;
        }
        return target.Value;
    }
}
