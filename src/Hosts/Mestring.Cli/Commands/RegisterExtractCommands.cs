using Mestring.Application.Registers;
using Mestring.Registers;

namespace Mestring.Cli.Commands;

/// <summary>
/// <c>mestring import register-extract DIR [--database CONN] [--municipality CODE]</c> and
/// <c>mestring export register-extract --out DIR [--database CONN] [--municipality CODE]</c> (docs/register-extract.md).
/// Exit codes: 0 done, 1 a usage or folder problem, 2 a bad row (stderr: <c>FILE line N, column C: reason</c>; nothing of
/// that file is kept, files before it stay imported), 3 a database error while loading a file.
/// </summary>
public static class RegisterExtractCommands
{
    /// <summary>The municipality an import goes into without <c>--municipality</c>.</summary>
    public const string DefaultImportCode = "000";
    public const string DefaultImportName = "Register-import";

    /// <summary><c>mestring import …</c> with its <c>register-extract</c> subcommand.</summary>
    public static Command CreateImport() => new("import", "Import data into the database.") { Import(), AggregateCommands.CreateImport() };

    /// <summary><c>mestring export …</c> with its <c>register-extract</c> subcommand.</summary>
    public static Command CreateExport() => new("export", "Export data from the database.") { Export(), FhirExportCommand.Create(), AggregateCommands.CreateExport() };

    private static Command Import()
    {
        var folder = new Argument<string>("DIR") { Description = "The register-extract folder (persons.csv, household_years.csv, …)." };
        var command = new Command("register-extract", "Load a register-extract folder: streaming, each file in one transaction, upsert by natural key.") { folder };
        return Verb(command, $"Municipality code to import into (created if missing). Default: {DefaultImportCode} \"{DefaultImportName}\".", async (parseResult, verb, ct) =>
        {
            var (stdout, stderr) = (verb.Stdout, verb.Stderr);
            var dir = parseResult.GetValue(folder)!;
            if (!Directory.Exists(dir))
            {
                await stderr.WriteLineAsync($"The folder '{dir}' does not exist.");
                return CliErrors.Usage;
            }
            if (!RegisterExtractFolder.LoadOrder.Any(f => File.Exists(Path.Combine(dir, f))))
            {
                await stderr.WriteLineAsync($"The folder '{dir}' holds none of the register-extract files ({string.Join(", ", RegisterExtractFolder.LoadOrder)}).");
                return CliErrors.Usage;
            }
            await using var db = await DatabaseOption.OpenAsync(verb.Database, "mestring import", ct);
            var target = await ImportMunicipality.ResolveOrCreateAsync(db, verb.Municipality, DefaultImportCode, DefaultImportName, ct);
            var importer = new RegisterExtractImporter(db, target.Id, TimeProvider.System, new SystemActor("mestring import"));
            await stdout.WriteLineAsync($"Importing {dir} into municipality {target.Code} ({target.Name})");
            try
            {
                importer.ImportFolder(dir, r => stdout.WriteLine(Describe(r)));
            }
            catch (RegisterFormatException e)
            {
                await stderr.WriteLineAsync(e.Error.Message);
                await stderr.WriteLineAsync("Nothing of the folder was imported (rolled back).");
                return CliErrors.Invalid;
            }
            catch (RegisterImportException e)
            {
                await stderr.WriteLineAsync(e.Message);
                return CliErrors.Unavailable;
            }
            return CliErrors.Ok;
        });
    }

    internal static string Describe(RegisterFileReport r) => string.Create(CultureInfo.InvariantCulture,
        $"{r.File,-20} {r.Rows,12:N0} rows {r.Changed,12:N0} inserted or changed  {r.Elapsed.TotalSeconds,7:0.00} s  {r.RowsPerSecond,10:N0} rows/s");

    private static Command Export()
    {
        var output = new Option<string>("--out") { Description = "The folder to write (created if missing).", Required = true };
        var command = new Command("register-extract", "Write a register-extract folder: pseudonymous ids, no names or CPR, canonical order and format.") { output };
        return Verb(command, "Municipality code to export. Default: the only municipality in the database.", async (parseResult, verb, ct) =>
        {
            var dir = parseResult.GetValue(output)!;
            await using var db = await DatabaseOption.OpenAsync(verb.Database, "mestring export", ct);
            if (await MunicipalityChoice.ResolveAsync(db, verb.Municipality, verb.Stderr, ct) is not { } target)
            {
                return CliErrors.Usage;
            }
            try
            {
                var counts = new RegisterExtractExporter(db, target.Id, TimeProvider.System, new SystemActor("mestring export")).ExportFolder(dir);
                foreach (var (file, rows) in counts)
                {
                    await verb.Stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{file,-20} {rows,12:N0} rows"));
                }
            }
            catch (IOException e)
            {
                await verb.Stderr.WriteLineAsync($"Cannot write '{dir}': {e.Message}");
                return CliErrors.Usage;
            }
            return CliErrors.Ok;
        });
    }

    /// <summary>What both register-extract verbs are given besides their folder: the database, the municipality, the writers.</summary>
    private sealed record VerbInput(string? Database, string? Municipality, TextWriter Stdout, TextWriter Stderr);

    /// <summary>Adds <c>--database</c> and <c>--municipality</c> to a register-extract verb and sets its action.</summary>
    private static Command Verb(Command command, string municipalityHelp, Func<ParseResult, VerbInput, CancellationToken, Task<int>> run)
    {
        var database = DatabaseOption.Create();
        var municipality = MunicipalityChoice.CreateOption(municipalityHelp);
        command.Options.Add(database);
        command.Options.Add(municipality);
        command.SetStreamAction((parseResult, stdout, stderr, ct) =>
            run(parseResult, new VerbInput(parseResult.GetValue(database), parseResult.GetValue(municipality), stdout, stderr), ct));
        return command;
    }
}
