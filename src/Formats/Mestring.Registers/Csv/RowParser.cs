using System.Globalization;
using Mestring.Terminology;

namespace Mestring.Registers.Csv;

/// <summary>The FFB branch a code column must belong to.</summary>
internal enum FfbKind
{
    Service,
    Condition,
    TargetGroup,
}

/// <summary>
/// Reads typed values from the current record by the spec's column index, turning every problem into a
/// <see cref="RegisterFormatException"/> with the stable message of its error class.
/// </summary>
/// <param name="fieldOf">The record's field index of each spec column; -1 = the column is absent.</param>
internal sealed class RowParser(CsvRecordReader csv, string file, IReadOnlyList<RegisterColumn> columns, int[] fieldOf, RegisterReaderOptions options)
{
    private readonly CsvRecordReader _csv = csv;
    private readonly int[] _fieldOf = fieldOf;
    private readonly IReadOnlyList<RegisterColumn> _columns = columns;
    private readonly Dictionary<string, bool> _ffbCache = new(StringComparer.Ordinal);
    private readonly List<(int Line, int Column, string Id)> _deferredPersons = [];

    public string File { get; } = file;

    public RegisterReaderOptions Options { get; } = options;

    public int Line => _csv.Line;

    private bool IsEmpty(int col) => _fieldOf[col] < 0 || _csv.Field(_fieldOf[col]).IsEmpty;

    private ReadOnlySpan<char> Span(int col) => _fieldOf[col] < 0 ? [] : _csv.Field(_fieldOf[col]);

    public RegisterFormatException Error(int col, string reason, RegisterErrorKind kind) =>
        new(new RegisterError(File, Line, _columns[col].Name, reason) { Kind = kind });

    /// <summary>Longest text value accepted in any field: ids, names and codes are far shorter; a 10 MB name is an error.</summary>
    public const int MaxTextLength = 1000;

    public string Required(int col)
    {
        if (IsEmpty(col))
        {
            throw Error(col, "a value is required", RegisterErrorKind.MissingValue);
        }
        return CheckedText(col);
    }

    public string? Optional(int col) => IsEmpty(col) ? null : CheckedText(col);

