using Mestring.Economics.Catalogue;

namespace Mestring.Application.Investments;

/// <summary>The API's English wording of <see cref="CatalogueError"/> codes (the editor words them in Danish).</summary>
public static class CatalogueErrorText
{
    public static string English(CatalogueError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Code switch
        {
            CatalogueErrorCodes.MalformedJson => "malformed or mistyped JSON" + (error.Number(0) is { } line
                ? $" at line {Whole(line)}, position {Whole(error.Number(1) ?? 1)}"
                : ""),
            CatalogueErrorCodes.Required => "is required",
            CatalogueErrorCodes.NoPriceIndex => "is required: at least one year with an index value",
            CatalogueErrorCodes.NotPositive => "must be a positive number",
            CatalogueErrorCodes.NoOutcomes => "is required: at least one outcome",
            CatalogueErrorCodes.NotAnObject => "must be an object",
            CatalogueErrorCodes.InvalidId => $"'{error.Value}' is not an id: use 1–60 lower-case letters, digits and _",
            CatalogueErrorCodes.DuplicateOutcome => $"'{error.Value}' is used by more than one outcome",
            CatalogueErrorCodes.DuplicateMethod => $"'{error.Value}' is used by more than one method",
            CatalogueErrorCodes.PriceYearNotIndexed => $"{Whole(error.Number(0) ?? 0)} is not in the price index",
            CatalogueErrorCodes.NoPrices => "is required: at least one { holder, unitCost }",
            CatalogueErrorCodes.InvalidHolder => $"'{error.Value}' is not a budget holder such as kommune.social or region.sundhed",
            CatalogueErrorCodes.DuplicateHolder => $"'{error.Value}' already has a price for this outcome",
            CatalogueErrorCodes.NotANumber => "must be a finite number",
            CatalogueErrorCodes.Negative => "must not be negative",
            CatalogueErrorCodes.MethodsMissing => "is required (may be empty)",
            CatalogueErrorCodes.UnknownOutcome => $"unknown outcome '{error.Value}': it is not among the ids in $.outcomes",
            CatalogueErrorCodes.ChangeChoice => "give exactly one of relativeChange and absoluteChange",
            CatalogueErrorCodes.BelowMinusOne => "must not be below -1 (more than all of the outcome removed)",
            CatalogueErrorCodes.YearOrder => "the years must satisfy 0 ≤ fromYear ≤ toYear",
            CatalogueErrorCodes.DecayRange => "must be between 0 and 1",
            _ => error.Code,
        };
    }

    /// <summary>The errors as one Invalid error keyed by JSON path, each path's messages in order.</summary>
    public static Error Invalid(IReadOnlyList<CatalogueError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return Error.Invalid(errors.GroupBy(e => e.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(English).ToArray(), StringComparer.Ordinal));
    }

    private static string Whole(double value) => ((long)value).ToString(CultureInfo.InvariantCulture);
}
