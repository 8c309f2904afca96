namespace Mestring.Domain.Common;

/// <summary>
/// The kinds of expected failure. Each host maps a kind in one place: the web to an HTTP status
/// (<c>ErrorResults</c>), the CLI to an exit code (<c>CliErrors</c>).
/// </summary>
public enum ErrorKind
{
    /// <summary>The input is wrong (a field, a row, a case): HTTP 400, exit code 2.</summary>
    Invalid,

    /// <summary>No such thing, or the caller may not know it exists: HTTP 404, exit code 1.</summary>
    NotFound,

    /// <summary>A business rule refuses the request (a state, a switch that is off): HTTP 409, exit code 4.</summary>
    Conflict,

    /// <summary>The caller's role may not do this: HTTP 403, exit code 4.</summary>
    Forbidden,

    /// <summary>A resource the use case needs (the database) cannot be used: HTTP 503, exit code 3.</summary>
    Unavailable,
}

/// <summary>
/// An expected failure: a kind, a stable machine-readable code, a message a person can act on, and where it
/// applies (field names, or file:line:column for files). Unexpected failures stay exceptions.
/// </summary>
public sealed record Error(ErrorKind Kind, string Code, string Message, IReadOnlyDictionary<string, string[]>? Fields = null)
{
    /// <summary>Optional extra members for the problem details (e.g. the field of a broken rule).</summary>
    public IReadOnlyDictionary<string, object?>? Details { get; init; }

    public static Error NotFound(string what = "resource") => new(ErrorKind.NotFound, "not-found", $"No such {what}.");

    public static Error Invalid(string field, string message) =>
        new(ErrorKind.Invalid, "invalid", "One or more fields are invalid: " + field, new Dictionary<string, string[]> { [field] = [message] });

    public static Error Invalid(IReadOnlyDictionary<string, string[]> fields) =>
        new(ErrorKind.Invalid, "invalid", "One or more fields are invalid: " + string.Join(", ", fields.Keys), fields);

    public static Error Conflict(string code, string message, string? field = null) =>
        new(ErrorKind.Conflict, code, message) { Details = new Dictionary<string, object?> { ["field"] = field } };

    public static Error Forbidden(string code, string message) => new(ErrorKind.Forbidden, code, message);

    public static Error Unavailable(string code, string message) => new(ErrorKind.Unavailable, code, message);
}
