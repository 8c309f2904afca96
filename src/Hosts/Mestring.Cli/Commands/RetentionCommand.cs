using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Mestring.Application.Privacy;
using Mestring.Data.Auditing;
using Mestring.Data.Tenancy;
using Mestring.Domain.Common;

namespace Mestring.Cli.Commands;

/// <summary>
/// <c>mestring retention [--database CONN] [--municipality CODE] [--years N] [--as-of DATE] [--dry-run] [--format json|table]</c>:
/// removes the personal content of cases closed more than N years ago (default 5, or <c>MESTRING_RETENTION_YEARS</c>),
/// as <see cref="CaseRetention"/> describes; <c>--dry-run</c> counts and changes nothing. JSON:
/// { yearsAfterClosure, closedBefore, dryRun, cases, rows: { table: n }, citizenIds }. Exit codes: 0 done, 1 usage.
/// </summary>
public static class RetentionCommand
{
    public const string YearsVariable = "MESTRING_RETENTION_YEARS";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var database = DatabaseOption.Create();
        var municipality = MunicipalityChoice.CreateOption();
        var years = new Option<int?>("--years") { Description = $"Retention period after case closure, in whole years (default {YearsVariable} or 5)." };
        var asOf = new Option<string?>("--as-of") { Description = "Today, for the cut-off (yyyy-MM-dd). Default: today (Danish time)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Count what would be removed; change nothing." };
        var format = new Option<string>("--format") { Description = "json | table", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "table");
        var command = new Command("retention", "Remove the personal content of cases closed longer ago than the retention period (GDPR storage limitation).")
        {
            database, municipality, years, asOf, dryRun, format,
        };
        command.SetAction(async (parseResult, ct) =>
        {
            var stderr = parseResult.InvocationConfiguration.Error;
            var period = parseResult.GetValue(years) ?? FromEnvironment();
            if (period is not (>= 1 and <= 100))
            {
                await stderr.WriteLineAsync($"mestring retention: the retention period must be 1–100 whole years (--years or {YearsVariable}).");
                return Hosting.CliErrors.Usage;
            }
            var today = DanishCalendar.DayOf(TimeProvider.System.GetUtcNow());
            var asOfText = parseResult.GetValue(asOf);
            if (!string.IsNullOrWhiteSpace(asOfText) && !DateOnly.TryParseExact(asOfText.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out today))
            {
                await stderr.WriteLineAsync($"mestring retention: --as-of '{asOfText}' is not a date (yyyy-MM-dd).");
                return Hosting.CliErrors.Usage;
            }
            RetentionReport report;
            await using (var db = await DatabaseOption.OpenAsync(parseResult.GetValue(database), "mestring retention", ct))
            {
                var target = await MunicipalityChoice.ResolveAsync(db, parseResult.GetValue(municipality), stderr, ct);
                if (target is null)
                {
                    return Hosting.CliErrors.Usage;
                }
                var audit = new AuditTrail(db, new SystemActor("mestring retention"), new FixedTenantContext(target.Id), TimeProvider.System);
                report = await CaseRetention.RunAsync(db, audit, target.Id, period.Value, today, parseResult.GetValue(dryRun), ct);
            }
            var text = parseResult.GetValue(format) == "table" ? Table(report) : JsonSerializer.Serialize(report, Json);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(text.AsMemory(), ct);
            return 0;
        });
        return command;
    }

    private static int? FromEnvironment() =>
        Environment.GetEnvironmentVariable(YearsVariable) is { Length: > 0 } v
            ? int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : -1
            : 5;

    private static string Table(RetentionReport r)
    {
        var b = new StringBuilder();
        b.AppendLine(CultureInfo.InvariantCulture, $"{(r.DryRun ? "Dry run: would remove" : "Removed")} the content of {r.Cases} case(s) closed before {r.ClosedBefore:yyyy-MM-dd} ({r.YearsAfterClosure} years).");
        foreach (var (table, n) in r.Rows)
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"{table,-36} {n,8}");
        }
        return b.ToString().TrimEnd();
    }
}
