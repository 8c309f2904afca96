using System.Collections;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Metadata;

namespace Mestring.Web.Hosting;

/// <summary>
/// A request the framework could not read, as a problem detail a client can act on: the field (the JSON path the client
/// sent) and what it must be, in the contract's words. Never a .NET type name or a parser message: those describe our
/// code, not the contract.
/// </summary>
internal static partial class RequestErrors
{
    public static ProblemDetails Describe(BadHttpRequestException exception, HttpContext context)
    {
        if (exception.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return Plain(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type.", "Send the body as application/json.", "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16");
        }
        if (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Plain(StatusCodes.Status413PayloadTooLarge, "The request body is too large.", null, "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14");
        }
        // The exception handler has cleared the endpoint; the feature keeps the one that failed, and with it the body's type.
        var (field, message) = exception.InnerException is JsonException json
            ? DescribeJson(json, (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Endpoint ?? context.GetEndpoint())?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType)
            : DescribeBinding(exception.Message);
        return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more fields are invalid.",
            Type = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
        };
    }

    private static ProblemDetails Plain(int status, string title, string? detail, string type) =>
        new() { Status = status, Title = title, Detail = detail, Type = type };

    private static (string Field, string Message) DescribeJson(JsonException json, Type? bodyType)
    {
        var path = json.Path is { Length: > 1 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : null;
        if (json.InnerException is not null && json.InnerException.GetType().Name == "JsonReaderException")
        {
            return ("body", $"is not valid JSON (line {(json.LineNumber ?? 0) + 1}, position {(json.BytePositionInLine ?? 0) + 1})");
        }
        if (MissingProperty().Match(json.Message) is { Success: true } missing)
        {
            return (path is null ? missing.Groups[1].Value : $"{path}.{missing.Groups[1].Value}", "is required");
        }
        if (path is null)
        {
            return ("body", bodyType is not null && IsList(bodyType) ? "must be a JSON array" : "must be a JSON object with the documented fields");
        }
        var target = Resolve(bodyType, path);
        if (json.Message.Contains("null value", StringComparison.Ordinal) || json.Message.Contains("allow null", StringComparison.Ordinal))
        {
            return (path, "is required (not null)");
        }
        return (path, Expectation(target));
    }

    private static (string Field, string Message) DescribeBinding(string message)
    {
        if (Parameter().Match(message) is { Success: true } m)
        {
            var name = m.Groups[1].Value;
            return message.StartsWith("Required parameter", StringComparison.Ordinal) && message.Contains("from body", StringComparison.Ordinal)
                ? ("body", "is required: a JSON object with the documented fields")
                : (name, message.StartsWith("Required", StringComparison.Ordinal) ? "is required" : "has an invalid value");
        }
        return ("body", "could not be read");
    }

    /// <summary>What a value at this place must be, said in JSON terms.</summary>
    private static string Expectation(Type? type)
    {
        if (type is null)
        {
            return "has the wrong type or shape";
        }
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
        {
            return "must be one of: " + string.Join(", ", Enum.GetNames(type));
        }
        return type switch
        {
            _ when type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) => "must be a whole number in range",
            _ when type == typeof(decimal) || type == typeof(double) || type == typeof(float) => "must be a number in range",
            _ when type == typeof(DateOnly) => "must be a calendar date (yyyy-mm-dd)",
            _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => "must be a date and time (ISO 8601, e.g. 2027-01-31T12:00:00Z)",
            _ when type == typeof(Guid) => "must be an id (a GUID)",
            _ when type == typeof(bool) => "must be true or false",
            _ when type == typeof(string) => "must be a string",
            _ when IsList(type) => "must be a JSON array",
            _ => "must be a JSON object with the documented fields",
        };
    }

    private static bool IsList(Type type) => type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type);

    /// <summary>The declared type at a JSON path such as <c>items[1].conditionCode</c>, walking properties by name.</summary>
    private static Type? Resolve(Type? type, string path)
    {
        foreach (var segment in path.Split('.'))
        {
            if (type is null)
            {
                return null;
            }
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? segment : segment[..bracket];
            var property = type.GetProperties().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
            type = property?.PropertyType;
            for (var i = bracket; type is not null && i >= 0 && i < segment.Length; i = segment.IndexOf('[', i + 1))
            {
                type = ElementOf(type);
            }
        }
        return type;
    }

    private static Type? ElementOf(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    [GeneratedRegex("required properties including: '([^']+)'")]
    private static partial Regex MissingProperty();

    [GeneratedRegex("parameter \"(?:[^\"]*\\s)?([A-Za-z_][A-Za-z0-9_]*)\"")]
    private static partial Regex Parameter();
}
