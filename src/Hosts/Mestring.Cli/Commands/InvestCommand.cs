using Mestring.Application.Investments;
using Mestring.Economics.Output;
using Mestring.Reports;

namespace Mestring.Cli.Commands;

/// <summary>
/// <c>mestring invest CASE.json [--draws N] [--seed S] [--threads T] [--format json|table|xlsx] [--out FILE]</c>:
/// evaluates a social investment case (specs/investment-case.md) without touching the database, through the same use
/// case and limits as the API (<see cref="CaseEvaluation"/>). Exit codes: 0 done, 1 a usage or file problem, 2 an
/// invalid case or options over the limits (every error on stderr as <c>$.path: reason</c>).
/// </summary>
public static class InvestCommand
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create()
    {
        var file = new Argument<string>("CASE.json") { Description = "The investment case as JSON (see docs/economics.md)." };
        var draws = new Option<int>("--draws") { Description = $"Monte Carlo draws (0 = none, the default; at most {CaseEvaluation.MaxDraws})." };
        draws.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0)
            {
                r.AddError("--draws must be 0 or more.");
            }
        });
        var seed = new Option<long>("--seed") { Description = "Seed of the Monte Carlo generator (default 1); the same seed gives the same numbers.", DefaultValueFactory = _ => 1 };
        var threads = new Option<int>("--threads") { Description = $"Threads for Monte Carlo (default 1, at most {CaseEvaluation.MaxThreads}); results do not depend on it.", DefaultValueFactory = _ => 1 };
        threads.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--threads must be 1 or more.");
            }
        });
        var format = new Option<string>("--format") { Description = "json (default, the spec's result), table (for terminals) or xlsx (needs --out).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "table", "xlsx");
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output." };

        var command = new Command("invest", "Evaluate a social investment case: NPV, BCR, break-even, cash flows per budget holder, Monte Carlo and tornado.")
        {
            file, draws, seed, threads, format, output,
        };
        command.SetStreamAction(async (parseResult, stdout, stderr, ct) =>
        {
            var path = parseResult.GetValue(file)!;
            var kind = parseResult.GetValue(format) ?? "json";
            var outPath = parseResult.GetValue(output);
            if (kind == "xlsx" && string.IsNullOrWhiteSpace(outPath))
            {
                await stderr.WriteLineAsync("--format xlsx writes a binary workbook; give the file with --out FILE.xlsx.");
                return CliErrors.Usage;
            }

            string json;
            try
            {
                json = await File.ReadAllTextAsync(path, ct);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                await stderr.WriteLineAsync($"Cannot read the case file '{path}': {e.Message}");
                return CliErrors.Usage;
            }

            var evaluated = CaseEvaluation.Evaluate(json, parseResult.GetValue(draws), parseResult.GetValue(seed), parseResult.GetValue(threads));
            if (!evaluated.IsSuccess)
            {
                // Errors of the case are keyed by JSON path ($…); an option over the limits by its name (draws, threads).
                var fields = evaluated.Error.Fields ?? new Dictionary<string, string[]>();
                if (!fields.Keys.All(k => k.StartsWith('$')))
                {
                    foreach (var (option, messages) in fields)
                    {
                        await stderr.WriteLineAsync($"--{option} {string.Join(" ", messages)}.");
                    }
                    return CliErrors.ExitCodeOf(evaluated.Error.Kind);
                }
                var count = fields.Sum(f => f.Value.Length);
                await stderr.WriteLineAsync($"The investment case in '{path}' is invalid ({count.ToString(CultureInfo.InvariantCulture)} error{(count == 1 ? "" : "s")}):");
                return await CliErrors.ReportAsync(evaluated.Error, stderr);
            }
            var (result, investmentCase) = (evaluated.Value.Result, evaluated.Value.Case);

            try
            {
                switch (kind)
                {
                    case "xlsx":
                        await File.WriteAllBytesAsync(outPath!, InvestmentWorkbook.Build(result, investmentCase, json), ct);
                        break;
                    default:
                        var text = kind == "table" ? ResultTableFormatter.Format(result) : ResultJsonWriter.ToJson(result) + "\n";
                        if (string.IsNullOrWhiteSpace(outPath))
                        {
                            await stdout.WriteAsync(text);
                        }
                        else
                        {
                            await File.WriteAllTextAsync(outPath, text, Utf8NoBom, ct);
                        }
                        break;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                await stderr.WriteLineAsync($"Cannot write '{outPath}': {e.Message}");
                return CliErrors.Usage;
            }
            return CliErrors.Ok;
        });
        return command;
    }
}
