namespace Mestring.Domain.Common;

/// <summary>
/// An invariant the domain refuses to break, thrown where an entity guards itself. It carries the same
/// <see cref="Common.Error"/> a use case would return, so each host maps both in one place.
/// </summary>
public abstract class RuleException(Error error) : Exception(error.Message)
{
    public Error Error { get; } = error;
}

/// <summary>
/// A broken business rule (HTTP 409). Carries a stable code and a field name so that the UI and the API
/// can say where and why; the message is English, the UI translates by <see cref="Code"/>.
/// </summary>
public sealed class DomainException(string code, string message, string? field = null) : RuleException(Error.Conflict(code, message, field))
{
    public string Code { get; } = code;

    public string? Field { get; } = field;
}

/// <summary>Invalid input (HTTP 400) with one message per field.</summary>
public sealed class ValidationException(IReadOnlyDictionary<string, string[]> errors) : RuleException(Error.Invalid(errors))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static ValidationException For(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>Guards used by entities to keep their invariants.</summary>
public static class Guard
{
    public static string NotBlank(string? value, string field, int maxLength = 4000)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw ValidationException.For(field, "is required");
        }
        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            throw ValidationException.For(field, $"must be at most {maxLength} characters");
        }
        return trimmed;
    }

    /// <summary>
    /// An enum value that names a member. Integers travel through casts and storage unchecked; an undefined one is
    /// refused here, before it is stored and breaks a later read.
    /// </summary>
    public static T Defined<T>(T value, string field)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw ValidationException.For(field, "must be one of: " + string.Join(", ", Enum.GetNames<T>()));
        }
        return value;
    }

    public static int? Level(int? value, string field)
    {
        if (value is < 0 or > 4)
        {
            throw ValidationException.For(field, "must be a level from 0 to 4 (or not assessed)");
        }
        return value;
    }
}
