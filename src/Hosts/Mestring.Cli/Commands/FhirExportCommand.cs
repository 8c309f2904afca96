using Mestring.Application.Reporting;

namespace Mestring.Cli.Commands;

/// <summary>
/// <c>mestring export fhir --out DIR [--since DATE] [--until DATE] [--database CONN] [--municipality CODE] [--sts-organisation UUID]</c>:
/// FFB delivery reports for KL Gateway (KLFFBReporting), one bundle per changed citizen and day, written as
/// <c>DIR/{day}_{citizen}.json</c> with the delivery log <c>DIR/delivery-log.ndjson</c> (docs/fhir.md).
/// Exit codes: 0 written (validation findings are reported and logged), 1 usage, 2 invalid input, 3 database.
/// </summary>
public static class FhirExportCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "The folder to write the delivery reports to (created if missing).", Required = true };
        var since = new Option<string?>("--since") { Description = "First day to deliver (yyyy-MM-dd); one delivery per day up to today. Default: from the delivery log, or — the first time — everyone's current picture as today's delivery." };
        var until = new Option<string?>("--until") { Description = "Last day to deliver (yyyy-MM-dd), with --since: re-deliver a past range. Default: today." };
        var database = DatabaseOption.Create();
        var municipality = new Option<string?>("--municipality") { Description = "Municipality code to report. Default: the only municipality in the database." };
        var sts = new Option<string?>("--sts-organisation") { Description = "The municipality's KOMBIT STS organisation id (UUID) for Patient.managingOrganization." };
        var command = new Command("fhir", "Write FFB delivery reports (FHIR R4, KLFFBReporting) for KL Gateway: one bundle per changed citizen, at most one day per delivery.")
        {
            output, since, until, database, municipality, sts,
        };
        command.SetStreamAction(async (parseResult, stdout, stderr, ct) =>
        {
            DateOnly? from = null;
            if (parseResult.GetValue(since) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    await stderr.WriteLineAsync($"--since '{text}' is not a date (yyyy-MM-dd).");
                    return 2;
                }
                from = parsed;
            }
            DateOnly? to = null;
            if (parseResult.GetValue(until) is { } untilText)
            {
                if (!DateOnly.TryParseExact(untilText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsedUntil))
                {
                    await stderr.WriteLineAsync($"--until '{untilText}' is not a date (yyyy-MM-dd).");
                    return 2;
                }
                to = parsedUntil;
            }
            await using var db = await DatabaseOption.OpenAsync(parseResult.GetValue(database), "mestring export", ct);
            if (await MunicipalityChoice.ResolveAsync(db, parseResult.GetValue(municipality), stderr, ct) is not { } target)
            {
                return 1;
            }
            var dir = parseResult.GetValue(output)!;
            Result<FfbExportReport> result;
            try
            {
                result = await new FfbExport(db, TimeProvider.System, new SystemActor("mestring export"))
                    .ExportAsync(new FfbExportRequest(dir, from, target.Id, parseResult.GetValue(sts), to), ct);
            }
            catch (IOException e)
            {
                await stderr.WriteLineAsync($"Cannot write '{dir}': {e.Message}");
                return 1;
            }
            if (result.Error is { } error)
            {
                return await CliErrors.ReportAsync(error, stderr, "export fhir");
            }
            var report = result.Value!;
            if (report.StsOrganisationIsStandIn)
            {
                await stderr.WriteLineAsync("Note: no --sts-organisation given; managingOrganization carries a stand-in id derived from the municipality code.");
            }
            foreach (var day in report.Days)
            {
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{day.Day:yyyy-MM-dd} {day.Bundles,8:N0} bundles {day.Resources,10:N0} resources {day.Withdrawn,6:N0} withdrawn {day.SkippedWithoutCpr,6:N0} without CPR {day.Invalid,6:N0} with validation issues {day.Elapsed.TotalSeconds,7:0.00} s"));
                await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"  phases: load {day.Phases[0].TotalSeconds:0.00} s, build {day.Phases[1].TotalSeconds:0.00} s, write {day.Phases[2].TotalSeconds:0.00} s, check {day.Phases[3].TotalSeconds:0.00} s"));
                foreach (var group in day.Issues.GroupBy(i => i.Rule, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
                {
                    await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"    {group.Key}: {group.Count()} ({group.First().Message})"));
                }
            }
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{report.Days.Sum(d => d.Bundles):N0} bundles in {report.Elapsed.TotalSeconds:0.00} s → {dir}"));
            return 0;
        });
        return command;
    }
}
