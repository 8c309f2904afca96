namespace Mestring.Economics.Cases;

/// <summary>
/// One problem with an investment case: where (a JSON path such as <c>$.effects[1].outcome</c>), a stable
/// machine code the UI can translate, and an English reason. For malformed JSON the line and position
/// (both 1-based) are set.
/// </summary>
public sealed record CaseError(string Path, string Code, string Message)
{
    /// <summary>1-based line of a JSON syntax error.</summary>
    public long? Line { get; init; }

    /// <summary>1-based byte position within the line of a JSON syntax error.</summary>
    public long? Position { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>The stable codes of <see cref="CaseError"/>.</summary>
public static class CaseErrorCodes
{
    /// <summary>The text is not valid JSON.</summary>
    public const string MalformedJson = "malformed_json";
    /// <summary>A required field is missing.</summary>
    public const string Required = "required";
    /// <summary>A field has the wrong JSON type (e.g. a string where a number is expected).</summary>
    public const string WrongType = "wrong_type";
    /// <summary>A number is outside its allowed range.</summary>
    public const string OutOfRange = "out_of_range";
    /// <summary>A year range is reversed (fromYear after toYear).</summary>
    public const string YearOrder = "year_order";
    /// <summary>An effect names an outcome that the case does not define.</summary>
    public const string UnknownOutcome = "unknown_outcome";
    /// <summary>An outcome has no prices.</summary>
    public const string NoPrices = "no_prices";
    /// <summary>A per-year baseline does not have horizonYears + 1 values.</summary>
    public const string BaselineLength = "baseline_length";
    /// <summary>An effect has both or neither of relativeChange and absoluteChange.</summary>
    public const string ChangeChoice = "change_choice";
    /// <summary>Two outcomes share an id.</summary>
    public const string Duplicate = "duplicate";
}

/// <summary>Thrown when an invalid case reaches the engine; carries all the errors.</summary>
public sealed class InvalidInvestmentCaseException : Exception
{
    /// <summary>Creates the exception from the validation errors.</summary>
    public InvalidInvestmentCaseException(IReadOnlyList<CaseError> errors)
        : base("Invalid investment case: " + string.Join("; ", errors)) => Errors = errors;

    /// <summary>Creates the exception with a message.</summary>
    public InvalidInvestmentCaseException() : this([]) { }

    /// <summary>Creates the exception with a message.</summary>
    public InvalidInvestmentCaseException(string message) : base(message) => Errors = [];

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public InvalidInvestmentCaseException(string message, Exception inner) : base(message, inner) => Errors = [];

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<CaseError> Errors { get; }
}
