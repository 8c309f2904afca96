using System.CommandLine;
using System.Globalization;
using System.Text;
using Mestring.Data.Evidence;

namespace Mestring.Cli.Commands;

/// <summary>
/// <c>mestring evaluate --methods [--database CONN] [--municipality CODE] [--format json|table]</c>: every named method
/// against care as usual on progression and the later outcomes (<see cref="EvidenceAnalyses.MethodEffects"/>, the same
/// analysis the web's GET /api/v1/evidence/methods serves).
/// </summary>
public static class EvaluateMethodsCommand
{
    /// <summary>Runs <c>evaluate --methods</c>.</summary>
    public static async Task<int> RunAsync(ParseResult result, string? connection, string? municipality, string? format, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(result);
        var data = await LoadAsync(result, connection, municipality, "mestring evaluate", ct);
        if (data is null)
        {
            return 2;
        }
        var effects = EvidenceAnalyses.MethodEffects(data);
        var text = string.Equals(format, "table", StringComparison.OrdinalIgnoreCase) ? Table(effects) : EvidenceJson.Methods(effects);
        await result.InvocationConfiguration.Output.WriteLineAsync(text.AsMemory(), ct);
        return 0;
    }

    /// <summary>Loads the evidence data of the chosen municipality (<see cref="MunicipalityChoice"/>), or writes an error and returns null.</summary>
    internal static async Task<EvidenceData?> LoadAsync(ParseResult result, string? connection, string? municipality, string verb, CancellationToken ct)
    {
        var stderr = result.InvocationConfiguration.Error;
        await using var db = await DatabaseOption.OpenAsync(connection, verb, ct);
        var target = await MunicipalityChoice.ResolveAsync(db, municipality, stderr, ct);
        if (target is null)
        {
            return null;
        }
        var data = await EvidenceDataset.LoadAsync(db, target.Id, ct);
        if (data.Records.Count == 0)
        {
            await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{verb}: municipality '{target.Code}' has no interventions with a baseline assessment."));
            return null;
        }
        return data;
    }

    private static string Table(IReadOnlyList<MethodEffectRow> rows)
    {
        var b = new StringBuilder();
        b.AppendLine(CultureInfo.InvariantCulture, $"{"method",-28} {"outcome",-26} {"estimate",9} {"se",7} {"ciLow",8} {"ciHigh",8} {"n",6} {"q",7}  verdict");
        foreach (var r in rows)
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"{r.Method,-28} {r.Outcome,-26} {r.Estimate,9:F3} {r.Se,7:F3} {r.CiLow,8:F3} {r.CiHigh,8:F3} {r.N,6} {r.QValue,7:F4}  {r.Verdict}");
        }
        return b.ToString().TrimEnd();
    }
}
