using Mestring.Application.Evidence;

namespace Mestring.Cli.Commands;

/// <summary>
/// <c>mestring evaluate --methods [--database CONN] [--municipality CODE] [--format json|table]</c>: every named method
/// against care as usual on progression and the later outcomes (<see cref="EvidenceAnalyses.MethodEffects"/>, the same
/// analysis the web's GET /api/v1/evidence/methods serves).
/// </summary>
public static class EvaluateMethodsCommand
{
    /// <summary>Runs <c>evaluate --methods</c>.</summary>
    public static Task<int> RunAsync(ParseResult result, string? connection, string? municipality, string? format, CancellationToken ct) =>
        EvidenceVerb.RunAsync<IReadOnlyList<MethodEffectRow>>(result, connection, municipality, format, "mestring evaluate",
            data => EvidenceAnalyses.MethodEffects(data).ToList(), rows => EvidenceJson.Methods(rows), Table, ct);

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
