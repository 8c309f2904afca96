using Mestring.Application.Evidence;
using Mestring.Evidence.Providers;

namespace Mestring.Cli.Commands;

/// <summary>
/// <c>mestring benchmark [--database CONN] [--municipality CODE] [--format json|table]</c>: case-mix adjusted, shrunk
/// progression per provider against its median peer, flagged when clearly worse (<see cref="EvidenceAnalyses.Providers"/>,
/// the same analysis as GET /api/v1/evidence/providers).
/// </summary>
public static class BenchmarkCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create() => EvidenceVerb.Create(
        "benchmark", "Case-mix adjusted, shrunk progression per provider, with flags for providers that do clearly worse than their peers.",
        MunicipalityEvidence.Providers, rows => EvidenceJson.Providers(rows), Table);

    private static string Table(IReadOnlyList<ProviderResult> rows)
    {
        var b = new StringBuilder();
        b.AppendLine(CultureInfo.InvariantCulture, $"{"providerId",-12} {"n",6} {"adjusted",9} {"ciLow",8} {"ciHigh",8}  flagged");
        foreach (var r in rows)
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"{r.ProviderId,-12} {r.N,6} {r.AdjustedEffect,9:F3} {r.CiLow,8:F3} {r.CiHigh,8:F3}  {(r.Flagged ? "yes" : "")}");
        }
        return b.ToString().TrimEnd();
    }
}
