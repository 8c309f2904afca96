using System.CommandLine;
using System.Globalization;
using System.Text;
using Mestring.Data.Evidence;
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
    public static Command Create()
    {
        var database = DatabaseOption.Create();
        var municipality = new Option<string?>("--municipality") { Description = "Municipality code (required when the database holds more than one)." };
        var format = new Option<string>("--format") { Description = "json | table", DefaultValueFactory = _ => "json" };
        var command = new Command("benchmark", "Case-mix adjusted, shrunk progression per provider, with flags for providers that do clearly worse than their peers.")
        {
            database, municipality, format,
        };
        command.SetAction(async (result, ct) =>
        {
            var data = await EvaluateMethodsCommand.LoadAsync(result, result.GetValue(database), result.GetValue(municipality), "mestring benchmark", ct);
            if (data is null)
            {
                return 2;
            }
            var benchmark = EvidenceAnalyses.Providers(data);
            if (!benchmark.IsSuccess)
            {
                await result.InvocationConfiguration.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"mestring benchmark: {benchmark.Error.Message}"));
                return 2;
            }
            var text = string.Equals(result.GetValue(format), "table", StringComparison.OrdinalIgnoreCase)
                ? Table(benchmark.Value)
                : EvidenceJson.Providers(benchmark.Value);
            await result.InvocationConfiguration.Output.WriteLineAsync(text.AsMemory(), ct);
            return 0;
        });
        return command;
    }

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
