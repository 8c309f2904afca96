namespace Mestring.Economics.Catalogue;

/// <summary>
/// One problem with a catalogue: where (a JSON path such as <c>$.outcomes[2].prices[0].se</c>), a stable code the
/// hosts turn into text (English for the API, Danish for the editor), the value involved (an id, a holder) and the
/// numbers involved (a year and the index's range, the years of an effect, a line and position).
/// </summary>
public sealed record CatalogueError(string Path, string Code, string? Value = null, IReadOnlyList<double>? Numbers = null)
{
    /// <summary>The i-th number, or null.</summary>
    public double? Number(int i) => Numbers is { } n && i < n.Count ? n[i] : null;
}

/// <summary>The stable codes of <see cref="CatalogueError"/>.</summary>
public static class CatalogueErrorCodes
{
    /// <summary>The text is not JSON of the catalogue's shape (Numbers: line and position when known).</summary>
    public const string MalformedJson = "malformed_json";
    /// <summary>A required field is blank.</summary>
    public const string Required = "required";
    /// <summary>The price index has no years.</summary>
    public const string NoPriceIndex = "no_price_index";
    /// <summary>A price index value is not a positive number (Numbers: the value).</summary>
    public const string NotPositive = "not_positive";
    /// <summary>The catalogue has no outcomes.</summary>
    public const string NoOutcomes = "no_outcomes";
    /// <summary>An entry of a list is not an object.</summary>
    public const string NotAnObject = "not_an_object";
    /// <summary>An id is not 1–60 lower-case letters, digits and _ (Value: the id).</summary>
    public const string InvalidId = "invalid_id";
    /// <summary>Two outcomes share an id (Value: the id).</summary>
    public const string DuplicateOutcome = "duplicate_outcome";
    /// <summary>Two methods share an id (Value: the id).</summary>
    public const string DuplicateMethod = "duplicate_method";
    /// <summary>An outcome's price year is not in the price index (Numbers: the year, the index's first and last year).</summary>
    public const string PriceYearNotIndexed = "price_year_not_indexed";
    /// <summary>An outcome has no prices.</summary>
    public const string NoPrices = "no_prices";
    /// <summary>A budget holder is not dotted lower-case names such as kommune.social (Value: the holder).</summary>
    public const string InvalidHolder = "invalid_holder";
    /// <summary>An outcome has two prices for one holder (Value: the holder).</summary>
    public const string DuplicateHolder = "duplicate_holder";
    /// <summary>A figure is not a finite number.</summary>
    public const string NotANumber = "not_a_number";
    /// <summary>A standard error is negative.</summary>
    public const string Negative = "negative";
    /// <summary>The list of methods is missing.</summary>
    public const string MethodsMissing = "methods_missing";
    /// <summary>An effect names an outcome the catalogue does not have (Value: the outcome).</summary>
    public const string UnknownOutcome = "unknown_outcome";
    /// <summary>An effect has both or neither of relativeChange and absoluteChange.</summary>
    public const string ChangeChoice = "change_choice";
    /// <summary>A relative change is below −1 (more than all of it removed) (Numbers: the change).</summary>
    public const string BelowMinusOne = "below_minus_one";
    /// <summary>An effect's years do not satisfy 0 ≤ fromYear ≤ toYear (Numbers: fromYear, toYear).</summary>
    public const string YearOrder = "year_order";
    /// <summary>A decay per year is outside 0…1 (Numbers: the decay).</summary>
    public const string DecayRange = "decay_range";
}