    // Text is stored as given, so what cannot be stored or shown safely is refused here: control characters such as
    // NUL (a quoted field may hold tabs and line breaks), and values longer than any real one.
    private string CheckedText(int col)
    {
        var span = Span(col);
        if (span.Length > MaxTextLength)
        {
            throw Error(col, $"the value is {span.Length} characters long; at most {MaxTextLength} are allowed", RegisterErrorKind.OutOfRange);
        }
        foreach (var c in span)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                throw Error(col, $"the value contains the control character U+{(int)c:X4}", RegisterErrorKind.Malformed);
            }
        }
        return new string(span);
    }

    public DateOnly Date(int col, bool mayBeFuture = false) =>
        OptionalDate(col, mayBeFuture) ?? throw Error(col, "a value is required", RegisterErrorKind.MissingValue);

    public DateOnly? OptionalDate(int col, bool mayBeFuture = false)
    {
        if (IsEmpty(col))
        {
            return null;
        }
        var s = Span(col);
        if (s.Length != 10 || !DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw Error(col, $"'{s}' is not a valid date (yyyy-MM-dd)", RegisterErrorKind.BadDate);
        }
        if (!mayBeFuture && date > Options.Today)
        {
            throw Error(col, string.Create(CultureInfo.InvariantCulture, $"'{s}' is in the future (after {Options.Today:yyyy-MM-dd})"), RegisterErrorKind.FutureDate);
        }
        return date;
    }

    public int Year(int col)
    {
        var year = Int(col, 1800, 9999);
        if (year > Options.Today.Year)
        {
            throw Error(col, string.Create(CultureInfo.InvariantCulture, $"'{year}' is in the future (after {Options.Today.Year})"), RegisterErrorKind.FutureDate);
        }
        return year;
    }

    public int Int(int col, int min, int max) =>
        OptionalInt(col, min, max) ?? throw Error(col, "a value is required", RegisterErrorKind.MissingValue);

    public int? OptionalInt(int col, int min, int max)
    {
        if (IsEmpty(col))
        {
            return null;
        }
        var s = Span(col);
        if (!int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw Error(col, $"'{s}' is not a valid integer", RegisterErrorKind.OutOfRange);
        }
        if (value < 0 && min >= 0)
        {
            throw Negative(col, s);
        }
        if (value < min || value > max)
        {
            throw Error(col, string.Create(CultureInfo.InvariantCulture, $"'{s}' is out of range ({min}-{max})"), RegisterErrorKind.OutOfRange);
        }
        return value;
    }

    public decimal Decimal(int col, bool nonNegative) =>
        OptionalDecimal(col, nonNegative) ?? throw Error(col, "a value is required", RegisterErrorKind.MissingValue);

    public decimal? OptionalDecimal(int col, bool nonNegative)
    {
        if (IsEmpty(col))
        {
            return null;
        }
        var s = Span(col);
        if (!decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            throw Error(col, $"'{s}' is not a valid number (digits with '.' as the decimal point)", RegisterErrorKind.OutOfRange);
        }
        if (nonNegative && value < 0)
        {
            throw Negative(col, s);
        }
        return value;
    }

    private RegisterFormatException Negative(int col, ReadOnlySpan<char> s) =>
        Error(col, $"'{s}' is negative (must be >= 0)", RegisterErrorKind.NegativeAmount);

    public T Enum<T>(int col, T[] values, Func<T, string> code)
        where T : struct, System.Enum =>
        OptionalEnum(col, values, code) ?? throw Error(col, "a value is required", RegisterErrorKind.MissingValue);

    public T? OptionalEnum<T>(int col, T[] values, Func<T, string> code)
        where T : struct, System.Enum
    {
        if (IsEmpty(col))
        {
            return null;
        }
        var s = Span(col);
        foreach (var v in values)
        {
            if (s.SequenceEqual(code(v)))
            {
                return v;
            }
        }
        throw Error(col, $"'{s}' is not one of: {string.Join(", ", values.Select(code))}", RegisterErrorKind.OutOfRange);
    }

    public bool? OptionalBool(int col)
    {
        if (IsEmpty(col))
        {
            return null;
        }
        var s = Span(col);
        return s.SequenceEqual("true") ? true
            : s.SequenceEqual("false") ? false
            : throw Error(col, $"'{s}' is not one of: true, false", RegisterErrorKind.OutOfRange);
    }

    /// <summary>A lower-case snake_case token (event types beyond the named ones are allowed in this form).</summary>
    public string Token(int col)
    {
        var value = Required(col);
        foreach (var c in value)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
            {
                throw Error(col, $"'{value}' is not an event type (lower-case letters, digits and '_', e.g. {EventTypes.AcuteAdmission})", RegisterErrorKind.OutOfRange);
            }
        }
        return value;
    }

    /// <summary>A legal basis such as SEL-85, SEL-82b or BL-32: upper-case law, '-', section number, optional letters.</summary>
    public string LegalBasis(int col)
    {
        var value = Required(col);
        var dash = value.IndexOf('-', StringComparison.Ordinal);
        var ok = dash > 0 && dash < value.Length - 1 && value.AsSpan(0, dash).ContainsAnyExceptInRange('A', 'Z') is false
            && char.IsAsciiDigit(value[dash + 1]);
        for (var i = dash + 1; ok && i < value.Length; i++)
        {
            ok = char.IsAsciiDigit(value[i]) || (char.IsAsciiLetterLower(value[i]) && i > dash + 1);
        }
        return ok ? value : throw Error(col, $"'{value}' is not a legal basis (e.g. SEL-85, SEL-82b, BL-32)", RegisterErrorKind.OutOfRange);
    }

    public string FfbCode(int col, FfbKind kind) =>
        OptionalFfbCode(col, kind) ?? throw Error(col, "a value is required", RegisterErrorKind.MissingValue);

    public string? OptionalFfbCode(int col, FfbKind kind)
    {
        var code = Optional(col);
        if (code is null)
        {
            return null;
        }
        var cacheKey = kind switch { FfbKind.Service => "s:", FfbKind.Condition => "c:", FfbKind.TargetGroup => "t:" } + code;
        if (!_ffbCache.TryGetValue(cacheKey, out var ok))
        {
            var ffb = Options.Ffb;
            if (!ffb.Ffb.Contains(code))
            {
                throw Error(col, $"'{code}' is not an FFB code", RegisterErrorKind.CodeNotInFfb);
            }
            ok = kind switch
            {
                FfbKind.Service => ffb.IsService(code),
                FfbKind.Condition => ffb.IsCondition(code) && code != ffb.Conditions.Code,
                FfbKind.TargetGroup => ffb.IsTargetGroup(code),
            };
            _ffbCache[cacheKey] = ok;
        }
        if (!ok)
        {
            var branch = kind switch
            {
                FfbKind.Service => "ydelse (service)",
                FfbKind.Condition => "tilstand (condition)",
                FfbKind.TargetGroup => "målgruppe (target group)",
            };
            throw Error(col, $"'{code}' is an FFB code but not an FFB {branch}", RegisterErrorKind.CodeNotInFfb);
        }
        return code;
    }

    /// <summary>A person reference that must already be known (persons.csv of the folder or the database).</summary>
    public string Person(int col)
    {
        // Files are usually sorted by person (person_years.csv repeats each id once per year): the same id as the row
        // before is returned as the same string, already checked — no allocation, no lookup.
        if (_lastPerson is { } last && !IsEmpty(col) && Span(col).SequenceEqual(last))
        {
            return last;
        }
        var id = Required(col);
        if (Options.IsKnownPerson is { } known && !known(id))
        {
            throw UnknownPerson(col, id);
        }
        _lastPerson = id;
        return id;
    }

    private string? _lastPerson;

    /// <summary>A parent reference in persons.csv: resolved at the end of the file, since a parent may come later.</summary>
    public string? DeferredPerson(int col)
    {
        var id = Optional(col);
        if (id is not null)
        {
            _deferredPersons.Add((Line, col, id));
        }
        return id;
    }

    public string Provider(int col) => OptionalProvider(col) ?? throw Error(col, "a value is required", RegisterErrorKind.MissingValue);

    public string? OptionalProvider(int col)
    {
        var id = Optional(col);
        if (id is not null && Options.IsKnownProvider is { } known && !known(id))
        {
            throw Error(col, $"unknown provider_id '{id}' (not in providers.csv or the database)", RegisterErrorKind.UnknownReference);
        }
        return id;
    }

    /// <summary>An optional order reference (services.csv of the folder or the database); empty = not tied to an order.</summary>
    public string? OptionalService(int col)
    {
        var id = Optional(col);
        if (id is not null && Options.IsKnownService is { } known && !known(id))
        {
            throw Error(col, $"unknown service_id '{id}' (not in services.csv or the database)", RegisterErrorKind.UnknownReference);
        }
        return id;
    }

    /// <summary>A lower-case snake_case code (e.g. a supervision theme); <paramref name="what"/> names it in the error.</summary>
    public string Code(int col, string what)
    {
        var value = Required(col);
        foreach (var c in value)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
            {
                throw Error(col, $"'{value}' is not {what} code (lower-case letters, digits and '_')", RegisterErrorKind.OutOfRange);
            }
        }
        return value;
    }

    /// <summary>Resolves deferred parent references against the file's own keys and the known persons.</summary>
    public void ResolveDeferred(KeyTracker keys)
    {
        foreach (var (line, col, id) in _deferredPersons)
        {
            if (!keys.Contains(id) && Options.IsKnownPerson?.Invoke(id) != true)
            {
                throw new RegisterFormatException(
                    new RegisterError(File, line, _columns[col].Name, UnknownPersonReason(id)) { Kind = RegisterErrorKind.UnknownReference });
            }
        }
    }

    private RegisterFormatException UnknownPerson(int col, string id) => Error(col, UnknownPersonReason(id), RegisterErrorKind.UnknownReference);

    private static string UnknownPersonReason(string id) => $"unknown person_id '{id}' (not in persons.csv or the database)";

    public string Text(int col) => new(Span(col));
}
