using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Mestring.Economics.Catalogue;

/// <summary>
/// The one rule set for a municipality's catalogue, whether it arrives as JSON (the API) or from the structured
/// editor: what the case builder relies on (ids, prices, effects that refer to outcomes) and what makes a figure
/// traceable (a unit, a source). Errors carry a path and a code; the hosts word them.
/// </summary>
public static partial class CatalogueValidator
{
    [GeneratedRegex("^[a-z0-9_]{1,60}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z0-9_]+(\\.[a-z0-9_]+)*$")]
    private static partial Regex HolderPattern();

    /// <summary>Parses a catalogue with <see cref="KnowledgeCatalogue.Parse"/> and validates it.</summary>
    public static (KnowledgeCatalogue? Catalogue, IReadOnlyList<CatalogueError> Errors) Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        KnowledgeCatalogue catalogue;
        try
        {
            catalogue = KnowledgeCatalogue.Parse(json);
        }
        catch (JsonException e)
        {
            IReadOnlyList<double>? where = e.LineNumber is { } line ? [line + 1, (e.BytePositionInLine ?? 0) + 1] : null;
            return (null, [new CatalogueError(string.IsNullOrEmpty(e.Path) ? "$" : e.Path, CatalogueErrorCodes.MalformedJson, null, where)]);
        }
        var errors = Validate(catalogue);
        return (errors.Count == 0 ? catalogue : null, errors);
    }

    /// <summary>Every problem of the catalogue, in document order; empty when it is valid.</summary>
    public static IReadOnlyList<CatalogueError> Validate(KnowledgeCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var errors = new List<CatalogueError>();
        if (string.IsNullOrWhiteSpace(catalogue.CatalogueVersion))
        {
            errors.Add(new("$.catalogueVersion", CatalogueErrorCodes.Required));
        }
        var years = catalogue.PriceIndex?.Values;
        if (years is not { Count: > 0 })
        {
            errors.Add(new("$.priceIndex.values", CatalogueErrorCodes.NoPriceIndex));
        }
        else
        {
            foreach (var (year, value) in years)
            {
                if (!(value > 0) || !double.IsFinite(value))
                {
                    errors.Add(new($"$.priceIndex.values.{year.ToString(CultureInfo.InvariantCulture)}", CatalogueErrorCodes.NotPositive, null, [value]));
                }
            }
        }
        if (catalogue.Outcomes is not { Count: > 0 })
        {
            errors.Add(new("$.outcomes", CatalogueErrorCodes.NoOutcomes));
        }
        else
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < catalogue.Outcomes.Count; i++)
            {
                ValidateOutcome(catalogue.Outcomes[i], $"$.outcomes[{Index(i)}]", years, ids, errors);
            }
        }
        if (catalogue.Methods is null)
        {
            errors.Add(new("$.methods", CatalogueErrorCodes.MethodsMissing));
        }
        else
        {
            var outcomeIds = (catalogue.Outcomes ?? []).Where(o => o is not null && !string.IsNullOrWhiteSpace(o.Id)).Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
            var methodIds = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < catalogue.Methods.Count; i++)
            {
                ValidateMethod(catalogue.Methods[i], $"$.methods[{Index(i)}]", outcomeIds, methodIds, errors);
            }
        }
        return errors;
    }

    private static void ValidateOutcome(CatalogueOutcome? o, string at, IReadOnlyDictionary<int, double>? years, HashSet<string> ids, List<CatalogueError> errors)
    {
        if (o is null)
        {
            errors.Add(new(at, CatalogueErrorCodes.NotAnObject));
            return;
        }
        ValidateId(o.Id, at + ".id", ids, CatalogueErrorCodes.DuplicateOutcome, errors);
        if (string.IsNullOrWhiteSpace(o.Name))
        {
            errors.Add(new(at + ".name", CatalogueErrorCodes.Required));
        }
        if (years is { Count: > 0 } && !years.ContainsKey(o.PriceYear))
        {
            errors.Add(new(at + ".priceYear", CatalogueErrorCodes.PriceYearNotIndexed, null, [o.PriceYear, years.Keys.Min(), years.Keys.Max()]));
        }
        if (o.Prices is not { Count: > 0 })
        {
            errors.Add(new(at + ".prices", CatalogueErrorCodes.NoPrices));
        }
        else
        {
            var holders = new HashSet<string>(StringComparer.Ordinal);
            for (var j = 0; j < o.Prices.Count; j++)
            {
                ValidatePrice(o.Prices[j], $"{at}.prices[{Index(j)}]", holders, errors);
            }
        }
        if (string.IsNullOrWhiteSpace(o.Unit))
        {
            errors.Add(new(at + ".unit", CatalogueErrorCodes.Required));
        }
        if (string.IsNullOrWhiteSpace(o.Source))
        {
            errors.Add(new(at + ".source", CatalogueErrorCodes.Required));
        }
    }

    private static void ValidatePrice(CataloguePrice? p, string at, HashSet<string> holders, List<CatalogueError> errors)
    {
        if (p is null || string.IsNullOrWhiteSpace(p.Holder))
        {
            errors.Add(new(at + ".holder", CatalogueErrorCodes.Required));
        }
        else if (!HolderPattern().IsMatch(p.Holder))
        {
            errors.Add(new(at + ".holder", CatalogueErrorCodes.InvalidHolder, p.Holder));
        }
        else if (!holders.Add(p.Holder))
        {
            errors.Add(new(at + ".holder", CatalogueErrorCodes.DuplicateHolder, p.Holder));
        }
        if (p is null)
        {
            return;
        }
        if (!double.IsFinite(p.UnitCost))
        {
            errors.Add(new(at + ".unitCost", CatalogueErrorCodes.NotANumber));
        }
        if (p.Se is { } se && (se < 0 || !double.IsFinite(se)))
        {
            errors.Add(new(at + ".se", CatalogueErrorCodes.Negative));
        }
    }

    private static void ValidateMethod(CatalogueMethod? m, string at, HashSet<string> outcomeIds, HashSet<string> methodIds, List<CatalogueError> errors)
    {
        if (m is null)
        {
            errors.Add(new(at + ".id", CatalogueErrorCodes.Required));
            return;
        }
        ValidateId(m.Id, at + ".id", methodIds, CatalogueErrorCodes.DuplicateMethod, errors);
        if (string.IsNullOrWhiteSpace(m.Name))
        {
            errors.Add(new(at + ".name", CatalogueErrorCodes.Required));
        }
        for (var j = 0; j < (m.Effects?.Count ?? 0); j++)
        {
            ValidateEffect(m.Effects![j], $"{at}.effects[{Index(j)}]", outcomeIds, errors);
        }
    }

    private static void ValidateEffect(CatalogueEffect? e, string at, HashSet<string> outcomeIds, List<CatalogueError> errors)
    {
        if (e is null || string.IsNullOrWhiteSpace(e.Outcome))
        {
            errors.Add(new(at + ".outcome", CatalogueErrorCodes.Required));
            if (e is null)
            {
                return;
            }
        }
        else if (!outcomeIds.Contains(e.Outcome))
        {
            errors.Add(new(at + ".outcome", CatalogueErrorCodes.UnknownOutcome, e.Outcome));
        }
        if ((e.RelativeChange is null) == (e.AbsoluteChange is null))
        {
            errors.Add(new(at, CatalogueErrorCodes.ChangeChoice));
        }
        if (e.FromYear < 0 || e.ToYear < e.FromYear)
        {
            errors.Add(new(at + ".toYear", CatalogueErrorCodes.YearOrder, null, [e.FromYear, e.ToYear]));
        }
        if (e.DecayPerYear is < 0 or > 1 || double.IsNaN(e.DecayPerYear))
        {
            errors.Add(new(at + ".decayPerYear", CatalogueErrorCodes.DecayRange, null, [e.DecayPerYear]));
        }
        if (e.Se is { } se && (se < 0 || !double.IsFinite(se)))
        {
            errors.Add(new(at + ".se", CatalogueErrorCodes.Negative));
        }
        if (e.RelativeChange is { } relative)
        {
            if (!double.IsFinite(relative))
            {
                errors.Add(new(at + ".relativeChange", CatalogueErrorCodes.NotANumber));
            }
            else if (relative < -1)
            {
                errors.Add(new(at + ".relativeChange", CatalogueErrorCodes.BelowMinusOne, null, [relative]));
            }
        }
        if (e.AbsoluteChange is { } absolute && !double.IsFinite(absolute))
        {
            errors.Add(new(at + ".absoluteChange", CatalogueErrorCodes.NotANumber));
        }
        if (string.IsNullOrWhiteSpace(e.Source))
        {
            errors.Add(new(at + ".source", CatalogueErrorCodes.Required));
        }
    }

    private static void ValidateId(string? id, string at, HashSet<string> seen, string duplicateCode, List<CatalogueError> errors)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            errors.Add(new(at, CatalogueErrorCodes.Required));
        }
        else if (!IdPattern().IsMatch(id))
        {
            errors.Add(new(at, CatalogueErrorCodes.InvalidId, id));
        }
        else if (!seen.Add(id))
        {
            errors.Add(new(at, duplicateCode, id));
        }
    }

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);
}
