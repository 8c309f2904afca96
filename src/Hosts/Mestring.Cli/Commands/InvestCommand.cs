using System.CommandLine;
using System.Globalization;
using System.Text;
using Mestring.Economics.Calculation;
using Mestring.Economics.Cases;
using Mestring.Economics.Output;
using Mestring.Reports;

namespace Mestring.Cli.Commands;

/// <summary>
/// <c>mestring invest CASE.json [--draws N] [--seed S] [--threads T] [--format json|table|xlsx] [--out FILE]</c>:
/// evaluates a social investment case (specs/investment-case.md) without touching the database.
/// Exit codes: 0 done, 1 a usage or file problem, 2 an invalid case (every error on stderr as <c>$.path: reason</c>).
/// </summary>
public static class InvestCommand
{
    /// <summary>The case was evaluated and written.</summary>
    public const int Ok = 0;

    /// <summary>The file could not be read or written, or the options do not fit together.</summary>
    public const int UsageError = 1;

    /// <summary>The case is invalid; every error is on stderr.</summary>
    public const int InvalidCase = 2;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create()
    {
        var file = new Argument<string>("CASE.json") { Description = "The investment case as JSON (see docs/economics.md)." };
        var draws = new Option<int>("--draws") { Description = "Monte Carlo draws (0 = none, the default)." };
        draws.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0)
            {
                r.AddError("--draws must be 0 or more.");
            }
        });
        var seed = new Option<long>("--seed") { Description = "Seed of the Monte Carlo generator (default 1); the same seed gives the same numbers.", DefaultValueFactory = _ => 1 };
        var threads = new Option<int>("--threads") { Description = "Threads for Monte Carlo (default 1); results do not depend on it.", DefaultValueFactory = _ => 1 };
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
        command.SetAction(async (parseResult, ct) =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var path = parseResult.GetValue(file)!;
            var kind = parseResult.GetValue(format) ?? "json";
            var outPath = parseResult.GetValue(output);
            if (kind == "xlsx" && string.IsNullOrWhiteSpace(outPath))
            {
                await stderr.WriteLineAsync("--format xlsx writes a binary workbook; give the file with --out FILE.xlsx.");
                return UsageError;
            }

            string json;
            try
            {
                json = await File.ReadAllTextAsync(path, ct);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                await stderr.WriteLineAsync($"Cannot read the case file '{path}': {e.Message}");
                return UsageError;
            }

            var (investmentCase, errors) = InvestmentCaseReader.Parse(json);
            if (investmentCase is null || errors.Count > 0)
            {
                await stderr.WriteLineAsync($"The investment case in '{path}' is invalid ({errors.Count.ToString(CultureInfo.InvariantCulture)} error{(errors.Count == 1 ? "" : "s")}):");
                foreach (var error in errors)
                {
                    await stderr.WriteLineAsync(error.ToString());
                }
                return InvalidCase;
            }

            var result = InvestmentEngine.Evaluate(investmentCase, new EvaluationOptions
            {
                Draws = parseResult.GetValue(draws),
                Seed = parseResult.GetValue(seed),
                Threads = parseResult.GetValue(threads),
            });

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
                return UsageError;
            }
            return Ok;
        });
        return command;
    }
}
