using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Mestring.Application.Children;
using Mestring.Data.Auditing;
using Mestring.Data.Tenancy;

namespace Mestring.Cli.Commands;

/// <summary>
/// <c>mestring deadlines [--database CONN] [--municipality CODE] [--as-of DATE] [--format json|table]</c>: the legal
/// deadlines of children's cases (docs/children.md) — a JSON array of { citizenId, kind, triggeredAt, dueAt, metAt,
/// status }, times ISO 8601 with the Danish offset. <c>--as-of DATE</c> is the end of that Danish day; default now.
/// Every child listed is recorded as read in the audit log. Exit codes: 0 done, 1 usage.
/// </summary>
public static class DeadlinesCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var database = DatabaseOption.Create();
        var municipality = new Option<string?>("--municipality") { Description = "Municipality code (required when the database holds more than one)." };
        var asOf = new Option<string?>("--as-of") { Description = "As of the end of this Danish calendar day (yyyy-MM-dd). Default: now." };
        var format = new Option<string>("--format") { Description = "json | table", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "table");
        var command = new Command("deadlines", "The legal deadlines of children's cases (Barnets Lov): due, overdue, met, met late.")
        {
            database, municipality, asOf, format,
        };
        command.SetAction(async (parseResult, ct) =>
        {
            var stderr = parseResult.InvocationConfiguration.Error;
            var at = TimeProvider.System.GetUtcNow();
            var asOfText = parseResult.GetValue(asOf);
            if (!string.IsNullOrWhiteSpace(asOfText))
            {
                if (!DateOnly.TryParseExact(asOfText.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    await stderr.WriteLineAsync($"mestring deadlines: --as-of '{asOfText}' is not a date (yyyy-MM-dd).");
                    return Hosting.CliErrors.Usage;
                }
                at = ChildDeadlineQueries.EndOf(day);
            }
            IReadOnlyList<DeadlineDto> rows;
            await using (var db = await DatabaseOption.OpenAsync(parseResult.GetValue(database), "mestring deadlines", ct))
            {
                var target = await MunicipalityChoice.ResolveAsync(db, parseResult.GetValue(municipality), stderr, ct);
                if (target is null)
                {
                    return Hosting.CliErrors.Usage;
                }
                var audit = new AuditTrail(db, new SystemActor("mestring deadlines"), new FixedTenantContext(target.Id), TimeProvider.System);
                rows = [.. (await ChildDeadlineQueries.ForMunicipalityAsync(db, audit, target.Id, at, ct)).Select(DeadlineDto.From)];
            }
            var text = parseResult.GetValue(format) == "table" ? Table(rows) : JsonSerializer.Serialize(rows, Json);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(text.AsMemory(), ct);
            return 0;
        });
        return command;
    }

    private static string Table(IReadOnlyList<DeadlineDto> rows)
    {
        var b = new StringBuilder();
        b.AppendLine(CultureInfo.InvariantCulture, $"{"citizenId",-36} {"kind",-16} {"triggeredAt",-25} {"dueAt",-25} {"metAt",-25} status");
        foreach (var r in rows)
        {
            b.AppendLine(CultureInfo.InvariantCulture,
                $"{r.CitizenId,-36} {r.Kind,-16} {Iso(r.TriggeredAt),-25} {Iso(r.DueAt),-25} {(r.MetAt is { } m ? Iso(m) : "-"),-25} {r.Status}");
        }
        return b.ToString().TrimEnd();
    }

    private static string Iso(DateTimeOffset t) => t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
