using System.Globalization;

namespace Mestring.Registers;

/// <summary>The class of a register-extract error, for callers that react by kind rather than by message.</summary>
public enum RegisterErrorKind
{
    /// <summary>A date that is not <c>yyyy-MM-dd</c> or not a real day.</summary>
    BadDate,
    /// <summary>A date or year after the injected 'today'.</summary>
    FutureDate,
    /// <summary>A person or provider id that is neither in the folder nor in the database.</summary>
    UnknownReference,
    /// <summary>An amount that must be ≥ 0 is negative.</summary>
    NegativeAmount,
    /// <summary>A code that is not in FFB, or not in the expected FFB branch.</summary>
    CodeNotInFfb,
    /// <summary>A value outside its range or enumeration, or not a number at all.</summary>
    OutOfRange,
    /// <summary>A required value is empty.</summary>
    MissingValue,
    /// <summary>A required file is absent from the folder.</summary>
    MissingFile,
    /// <summary>A row with more or fewer fields than the header.</summary>
    WrongColumnCount,
    /// <summary>A required column is absent from the header (or a column appears twice).</summary>
    MissingColumn,
    /// <summary>The row's key was already seen in the same file.</summary>
    DuplicateKey,
    /// <summary>Bytes that are not valid UTF-8.</summary>
    InvalidUtf8,
    /// <summary>Broken CSV quoting, an empty file, or dates in the wrong order.</summary>
    Malformed,
}

/// <summary>
/// One error in a register-extract file: where (file, 1-based physical line, column name) and why.
/// <see cref="ToString"/> gives the stable message, e.g.
/// <c>persons.csv line 17, column birth_date: '2001-13-01' is not a valid date (yyyy-MM-dd)</c>.
/// </summary>
/// <param name="File">The file name, e.g. <c>persons.csv</c>.</param>
/// <param name="Line">The 1-based line on which the offending record starts (the header is line 1).</param>
/// <param name="Column">The column name, or null when the error concerns the whole line.</param>
/// <param name="Reason">Why the value or line was rejected.</param>
public sealed record RegisterError(string File, int Line, string? Column, string Reason)
{
    /// <summary>The class of the error.</summary>
    public RegisterErrorKind Kind { get; init; } = RegisterErrorKind.Malformed;

    /// <summary>The full, stable message.</summary>
    public string Message => Line == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{File}: {Reason}")
        : Column is null
        ? string.Create(CultureInfo.InvariantCulture, $"{File} line {Line}: {Reason}")
        : string.Create(CultureInfo.InvariantCulture, $"{File} line {Line}, column {Column}: {Reason}");

    /// <inheritdoc />
    public override string ToString() => Message;
}

/// <summary>Thrown by the reader at the first bad line; the file must then be discarded as a whole.</summary>
public sealed class RegisterFormatException : Exception
{
    /// <summary>Creates the exception for an error.</summary>
    public RegisterFormatException(RegisterError error)
        : base(error.Message) => Error = error;

    /// <summary>Creates the exception for an error caused by another exception (e.g. a decoder failure).</summary>
    public RegisterFormatException(RegisterError error, Exception inner)
        : base(error.Message, inner) => Error = error;

    /// <summary>The error.</summary>
    public RegisterError Error { get; }
}
