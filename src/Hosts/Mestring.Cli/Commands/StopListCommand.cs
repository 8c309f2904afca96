using System.CommandLine;
using System.Globalization;
using System.Text;
using Mestring.Data.Evidence;

namespace Mestring.Cli.Commands;

/// <summary>
/// <c>mestring stop-list [--database CONN] [--municipality CODE] [--format json|table]</c>: interventions and methods
/// with enough data and no effect distinguishable from zero, ranked by money spent (<see cref="EvidenceAnalyses.StopList"/>,
/// the same list as GET /api/v1/evidence/stop-list).
/// </summary>
public static class StopListCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var database = DatabaseOption.Create();
        var municipality = new Option<string?>("--municipality") { Description = "Municipality code (required when the database holds more than one)." };
        var format = new Option<string>("--format") { Description = "json | table", DefaultValueFactory = _ => "json" };
        var command = new Command("stop-list", "Interventions and methods with enough data and no detectable effect, ranked by money spent.")
        {
            database, municipality, format,
        };
        command.SetAction(async (result, ct) =>
        {
            var data = await EvaluateMethodsCommand.LoadAsync(result, result.GetValue(database), result.GetValue(municipality), "mestring stop-list", ct);
            if (data is null)
            {
                return 2;
            }
            var rows = EvidenceAnalyses.StopList(data);
            var text = string.Equals(result.GetValue(format), "table", StringComparison.OrdinalIgnoreCase) ? Table(rows) : EvidenceJson.StopList(rows);
            await result.InvocationConfiguration.Output.WriteLineAsync(text.AsMemory(), ct);
            return 0;
        });
        return command;
    }

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
