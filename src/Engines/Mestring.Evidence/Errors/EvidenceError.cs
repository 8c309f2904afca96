namespace Mestring.Evidence.Errors;

/// <summary>Kinds of expected failure when reading data or estimating an effect.</summary>
public enum EvidenceErrorCode
{
    /// <summary>A column named in the request (or required by the reader) is not in the data.</summary>
    MissingColumn,

    /// <summary>A cell that must be numeric could not be parsed with the invariant culture.</summary>
    NonNumericValue,

    /// <summary>The CSV text is structurally broken (no header, wrong field count, unterminated quote).</summary>
    MalformedCsv,

    /// <summary>The treatment column holds values other than 0 and 1.</summary>
    NonBinaryTreatment,

    /// <summary>One of the arms (treated or control) has no rows.</summary>
    EmptyTreatmentGroup,

    /// <summary>A covariate takes a single value, so it carries no information and breaks the models.</summary>
    ConstantCovariate,

    /// <summary>Treated and controls do not overlap on the propensity score, so no comparison is possible.</summary>
    NoOverlap,

    /// <summary>The request itself is inconsistent (e.g. did without a pre-period outcome, ratio below 1).</summary>
    InvalidRequest,
}

/// <summary>A typed, expected failure with a message an analyst can act on.</summary>
/// <param name="Code">What kind of failure.</param>
/// <param name="Message">Plain explanation naming the column, line or value involved.</param>
public sealed record EvidenceError(EvidenceErrorCode Code, string Message);
