using Mestring.Application.Prevention;
using Mestring.Domain.Organisation;

namespace Mestring.Cli.Commands;

/// <summary>
/// <c>mestring prevention enable --legal-basis TEXT --by USER [--database CONN] [--municipality CODE]</c> and
/// <c>mestring prevention disable --by USER [--database CONN] [--municipality CODE]</c>: the municipality's
/// early-detection switch (docs/prevention.md). Each change is audited with who, when and the legal basis.
/// Exit codes: 0 done, 1 a usage problem (no such municipality, blank legal basis).
/// </summary>
public static class PreventionCommands
{
    /// <summary><c>mestring prevention …</c> with <c>enable</c> and <c>disable</c>.</summary>
    public static Command Create() => new("prevention", "Early detection (tidlig opsporing): the municipality's switch and the per-indicator switches.")
    {
        Enable(), Disable(), Indicator(), Area(),
    };

    /// <summary>
    /// <c>mestring prevention area set --team NAME --areas A,B --by USER</c>: the areas (as in <c>citizens.Area</c>) a team
    /// covers; a caseworker's worklist holds the flagged children living in their team's areas. Replaces the team's areas.
    /// </summary>
    private static Command Area()
    {
        var team = new Option<string>("--team") { Description = "The team's name (as in the teams table).", Required = true };
        var areas = new Option<string>("--areas") { Description = "Comma-separated area names (school districts / housing areas as in the citizens' data); empty clears.", Required = true };
        var by = By();
        var database = DatabaseOption.Create();
        var municipality = MunicipalityChoice.CreateOption();
        var set = new Command("set", "Set the areas a team covers for the early-detection worklist.") { team, areas, by, database, municipality };
        set.SetAction((parseResult, ct) => WithSwitchAsync(parseResult, database, municipality, "mestring prevention area", async (switcher, target, stdout, ct2) =>
        {
            var list = parseResult.GetValue(areas)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var (_, assigned) = await switcher.SetTeamAreasAsync(parseResult.GetValue(team)!, list, parseResult.GetValue(by)!, ct2);
            await stdout.WriteLineAsync($"Team {parseResult.GetValue(team)!.Trim()} in {target.Code} covers: {(assigned.Count == 0 ? "(no areas)" : string.Join(", ", assigned))}");
        }, ct));
        return new Command("area", "The areas each team covers for the early-detection worklist.") { set };
    }

    /// <summary>
    /// <c>mestring prevention indicator enable KEY --legal-basis TEXT --by USER</c> and <c>… indicator disable KEY --by USER</c>:
    /// the configured indicators beyond the four family factors (<c>notifications</c>, <c>school_absence</c>), each switched
    /// on under its own legal basis; per-person screening computes only the indicators that are on.
    /// </summary>
    private static Command Indicator()
    {
        static Argument<string> Key() => new("KEY")
        {
            Description = "The indicator: " + string.Join(", ", Mestring.Prevention.Factors.FactorCatalog.DefaultIndicators.Select(i => i.Key)) + ".",
        };
        var enableKey = Key();
        var legalBasis = new Option<string>("--legal-basis") { Description = "The specific legal basis for using this indicator (recorded and audited).", Required = true };
        var enableBy = By();
        var enableDatabase = DatabaseOption.Create();
        var enableMunicipality = MunicipalityChoice.CreateOption();
        var enable = new Command("enable", "Switch one indicator on under a stated legal basis.") { enableKey, legalBasis, enableBy, enableDatabase, enableMunicipality };
        enable.SetAction((parseResult, ct) => RunIndicatorAsync(parseResult, enableDatabase, enableMunicipality, parseResult.GetValue(enableKey)!, async (s, ct2) =>
            await s.SetIndicatorAsync(parseResult.GetValue(enableKey)!, true, parseResult.GetValue(legalBasis), parseResult.GetValue(enableBy)!, ct2), ct));

        var disableKey = Key();
        var disableBy = By();
        var disableDatabase = DatabaseOption.Create();
        var disableMunicipality = MunicipalityChoice.CreateOption();
        var disable = new Command("disable", "Switch one indicator off.") { disableKey, disableBy, disableDatabase, disableMunicipality };
        disable.SetAction((parseResult, ct) => RunIndicatorAsync(parseResult, disableDatabase, disableMunicipality, parseResult.GetValue(disableKey)!, async (s, ct2) =>
            await s.SetIndicatorAsync(parseResult.GetValue(disableKey)!, false, null, parseResult.GetValue(disableBy)!, ct2), ct));
        return new Command("indicator", "Per-indicator switches (indicators beyond the four family factors).") { enable, disable };
    }

