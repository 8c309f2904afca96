using System.Globalization;
using System.Text.Json;

namespace Mestring.Economics.Cases;

/// <summary>
/// Reads the fields of one JSON object, recording a <see cref="CaseError"/> (with its path) for every
/// missing or mistyped field instead of stopping at the first, so a user sees all problems at once.
/// Property names match case-insensitively; unknown properties are ignored so the format can grow.
/// </summary>
internal sealed class JsonFields
{
    private readonly Dictionary<string, JsonElement> _properties = new(StringComparer.OrdinalIgnoreCase);
    private readonly ErrorSink _errors;

    public JsonFields(JsonElement element, string path, ErrorSink errors)
    {
        Path = path;
        _errors = errors;
        foreach (var property in element.EnumerateObject())
        {
            // First occurrence wins: a duplicated key should not silently override what the author saw first.
            _properties.TryAdd(property.Name, property.Value);
        }
    }

    public string Path { get; }

    public string PathOf(string name) => Path + "." + name;

    /// <summary>The element when present and not JSON null.</summary>
    public bool TryGet(string name, out JsonElement value) =>
        _properties.TryGetValue(name, out value) && value.ValueKind != JsonValueKind.Null;

    public double? Number(string name, bool required)
    {
        if (!TryGet(name, out var value))
        {
            return Missing<double>(name, required);
        }

        return ReadNumber(value, PathOf(name), _errors);
    }

    public int? WholeNumber(string name, bool required)
    {
        if (!TryGet(name, out var value))
        {
            return Missing<int>(name, required);
        }

        return ReadWholeNumber(value, PathOf(name), _errors);
    }

    public string? Text(string name, bool required)
    {
        if (!TryGet(name, out var value))
        {
            Missing<int>(name, required);
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            _errors.Add(PathOf(name), CaseErrorCodes.WrongType, "must be a string");
            return null;
        }

        return value.GetString();
    }

    /// <summary>The items of an array field; null (with an error if required or mistyped) otherwise.</summary>
    public IReadOnlyList<JsonElement>? Array(string name, bool required, string missingCode = CaseErrorCodes.Required)
    {
        if (!TryGet(name, out var value))
        {
            if (required)
            {
                _errors.Add(PathOf(name), missingCode, "is required");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            _errors.Add(PathOf(name), CaseErrorCodes.WrongType, "must be an array");
            return null;
        }

        return value.EnumerateArray().ToList();
    }

    public static double? ReadNumber(JsonElement value, string path, ErrorSink errors)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            errors.Add(path, CaseErrorCodes.WrongType, "must be a number");
            return null;
        }

        if (!value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            errors.Add(path, CaseErrorCodes.OutOfRange, "must be a finite number");
            return null;
        }

        return number;
    }

    public static int? ReadWholeNumber(JsonElement value, string path, ErrorSink errors)
    {
        var number = ReadNumber(value, path, errors);
        if (number is null)
        {
            return null;
        }

        if (number.Value != Math.Floor(number.Value) || number.Value < int.MinValue || number.Value > int.MaxValue)
        {
            errors.Add(path, CaseErrorCodes.WrongType,
                "must be a whole number (was " + number.Value.ToString(CultureInfo.InvariantCulture) + ")");
            return null;
        }

        return (int)number.Value;
    }

    private T? Missing<T>(string name, bool required)
        where T : struct
    {
        if (required)
        {
            _errors.Add(PathOf(name), CaseErrorCodes.Required, "is required");
        }

        return null;
    }
}

/// <summary>Collects errors and remembers which paths already have one, so later checks do not pile on.</summary>
internal sealed class ErrorSink
{
    private readonly List<CaseError> _errors = [];
    private readonly HashSet<string> _paths = new(StringComparer.Ordinal);

    public IReadOnlyList<CaseError> Errors => _errors;

    public void Add(string path, string code, string message)
    {
        _errors.Add(new CaseError(path, code, message));
        _paths.Add(path);
    }

    public void Add(CaseError error)
    {
        _errors.Add(error);
        _paths.Add(error.Path);
    }

    /// <summary>Marks a path as unreliable (a part of it failed to read) without adding another error.</summary>
    public void Taint(string path) => _paths.Add(path);

    /// <summary>True when this path already has an error (e.g. it was missing, so its value is a placeholder).</summary>
    public bool Has(string path) => _paths.Contains(path);
}
