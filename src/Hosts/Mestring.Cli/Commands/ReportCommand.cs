using System.Text.Json;
using Mestring.Application.Reporting.Council;

namespace Mestring.Cli.Commands;

/// <summary>
/// <c>mestring report council --out FILE [--from-year Y] [--to-year Y]</c> makes the council report (Excel), stores its
/// record and prints the record's id; <c>mestring report reproduce --id ID [--out FILE]</c> makes it again from the record
/// and says whether the figures are the same (exit 0 same, 5 different). Both take <c>--database</c> and <c>--municipality</c>.
/// </summary>
public static class ReportCommand
{
    public const int DifferentFigures = 5;

    public static Command Create() => new("report", "Reports for the city council, each with a stored record it can be reproduced from.")
    {
        Council(), Reproduce(),
    };

    private static Command Council()
    {
        var output = new Option<string>("--out") { Description = "The Excel file to write (.xlsx).", Required = true };
        var from = new Option<int?>("--from-year") { Description = "First year (default: four years before --to-year)." };
        var to = new Option<int?>("--to-year") { Description = "Last year (default: this year)." };
        var database = DatabaseOption.Create();
        var municipality = new Option<string?>("--municipality") { Description = "Municipality code. Default: the only municipality in the database." };
        var command = new Command("council", "Spending and citizens by legal basis and year (small cells suppressed) as an Excel workbook.")
        {
            output, from, to, database, municipality,
        };
        command.SetAction(async (parse, ct) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            await using var db = await DatabaseOption.OpenAsync(parse.GetValue(database), "mestring report", ct);
            if (await MunicipalityChoice.ResolveAsync(db, parse.GetValue(municipality), stderr, ct) is not { } target)
            {
                return 1;
            }
            var result = await CouncilReports.ForJob(db, TimeProvider.System, new SystemActor("mestring report"))
                .CreateAsync(target.Id, new CouncilReportRequest(parse.GetValue(from), parse.GetValue(to)), ct);
            if (result.Error is { } error)
            {
                return await CliErrors.ReportAsync(error, stderr, "report council");
            }
            return await WriteAsync(result.Value!, parse.GetValue(output)!, stdout, stderr, ct);
        });
        return command;
    }

    private static Command Reproduce()
    {
        var id = new Option<Guid>("--id") { Description = "The report record's id (printed by 'report council').", Required = true };
        var output = new Option<string?>("--out") { Description = "Write the reproduced workbook to this file." };
        var database = DatabaseOption.Create();
        var command = new Command("reproduce", "Make a report again from its record and compare the figures with the original's.") { id, output, database };
        command.SetAction(async (parse, ct) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            await using var db = await DatabaseOption.OpenAsync(parse.GetValue(database), "mestring report", ct);
            var result = await CouncilReports.ForJob(db, TimeProvider.System, new SystemActor("mestring report")).ReproduceAsync(parse.GetValue(id), ct);
            if (result.Error is { } error)
            {
                return await CliErrors.ReportAsync(error, stderr, "report reproduce");
            }
            var r = result.Value!;
            if (parse.GetValue(output) is { } file && await WriteAsync(r.Reproduced, file, stdout, stderr, ct) != 0)
            {
                return 1;
            }
            await stdout.WriteLineAsync(JsonSerializer.Serialize(new
            {
                id = r.Original.Id, sameFigures = r.SameFigures, sameData = r.SameData,
                originalFiguresHash = r.Original.FiguresHash, reproducedFiguresHash = r.Reproduced.FiguresHash,
                originalDataStamp = r.Original.DataStamp, reproducedDataStamp = r.Reproduced.DataStamp,
            }));
            return r.SameFigures ? 0 : DifferentFigures;
        });
        return command;
    }

    private static async Task<int> WriteAsync(CouncilReport report, string file, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        try
        {
            await File.WriteAllBytesAsync(file, CouncilWorkbook.Build(report), ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"Cannot write '{file}': {e.Message}");
            return 1;
        }
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"report {report.Id:D} ({report.Inputs.FromYear}-{report.Inputs.ToYear}, figures sha256 {report.FiguresHash}) → {file}"));
        return 0;
    }
}
