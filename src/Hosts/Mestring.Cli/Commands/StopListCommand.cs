using Mestring.Application.Evidence;

namespace Mestring.Cli.Commands;

/// <summary>
/// <c>mestring stop-list [--database CONN] [--municipality CODE] [--format json|table]</c>: interventions and methods
/// with enough data and no effect distinguishable from zero, ranked by money spent (<see cref="EvidenceAnalyses.StopList"/>,
/// the same list as GET /api/v1/evidence/stop-list).
/// </summary>
public static class StopListCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create() => EvidenceVerb.Create<IReadOnlyList<StopListRow>>(
        "stop-list", "Interventions and methods with enough data and no detectable effect, ranked by money spent.",
        data => EvidenceAnalyses.StopList(data).ToList(), rows => EvidenceJson.StopList(rows), Table);

    private static string Table(IReadOnlyList<StopListRow> rows)
    {
        var b = new StringBuilder();
        b.AppendLine(CultureInfo.InvariantCulture, $"{"kind",-17} {"name",-60} {"estimate",9} {"ciLow",8} {"ciHigh",8} {"n",6} {"spend (DKK)",16}");
        foreach (var r in rows)
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"{r.Kind,-17} {r.Name,-60} {r.Estimate,9:F3} {r.CiLow,8:F3} {r.CiHigh,8:F3} {r.N,6} {r.Spend,16:N0}");
        }
        return b.ToString().TrimEnd();
    }
}
