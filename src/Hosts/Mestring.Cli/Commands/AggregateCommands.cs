using System.Text.Json;
using Mestring.Application.Reporting.Exchange;

namespace Mestring.Cli.Commands;

/// <summary>
/// <c>mestring export aggregates --out FILE [--from-year Y] [--to-year Y]</c> and <c>mestring import aggregates FILE</c>:
/// the inter-municipal aggregate exchange (docs/aggregate-exchange.md) — counts and sums only, small cells suppressed.
/// </summary>
public static class AggregateCommands
{
    public static Command CreateExport()
    {
        var output = new Option<string>("--out") { Description = "The aggregate file to write (JSON, format mestring-aggregates 1).", Required = true };
        var from = new Option<int?>("--from-year") { Description = "First year (default: nine years before --to-year)." };
        var to = new Option<int?>("--to-year") { Description = "Last year (default: this year)." };
        var database = DatabaseOption.Create();
        var municipality = new Option<string?>("--municipality") { Description = "Municipality code. Default: the only municipality in the database." };
        var command = new Command("aggregates", "Write the municipality's shareable aggregates (counts and sums, small cells suppressed).")
        {
            output, from, to, database, municipality,
        };
        command.SetAction(async (parse, ct) =>
        {
            var stderr = parse.InvocationConfiguration.Error;
            await using var db = await DatabaseOption.OpenAsync(parse.GetValue(database), "mestring export", ct);
            if (await MunicipalityChoice.ResolveAsync(db, parse.GetValue(municipality), stderr, ct) is not { } target)
            {
                return 1;
            }
            var result = await AggregateExchange.ForJob(db, TimeProvider.System, new SystemActor("mestring export"))
                .ExportAsync(target.Id, parse.GetValue(from), parse.GetValue(to), ct);
            if (result.Error is { } error)
            {
                return await CliErrors.ReportAsync(error, stderr, "export aggregates");
            }
            var file = parse.GetValue(output)!;
            await File.WriteAllBytesAsync(file, JsonSerializer.SerializeToUtf8Bytes(result.Value!, AggregateExchangeJson.Default.AggregateFile), ct);
            var cells = result.Value!.Measures.Sum(m => m.Cells.Count);
            await parse.InvocationConfiguration.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{cells} cells → {file}"));
            return 0;
        });
        return command;
    }

    public static Command CreateImport()
    {
        var input = new Argument<string>("file") { Description = "Another municipality's aggregate file." };
        var database = DatabaseOption.Create();
        var municipality = new Option<string?>("--municipality") { Description = "The importing municipality's code. Default: the only one." };
        var command = new Command("aggregates", "Import another municipality's aggregate file for comparison.") { input, database, municipality };
        command.SetAction(async (parse, ct) =>
        {
            var stderr = parse.InvocationConfiguration.Error;
            var path = parse.GetValue(input)!;
            if (!File.Exists(path))
            {
                await stderr.WriteLineAsync($"No file '{path}'.");
                return 1;
            }
            await using var db = await DatabaseOption.OpenAsync(parse.GetValue(database), "mestring import", ct);
            if (await MunicipalityChoice.ResolveAsync(db, parse.GetValue(municipality), stderr, ct) is not { } target)
            {
                return 1;
            }
            await using var stream = File.OpenRead(path);
            var result = await AggregateExchange.ForJob(db, TimeProvider.System, new SystemActor("mestring import")).ImportAsync(target.Id, stream, ct);
            if (result.Error is { } error)
            {
                return await CliErrors.ReportAsync(error, stderr, "import aggregates");
            }
            var s = result.Value!;
            await parse.InvocationConfiguration.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"municipality {s.Municipality}: {s.Cells} cells ({s.Suppressed} suppressed) imported"));
            return 0;
        });
        return command;
    }
}
