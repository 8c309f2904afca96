using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Mestring.Data.Evidence;
using Mestring.Evidence.Data;
using Mestring.Evidence.Providers;

namespace Mestring.Cli.Commands;

/// <summary>
/// <c>mestring benchmark [--database CONN] [--municipality CODE] [--format json|table]</c>: case-mix adjusted progression
/// per provider (<see cref="ProviderBenchmark"/>: expected progression from an OLS on the case mix, observed − expected
/// per provider, empirical-Bayes shrinkage, flagged when the shrunken 95 % interval lies wholly below zero). Case mix:
/// intervention type (each has its own typical progression), baseline level, age ≥ 50 and sex; the named method's
/// effect (estimated within providers, <see cref="EvaluateMethodsCommand"/>) is subtracted first — it is the method's, not the provider's. The provider itself is not in the model.
/// </summary>
public static class BenchmarkCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var database = DatabaseOption.Create();
        var municipality = new Option<string?>("--municipality") { Description = "Municipality code (default: the only one, else " + SeedCommand.DefaultCode + ")." };
        var format = new Option<string>("--format") { Description = "json | table", DefaultValueFactory = _ => "json" };
        var command = new Command("benchmark", "Case-mix adjusted, shrunk progression per provider, with flags for providers that do clearly worse.")
        {
            database, municipality, format,
        };
        command.SetAction(async (result, ct) =>
        {
            var rows = await EvaluateMethodsCommand.LoadAsync(result, result.GetValue(database), result.GetValue(municipality), "mestring benchmark", ct);
            if (rows is null)
            {
                return 2;
            }
            var benchmark = Analyse(rows);
            if (!benchmark.IsSuccess)
            {
                await result.InvocationConfiguration.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"mestring benchmark: {benchmark.Error.Message}"));
                return 2;
            }
            var text = string.Equals(result.GetValue(format), "table", StringComparison.OrdinalIgnoreCase)
                ? Table(benchmark.Value)
                : ProviderBenchmarkJson.Write(benchmark.Value);
            await result.InvocationConfiguration.Output.WriteLineAsync(text.AsMemory(), ct);
            return 0;
        });
        return command;
    }

    /// <summary>Benchmarks the providers in the rows.</summary>
    public static Mestring.Evidence.Errors.EvidenceResult<IReadOnlyList<ProviderResult>> Analyse(IReadOnlyList<ProgressionRow> rows)
    {
        // The method's own effect is taken out first, with the within-provider estimates of evaluate --methods: a method
        // dummy in the pooled case-mix model would soak up the effect of the few providers that offer that method.
        var methodEffects = EvaluateMethodsCommand.Analyse(rows).Where(m => double.IsFinite(m.Estimate))
            .ToDictionary(m => m.Method, m => m.Estimate, StringComparer.Ordinal);
        var adjusted = rows.Select(r => methodEffects.TryGetValue(r.Method, out var effect) ? r with { Progression = r.Progression - effect } : r).ToList();
        var (numeric, text) = ProgressionDataset.ToColumns(adjusted, null, ("type", r => r.InterventionType));
        var data = new Dataset(numeric, text);
        var caseMix = numeric.Select(c => c.Key)
            .Where(k => k is "baseline" or "age50" or "female" || k.StartsWith("type:", StringComparison.Ordinal))
            .Where(k => data.Column(k) is var x && x.Length > 0 && !Array.TrueForAll(x, v => v == x[0]))
            .ToList();
        return ProviderBenchmark.Run(data, new ProviderBenchmarkRequest("provider", "progression", caseMix));
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
