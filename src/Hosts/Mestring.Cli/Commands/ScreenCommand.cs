using System.Text.Json;
using Mestring.Application.Prevention;
using Mestring.Prevention.Aggregate;
using Mestring.Prevention.Screen;

namespace Mestring.Cli.Commands;

/// <summary>
/// <c>mestring screen [--database CONN] [--municipality CODE] [--as-of DATE] [--format json|csv] [--out FILE] [--aggregate]</c>
/// (docs/prevention.md). Per person: personId, factors (keys), score, tier — only when the municipality's switch is on
/// (<c>mestring prevention enable</c>); every run is audited with the legal basis, a refused attempt too.
/// <c>--aggregate</c> (area counts, small cells suppressed) works with the switch off.
/// Exit codes: 0 done, 1 a usage problem, 4 refused (early detection is switched off).
/// </summary>
public static class ScreenCommand
{
    public const string RefusalMessage =
        "Tidlig opsporing er slået fra for denne kommune / early detection is switched off for this municipality; " +
        "enable it with `mestring prevention enable --legal-basis TEXT --by USER` (aggregate counts: `mestring screen --aggregate`).";

    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true };

    public static Command Create()
    {
        var database = DatabaseOption.Create();
        var municipality = MunicipalityChoice.CreateOption();
        var asOf = new Option<string?>("--as-of") { Description = "As-of date (yyyy-MM-dd). Default: today (UTC)." };
        var format = new Option<string>("--format") { Description = "Output format: json or csv.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv");
        var output = new Option<string?>("--out") { Description = "Write to FILE instead of standard output." };
        var aggregate = new Option<bool>("--aggregate") { Description = "Area counts only (small cells suppressed); allowed with the switch off." };
        var command = new Command("screen", "Early detection: the documented family factors per child (switch on) or area counts (--aggregate).")
        {
            database, municipality, asOf, format, output, aggregate,
        };
        command.SetAction(async (parseResult, ct) =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            DateOnly date;
            var asOfText = parseResult.GetValue(asOf);
            if (string.IsNullOrWhiteSpace(asOfText))
            {
                date = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
            }
            else if (!DateOnly.TryParseExact(asOfText.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                await stderr.WriteLineAsync($"--as-of '{asOfText}' is not a date (yyyy-MM-dd).");
                return CliErrors.Usage;
            }

            await using var db = await DatabaseOption.OpenAsync(parseResult.GetValue(database), "mestring screen", ct);
            var target = await MunicipalityChoice.ResolveAsync(db, parseResult.GetValue(municipality), stderr, ct);
            if (target is null)
            {
                return CliErrors.Usage;
            }
            var switcher = new PreventionSwitch(db, target.Id, TimeProvider.System, new SystemActor("mestring screen"));
            var settings = await switcher.FindAsync(ct);
            var perPerson = !parseResult.GetValue(aggregate);
            if (perPerson && settings is not { Enabled: true })
            {
                await switcher.RecordRefusalAsync("screen refused: early detection is switched off", ct);
                return await CliErrors.ReportAsync(PreventionErrors.Off with { Message = RefusalMessage }, stderr);
            }

            var population = await new PopulationLoader(db, target.Id).LoadAsync(date.Year, ct);
            var options = ScreeningSetup.Options(date, settings);
            var csv = parseResult.GetValue(format) == "csv";
            var file = parseResult.GetValue(output);
            string text;
            int rows;
            if (perPerson)
            {
                var result = Screening.Run(population.Columns, options);
                text = csv ? PersonsCsv(result) : PersonsJson(result);
                rows = result.Count;
                await switcher.RecordScreeningAsync(settings!.LegalBasis, ct);
            }
            else
            {
                var result = AggregateScreening.Run(population.Columns, options, AreaColumn.FromNames(population.AreaPerPerson));
                text = csv ? AggregateCsv(result) : AggregateJson(result);
                rows = result.Areas.Count;
            }

            if (string.IsNullOrWhiteSpace(file))
            {
                await stdout.WriteAsync(text);
            }
            else
            {
                await File.WriteAllTextAsync(file, text, new UTF8Encoding(false), ct);
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{(perPerson ? "Screened" : "Aggregated")} {target.Code} ({target.Name}) as of {date:yyyy-MM-dd}: {rows:N0} {(perPerson ? "children" : "areas")} → {file}"));
            }
            return CliErrors.Ok;
        });
        return command;
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, JsonOptions))
        {
            write(writer);
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static string PersonsJson(ScreeningResult r) => Json(w =>
    {
        w.WriteStartArray();
        for (var i = 0; i < r.Count; i++)
        {
            w.WriteStartObject();
            w.WriteString("personId", r.PersonId(i));
            w.WriteStartArray("factors");
            foreach (var key in r.FactorKeysOf(i))
            {
                w.WriteStringValue(key);
            }
            w.WriteEndArray();
            w.WriteNumber("score", r.Score[i]);
            w.WriteString("tier", TierNames.Danish(r.Tier[i]));
            w.WriteEndObject();
        }
        w.WriteEndArray();
    });

    private static string PersonsCsv(ScreeningResult r)
    {
        var sb = new StringBuilder("personId,factors,score,tier\n");
        for (var i = 0; i < r.Count; i++)
        {
            sb.Append(Csv(r.PersonId(i))).Append(',').Append(Csv(string.Join(';', r.FactorKeysOf(i)))).Append(',')
                .Append(r.Score[i].ToString(CultureInfo.InvariantCulture)).Append(',').Append(TierNames.Danish(r.Tier[i])).Append('\n');
        }
        return sb.ToString();
    }

    private static string AggregateJson(AggregateResult r) => Json(w =>
    {
        w.WriteStartObject();
        w.WriteString("asOf", r.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteNumber("referenceYear", r.ReferenceYear);
        w.WriteNumber("minimumCellSize", r.MinimumCellSize);
        w.WriteStartArray("factorKeys");
        foreach (var key in r.FactorKeys)
        {
            w.WriteStringValue(key);
        }
        w.WriteEndArray();
        w.WriteStartArray("areas");
        foreach (var area in r.Areas)
        {
            WriteArea(w, r, area);
        }
        w.WriteEndArray();
        w.WritePropertyName("total");
        WriteArea(w, r, r.Total);
        w.WriteEndObject();
    });

    private static void WriteArea(Utf8JsonWriter w, AggregateResult r, AreaAggregate a)
    {
        static void Count(Utf8JsonWriter w, string name, CellCount c)
        {
            if (c.Value is { } v)
            {
                w.WriteNumber(name, v);
            }
            else
            {
                w.WriteNull(name);
            }
        }
        w.WriteStartObject();
        w.WriteString("area", a.Area);
        Count(w, "children", a.Children);
        w.WriteStartObject("withFactor");
        for (var k = 0; k < r.FactorKeys.Count; k++)
        {
            Count(w, r.FactorKeys[k], a.WithFactor[k]);
        }
        w.WriteEndObject();
        w.WriteStartObject("atLeast");
        for (var k = 0; k < a.AtLeast.Count; k++)
        {
            Count(w, (k + 1).ToString(CultureInfo.InvariantCulture), a.AtLeast[k]);
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static string AggregateCsv(AggregateResult r)
    {
        var sb = new StringBuilder("area,children");
        foreach (var key in r.FactorKeys)
        {
            sb.Append(',').Append(Csv(key));
        }
        for (var k = 1; k <= r.MaxK; k++)
        {
            sb.Append(",at_least_").Append(k.ToString(CultureInfo.InvariantCulture));
        }
        sb.Append('\n');
        foreach (var a in r.Areas.Append(r.Total with { Area = "(i alt)" }))
        {
            sb.Append(Csv(a.Area)).Append(',').Append(a.Children.Display);
            foreach (var c in a.WithFactor.Concat(a.AtLeast))
            {
                sb.Append(',').Append(c.Display);
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
