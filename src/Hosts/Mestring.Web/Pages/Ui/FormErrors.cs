using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Mestring.Web.Pages.Ui;

/// <summary>
/// Puts the domain's (English) field errors into the form's model state in the reader's language, next to the
/// field they concern. Unknown messages fall back to a general Danish sentence rather than English.
/// </summary>
public static partial class FormErrors
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["is required"] = "Feltet skal udfyldes.",
        ["must be an FFB Aktivitet og deltagelse condition"] = "Vælg en tilstand under Aktivitet og deltagelse.",
        ["must be lower (better) than the baseline for a goal to develop function"] = "Når målet er at udvikle funktionsevne, skal målniveauet være lavere (bedre) end udgangsniveauet.",
        ["must be a level from 0 to 4 (or not assessed)"] = "Vælg et niveau fra 0 til 4 eller \"Ikke vurderet\".",
        ["must be a law and paragraph, e.g. SEL-85 or BL-32"] = "Skriv lov og paragraf, fx SEL-85 eller BL-32.",
        ["must not be negative"] = "Værdien må ikke være negativ.",
        ["is before the start"] = "Slutdatoen ligger før startdatoen.",
        ["must be from 1 to 10"] = "Vælg et tal fra 1 til 10.",
        ["must not be in the future"] = "Datoen må ikke ligge i fremtiden.",
        ["at least one condition must be rated"] = "Vurdér mindst én tilstand.",
        ["is not a registered provider"] = "Vælg en registreret leverandør.",
        ["is not a goal this intervention serves"] = "Indsatsen arbejder ikke med det mål.",
        ["is not a goal of the citizen's plan"] = "Målet er ikke en del af borgerens plan.",
    };

    [GeneratedRegex(@"^must be at most (\d+) characters$", RegexOptions.CultureInvariant)]
    private static partial Regex MaxLength();

    /// <summary>Adds each error under the form field that <paramref name="fieldOf"/> maps the domain's field name to.</summary>
    public static void Add(ModelStateDictionary modelState, IStringLocalizer t, ValidationException error, Func<string, string> fieldOf)
    {
        foreach (var (field, messages) in error.Errors)
        {
            foreach (var message in messages)
            {
                modelState.AddModelError(fieldOf(field), Translate(t, message));
            }
        }
    }

    /// <summary>A broken business rule (e.g. answering an order twice) for the summary at the top.</summary>
    public static void Add(ModelStateDictionary modelState, IStringLocalizer t, DomainException error) =>
        modelState.AddModelError(string.Empty, t[error.Code switch
        {
            "intervention.invalid-transition" => "Handlingen passer ikke til indsatsens status. Genindlæs siden og prøv igen.",
            "intervention.not-active" => "Der kan kun skrives fremskridt på en aktiv indsats.",
            "intervention.continue-is-not-end" => "En beslutning om at fortsætte afslutter ikke indsatsen.",
            _ => "Handlingen kunne ikke gennemføres. Genindlæs siden og prøv igen.",
        }]);

    public static string Translate(IStringLocalizer t, string message)
    {
        if (Known.TryGetValue(message, out var danish))
        {
            return t[danish];
        }
        var max = MaxLength().Match(message);
        if (max.Success)
        {
            return t["Teksten må højst være {0} tegn.", int.Parse(max.Groups[1].Value, CultureInfo.InvariantCulture)];
        }
        return t["Værdien er ikke gyldig."];
    }

    /// <summary>Parses a date from &lt;input type=date&gt; (ISO); adds a Danish error and returns null when it cannot.</summary>
    public static DateOnly? Date(ModelStateDictionary modelState, IStringLocalizer t, string field, string? value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                modelState.AddModelError(field, t["Vælg en dato."]);
            }
            return null;
        }
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)
            || DateOnly.TryParse(value.Trim(), CultureInfo.CurrentCulture, DateTimeStyles.None, out iso))
        {
            return iso;
        }
        modelState.AddModelError(field, t["Skriv datoen som dd-mm-åååå."]);
        return null;
    }

    /// <summary>Parses an amount the way the reader writes it (Danish "520,50"); adds an error when it cannot.</summary>
    public static decimal? Number(ModelStateDictionary modelState, IStringLocalizer t, string field, string? value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                modelState.AddModelError(field, t["Feltet skal udfyldes."]);
            }
            return null;
        }
        var text = value.Trim().Replace(" ", "", StringComparison.Ordinal);
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.CurrentCulture, out var number) && number >= 0)
        {
            return number;
        }
        modelState.AddModelError(field, t["Skriv et tal, fx 4 eller 4,5."]);
        return null;
    }

    /// <summary>Requires a non-blank text; adds an error when it is missing.</summary>
    public static string? Text(ModelStateDictionary modelState, IStringLocalizer t, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            modelState.AddModelError(field, t["Feltet skal udfyldes."]);
            return null;
        }
        return value.Trim();
    }
}
