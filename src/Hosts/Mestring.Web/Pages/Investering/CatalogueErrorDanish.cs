using System.Text.RegularExpressions;
using Mestring.Application.Investments;
using Mestring.Economics.Catalogue;

namespace Mestring.Web.Pages.Investering;

/// <summary>
/// The editor's wording of <see cref="CatalogueError"/>s: each error goes to the form field it is about (through
/// <see cref="CatalogueFormRows"/>) with a Danish (localised) message naming the outcome or method and the field.
/// </summary>
public sealed partial class CatalogueErrorDanish(CatalogueForm form, CatalogueFormRows rows, KnowledgeCatalogue built, IStringLocalizer t)
{
    [GeneratedRegex(@"^\$\.(?<list>outcomes|methods)\[(?<i>\d+)\](\.(?<sub>prices|effects)\[(?<j>\d+)\])?(\.(?<field>\w+))?$")]
    private static partial Regex PathPattern();

    /// <summary>The form field (empty for the page as a whole) and the message.</summary>
    public (string Field, string Message) Describe(CatalogueError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error.Path == "$.catalogueVersion")
        {
            return ("Form.CatalogueVersion", t["Katalogversion: skal udfyldes."]);
        }
        if (error.Code == CatalogueErrorCodes.NoOutcomes)
        {
            return ("Form.Outcomes[0].Id", t["Kataloget skal have mindst ét udfald."]);
        }
        var m = PathPattern().Match(error.Path);
        var described = !m.Success ? null
            : m.Groups["list"].Value == "outcomes" ? Outcome(error, Index(m, "i"), m.Groups["sub"].Success ? Index(m, "j") : null, m.Groups["field"].Value)
            : Method(error, Index(m, "i"), m.Groups["sub"].Success ? Index(m, "j") : null, m.Groups["field"].Value);
        return described ?? ("", t["Feltet {0}: {1}", error.Path, CatalogueErrorText.English(error)]);
    }

    private (string, string)? Outcome(CatalogueError error, int i, int? j, string field)
    {
        var row = rows.Outcomes[i];
        var at = $"Form.Outcomes[{row}]";
        var name = form.OutcomeName(row, t);
        if (j is { } price)
        {
            var priceRow = rows.Prices[i][price];
            var pAt = $"{at}.Prices[{priceRow}]";
            var number = priceRow + 1;
            return field switch
            {
                "holder" when error.Code == CatalogueErrorCodes.DuplicateHolder => (pAt + ".Holder", t["Udfald «{0}», pris {1}, budgetholder: «{2}» har allerede en pris for dette udfald.", name, number, error.Value ?? ""]),
                "holder" => (pAt + ".Holder", t["Udfald «{0}», pris {1}, budgetholder: skal udfyldes som fx kommune.social eller region.sundhed.", name, number]),
                "unitCost" => (pAt + ".UnitCost", t["Udfald «{0}», pris {1}, enhedspris: skal være et tal i kroner (negativ for indtægt).", name, number]),
                "se" => (pAt + ".Se", t["Udfald «{0}», pris {1}, standardfejl: må ikke være negativ.", name, number]),
                _ => null,
            };
        }
        return field switch
        {
            "id" when error.Code == CatalogueErrorCodes.DuplicateOutcome => (at + ".Id", t["Udfald «{0}», id: «{1}» bruges allerede af et andet udfald.", name, error.Value ?? ""]),
            "id" => (at + ".Id", t["Udfald «{0}», id: skal udfyldes med små bogstaver, tal og _ (fx herberg_nat).", name]),
            "name" => (at + ".Name", t["Udfald «{0}», navn: skal udfyldes.", name]),
            "unit" => (at + ".Unit", t["Udfald «{0}», enhed: skal udfyldes (fx nat, dag, time).", name]),
            "priceYear" => (at + ".PriceYear", t["Udfald «{0}», prisår: skal være et år i prisindekset ({1}–{2}).", name, Year(error.Number(1)), Year(error.Number(2))]),
            "source" => (at + ".Source", t["Udfald «{0}», kilde: skriv hvor enhedspriserne kommer fra.", name]),
            "prices" => (at + ".Prices[0].Holder", t["Udfald «{0}»: skal have mindst én enhedspris for en budgetholder.", name]),
            _ => null,
        };
    }

    private (string, string)? Method(CatalogueError error, int i, int? j, string field)
    {
        var row = rows.Methods[i];
        var at = $"Form.Methods[{row}]";
        var name = form.MethodName(row, t);
        if (j is not { } effect)
        {
            return field switch
            {
                "id" when error.Code == CatalogueErrorCodes.DuplicateMethod => (at + ".Id", t["Metode «{0}», id: «{1}» bruges allerede af en anden metode.", name, error.Value ?? ""]),
                "id" => (at + ".Id", t["Metode «{0}», id: skal udfyldes med små bogstaver, tal og _ (fx housing_first).", name]),
                "name" => (at + ".Name", t["Metode «{0}», navn: skal udfyldes.", name]),
                _ => null,
            };
        }
        var effectRow = rows.Effects[i][effect];
        var eAt = $"{at}.Effects[{effectRow}]";
        var outcome = built.Methods[i].Effects[effect].Outcome;
        var label = built.Outcomes.FirstOrDefault(x => x.Id == outcome)?.Name ?? outcome;
        return field switch
        {
            "outcome" => (eAt + ".Outcome", t["Metode «{0}», effekt {1}, udfald: vælg et udfald, der findes i kataloget.", name, effectRow + 1]),
            "relativeChange" or "absoluteChange" when error.Code == CatalogueErrorCodes.BelowMinusOne => (eAt + ".Change", t["Metode «{0}», effekt på «{1}», ændring: kan ikke være under -100 %.", name, label]),
            "relativeChange" or "absoluteChange" => (eAt + ".Change", t["Metode «{0}», effekt på «{1}», ændring: skal være et tal.", name, label]),
            "se" => (eAt + ".Se", t["Metode «{0}», effekt på «{1}», standardfejl: må ikke være negativ.", name, label]),
            "toYear" when error.Number(0) is < 0 => (eAt + ".FromYear", t["Metode «{0}», effekt på «{1}», fra år: skal være 0 eller mere.", name, label]),
            "toYear" => (eAt + ".ToYear", t["Metode «{0}», effekt på «{1}», til år: skal være mindst fra år.", name, label]),
            "decayPerYear" => (eAt + ".DecayPercent", t["Metode «{0}», effekt på «{1}», aftagning pr. år: skal være mellem 0 og 100 %.", name, label]),
            "source" => (eAt + ".Source", t["Metode «{0}», effekt på «{1}», kilde: skriv hvor effekten kommer fra.", name, label]),
            _ => null,
        };
    }

    private static int Index(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int Year(double? year) => (int)(year ?? 0);
}
