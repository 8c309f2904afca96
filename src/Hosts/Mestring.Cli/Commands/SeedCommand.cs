using Mestring.Application.Demo;
using Mestring.Application.Registers;
using Mestring.Registers;
using Mestring.Synthetic;
using Spectre.Console;

namespace Mestring.Cli.Commands;

/// <summary>
/// <c>mestring seed [--inhabitants N] [--years Y] [--seed S] [--database CONN] [--truth FILE] [--municipality CODE]</c>:
/// generates a calibrated synthetic municipality (Mestring.Synthetic) and loads its rows through the register-extract
/// bulk import path (the same code as <c>mestring import register-extract</c>, from the generator's rows, not via CSV).
/// The ground truth goes only to <c>--truth FILE</c>, never into the database. Ends with the calibration table.
/// Exit codes: 0 done (calibration printed whatever it shows), 1 a usage problem, 3 a database error.
/// </summary>
public static class SeedCommand
{
    public static Command Create()
    {
        var inhabitants = new Option<int>("--inhabitants") { Description = "Inhabitants at 1 January (default 60,000).", DefaultValueFactory = _ => 60_000 };
        inhabitants.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1000)
            {
                r.AddError("--inhabitants must be at least 1,000.");
            }
        });
        var years = new Option<int>("--years") { Description = "Years of history ending 2025 (default 15).", DefaultValueFactory = _ => 15 };
        years.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--years must be 1 or more.");
            }
        });
        var seed = new Option<ulong>("--seed") { Description = "Seed: the same seed gives the same data on every machine (default 1).", DefaultValueFactory = _ => 1UL };
        var database = DatabaseOption.Create();
        var truth = new Option<string?>("--truth") { Description = "Write the planted ground truth (method and provider effects, anomalies) as JSON to this file." };
        var municipality = MunicipalityChoice.CreateOption($"Municipality code to load into (created if missing). Default: {SyntheticSeed.DefaultCode} \"{SyntheticSeed.DefaultName}\".");
        var command = new Command("seed", "Generate a calibrated synthetic municipality and load it into the database.")
        {
            inhabitants, years, seed, database, truth, municipality,
        };
        command.SetAction(async (parseResult, ct) =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var options = new GeneratorOptions
            {
                Inhabitants = parseResult.GetValue(inhabitants),
                Years = parseResult.GetValue(years),
                Seed = parseResult.GetValue(seed),
            };
            var code = parseResult.GetValue(municipality);
            var truthPath = parseResult.GetValue(truth);
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout) });

            await using var db = await DatabaseOption.OpenAsync(parseResult.GetValue(database), "mestring seed", ct);
            var target = await ImportMunicipality.ResolveOrCreateAsync(db, code, SyntheticSeed.DefaultCode, SyntheticSeed.DefaultName, ct);

            SyntheticMunicipality? generated = null;
            OperationalRecordsReport? operational = null;
            var reports = new List<RegisterFileReport>();
            try
            {
                await console.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                    .StartAsync(async ctx =>
                    {
                        var generate = ctx.AddTask("Generating", maxValue: 1.0);
                        generated = await Task.Run(() => SyntheticMunicipality.Generate(options, new Progress(p =>
                        {
                            generate.Description = Markup.Escape(p.Stage);
                            generate.Value = p.Fraction;
                        })), ct);
                        generate.Description = string.Create(CultureInfo.InvariantCulture, $"Generated {options.Inhabitants:N0} inhabitants × {options.Years} years");
                        generate.Value = 1.0;

                        var counts = generated.RowCounts;
                        var tasks = RegisterExtractFolder.LoadOrder.ToDictionary(
                            f => f, f => ctx.AddTask(f, maxValue: Math.Max(1, counts[f])), StringComparer.Ordinal);
                        // The case records (identity, team, plan, goals, orders, follow-ups) of the citizens with services.
                        var cases = ctx.AddTask("Plans, goals and follow-ups", maxValue: 1.0);
                        var progress = new SyntheticSeedProgress(
                            Rows: new Progress<RegisterImportProgress>(p => tasks[p.File].Value = p.Rows),
                            FileLoaded: r =>
                            {
                                reports.Add(r);
                                tasks[r.File].Value = tasks[r.File].MaxValue;
                            },
                            OperationalLoaded: () => cases.Value = 1.0);
                        var generatedRows = generated;
                        operational = await Task.Run(() => SyntheticSeed.Load(db, target.Id, generatedRows, TimeProvider.System, new SystemActor("mestring seed"), progress).Operational, ct);
                    });
            }
            catch (RegisterImportException e)
            {
                await stderr.WriteLineAsync(e.Message);
                return CliErrors.Unavailable;
            }
            catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException or Mestring.Domain.Common.DomainException or Mestring.Domain.Common.ValidationException)
            {
                await stderr.WriteLineAsync($"operational records: not loaded (rolled back): {e.Message}");
                return CliErrors.Unavailable;
            }

            foreach (var r in reports)
            {
                await stdout.WriteLineAsync(RegisterExtractCommands.Describe(r));
            }
            if (operational is { } o)
            {
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"operational records: {o.Citizens:N0} citizens identified, {o.Plans:N0} plans, {o.Goals:N0} goals, {o.Orders:N0} orders linked, {o.FollowUps:N0} follow-ups in {o.Elapsed.TotalSeconds:0.0} s"));
            }
            if (!string.IsNullOrWhiteSpace(truthPath))
            {
                var folder = Path.GetDirectoryName(Path.GetFullPath(truthPath));
                if (!string.IsNullOrEmpty(folder))
                {
                    Directory.CreateDirectory(folder);
                }
                await File.WriteAllTextAsync(truthPath, generated!.Truth.ToJson() + "\n", new UTF8Encoding(false), ct);
                await stdout.WriteLineAsync($"Ground truth written to {truthPath} (not stored in the database).");
            }
            await stdout.WriteLineAsync();
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Calibration (municipality {target.Code}, seed {options.Seed}, last year {options.LastYear}):"));
            var calibration = Calibration.Compute(generated!);
            await stdout.WriteAsync(Calibration.Format(calibration));
            await stdout.WriteLineAsync(Calibration.AllWithinTolerance(calibration) ? "All figures within tolerance." : "Some figures are OUTSIDE tolerance.");
            return 0;
        });
        return command;
    }

    /// <summary>Reports synchronously on the generating thread (Spectre's progress display refreshes on its own).</summary>
    private sealed class Progress(Action<GenerationProgress> report) : IProgress<GenerationProgress>
    {
        public void Report(GenerationProgress value) => report(value);
    }
}
