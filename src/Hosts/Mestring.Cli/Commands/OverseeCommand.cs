using System.CommandLine;
using System.Globalization;
using System.Text;
using Mestring.Application.Oversight;
using Mestring.Cli.Hosting;
using Mestring.Oversight;

namespace Mestring.Cli.Commands;

/// <summary>
/// <c>mestring oversee [--database CONN] [--municipality CODE] [--format json|table] [--price-index FILE]</c>: the oversight
/// signals of the municipality's providers (docs/oversight.md) — providerId, kind, severity, fingerprint and evidence —
/// from <see cref="MunicipalityOversight"/>, the same engine and data as GET /api/v1/oversight/signals.
/// Exit codes: 0 done, 2 invalid input (e.g. a bad price index), 3 database.
/// </summary>
public static class OverseeCommand
{
    public static Command Create()
    {
        var database = DatabaseOption.Create();
        var municipality = new Option<string?>("--municipality") { Description = "Municipality code (required when the database holds more than one)." };
        var format = new Option<string>("--format") { Description = "json | table", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "table");
        var priceIndex = new Option<string?>("--price-index") { Description = "A price index file (year,index) instead of the shipped one." };
        var command = new Command("oversee", "Oversight signals of the providers: takster, takstloft, billing, people links and supervision scores.")
        {
            database, municipality, format, priceIndex,
        };
        command.SetAction(async (result, ct) =>
        {
            const string verb = "mestring oversee";
            var stderr = result.InvocationConfiguration.Error;
            IReadOnlyList<Signal> signals;
            await using (var db = await DatabaseOption.OpenAsync(result.GetValue(database), verb, ct))
            {
                var target = await MunicipalityChoice.ResolveAsync(db, result.GetValue(municipality), stderr, ct);
                if (target is null)
                {
                    return CliErrors.Invalid;
                }
                var answer = await MunicipalityOversight.RunAsync(db, target, result.GetValue(priceIndex), ct);
                if (!answer.IsSuccess)
                {
                    return await CliErrors.ReportAsync(answer.Error, stderr, verb);
                }
                signals = answer.Value;
            }
            var text = result.GetValue(format) == "table" ? Table(signals) : OversightJson.Signals(signals);
            await result.InvocationConfiguration.Output.WriteLineAsync(text.AsMemory(), ct);
            return 0;
        });
        return command;
    }

    private static string Table(IReadOnlyList<Signal> signals)
    {
        var b = new StringBuilder();
        b.AppendLine(CultureInfo.InvariantCulture, $"{"providerId",-12} {"kind",-31} {"severity",-8}  evidence");
        foreach (var s in signals)
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"{s.ProviderId,-12} {s.Kind,-31} {OversightJson.SeverityCode(s.Severity),-8}  {s.Evidence.Summary}");
        }
        b.Append(CultureInfo.InvariantCulture, $"{signals.Count} signal(s) at {signals.Select(s => s.ProviderId).Distinct(StringComparer.Ordinal).Count()} provider(s).");
        return b.ToString();
    }
}