    private static Task<int> RunIndicatorAsync(
        ParseResult parseResult, Option<string?> database, Option<string?> municipality, string key,
        Func<PreventionSwitch, CancellationToken, Task<Domain.Prevention.PreventionSettings>> change, CancellationToken ct) =>
        WithSwitchAsync(parseResult, database, municipality, "mestring prevention indicator", async (switcher, target, stdout, ct2) =>
        {
            var settings = await change(switcher, ct2);
            var entry = settings.Indicators.Single(i => i.Key == key.Trim());
            var at = entry.ChangedAt.ToString("O", CultureInfo.InvariantCulture);
            await stdout.WriteLineAsync(entry.Enabled
                ? $"Indicator {entry.Key} is ON for {target.Code} ({target.Name}) — by {entry.ChangedBy} at {at}; legal basis: {entry.LegalBasis}"
                : $"Indicator {entry.Key} is OFF for {target.Code} ({target.Name}) — by {entry.ChangedBy} at {at}.");
            if (entry.Enabled && !settings.Enabled)
            {
                await stdout.WriteLineAsync("Note: early detection itself is switched off; the indicator is used once `mestring prevention enable` is run.");
            }
        }, ct);

    private static Option<string> By() => new("--by") { Description = "The user who decides the change (recorded and audited).", Required = true };

    private static Command Enable()
    {
        var legalBasis = new Option<string>("--legal-basis")
        {
            Description = "The specific legal basis for screening citizens (recorded and audited).",
            Required = true,
        };
        var by = By();
        var database = DatabaseOption.Create();
        var municipality = MunicipalityChoice.CreateOption();
        var command = new Command("enable", "Switch per-person early detection on for the municipality, under a stated legal basis.")
        {
            legalBasis, by, database, municipality,
        };
        command.SetAction((parseResult, ct) => RunAsync(parseResult, database, municipality, enable: true, async (s, ct2) =>
            await s.EnableAsync(parseResult.GetValue(legalBasis)!, parseResult.GetValue(by)!, ct2), ct));
        return command;
    }

    private static Command Disable()
    {
        var by = By();
        var database = DatabaseOption.Create();
        var municipality = MunicipalityChoice.CreateOption();
        var command = new Command("disable", "Switch per-person early detection off (aggregate counts stay available).")
        {
            by, database, municipality,
        };
        command.SetAction((parseResult, ct) => RunAsync(parseResult, database, municipality, enable: false, async (s, ct2) =>
            await s.DisableAsync(parseResult.GetValue(by)!, ct2), ct));
        return command;
    }

    private static Task<int> RunAsync(
        ParseResult parseResult, Option<string?> database, Option<string?> municipality, bool enable,
        Func<PreventionSwitch, CancellationToken, Task<Domain.Prevention.PreventionSettings>> change, CancellationToken ct) =>
        WithSwitchAsync(parseResult, database, municipality, "mestring prevention", async (switcher, target, stdout, ct2) =>
        {
            var settings = await change(switcher, ct2);
            var at = settings.ChangedAt?.ToString("O", CultureInfo.InvariantCulture);
            await stdout.WriteLineAsync(enable
                ? $"Early detection is ON for {target.Code} ({target.Name}) — by {settings.ChangedBy} at {at}; legal basis: {settings.LegalBasis}"
                : $"Early detection is OFF for {target.Code} ({target.Name}) — by {settings.ChangedBy} at {at}; aggregates only.");
        }, ct);

    /// <summary>
    /// Opens the database, resolves the municipality and runs one audited change through its <see cref="PreventionSwitch"/>:
    /// 0 when done; 1 for an unknown municipality or a refused change (the field and reason on stderr).
    /// </summary>
    private static async Task<int> WithSwitchAsync(
        ParseResult parseResult, Option<string?> database, Option<string?> municipality, string commandName,
        Func<PreventionSwitch, Municipality, TextWriter, CancellationToken, Task> change, CancellationToken ct)
    {
        var stderr = parseResult.InvocationConfiguration.Error;
        await using var db = await DatabaseOption.OpenAsync(parseResult.GetValue(database), commandName, ct);
        var target = await MunicipalityChoice.ResolveAsync(db, parseResult.GetValue(municipality), stderr, ct);
        if (target is null)
        {
            return CliErrors.Usage;
        }
        var switcher = new PreventionSwitch(db, target.Id, TimeProvider.System, new SystemActor("mestring prevention"));
        try
        {
            await change(switcher, target, parseResult.InvocationConfiguration.Output, ct);
            return CliErrors.Ok;
        }
        catch (ValidationException e)
        {
            await stderr.WriteLineAsync(string.Join("; ", e.Errors.SelectMany(kv => kv.Value.Select(m => $"{kv.Key} {m}"))));
            return CliErrors.Usage;
        }
    }
}
