using Mestring.Application.Evidence;

namespace Mestring.Cli.Commands;

/// <summary>
/// The common shape of the evidence verbs (<c>evaluate --methods</c>, <c>benchmark</c>, <c>stop-list</c>): open the
/// database, choose the municipality, load its evidence data (<see cref="MunicipalityEvidence"/>), run one analysis and
/// write it as JSON or a table. Every failure exits with 2.
/// </summary>
internal static class EvidenceVerb
{
    /// <summary>A verb with <c>--database</c>, <c>--municipality</c> and <c>--format json|table</c>.</summary>
    public static Command Create<T>(
        string name, string description, Func<EvidenceData, Result<T>> analyse, Func<T, string> json, Func<T, string> table)
    {
        var database = DatabaseOption.Create();
        var municipality = MunicipalityChoice.CreateOption("Municipality code (required when the database holds more than one).");
        var format = new Option<string>("--format") { Description = "json | table", DefaultValueFactory = _ => "json" };
        var command = new Command(name, description) { database, municipality, format };
        command.SetAction((result, ct) => RunAsync(result, result.GetValue(database), result.GetValue(municipality), result.GetValue(format),
            "mestring " + name, analyse, json, table, ct));
        return command;
    }

    /// <summary>Runs one analysis on the chosen municipality's data and writes it; 0 when done, 2 on any refusal.</summary>
    public static async Task<int> RunAsync<T>(
        ParseResult result, string? connection, string? municipality, string? format, string verb,
        Func<EvidenceData, Result<T>> analyse, Func<T, string> json, Func<T, string> table, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(result);
        var stderr = result.InvocationConfiguration.Error;
        Result<T> answer;
        await using (var db = await DatabaseOption.OpenAsync(connection, verb, ct))
        {
            var target = await MunicipalityChoice.ResolveAsync(db, municipality, stderr, ct);
            if (target is null)
            {
                return CliErrors.Invalid;
            }
            var data = await MunicipalityEvidence.LoadAsync(db, target, ct);
            if (!data.IsSuccess)
            {
                return await CliErrors.ReportAsync(data.Error, stderr, verb);
            }
            answer = analyse(data.Value);
        }
        if (!answer.IsSuccess)
        {
            return await CliErrors.ReportAsync(answer.Error, stderr, verb);
        }
        var text = string.Equals(format, "table", StringComparison.OrdinalIgnoreCase) ? table(answer.Value) : json(answer.Value);
        await result.InvocationConfiguration.Output.WriteLineAsync(text.AsMemory(), ct);
        return 0;
    }
}
