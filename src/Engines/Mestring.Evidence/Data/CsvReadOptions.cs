namespace Mestring.Evidence.Data;

/// <summary>Which columns to read and how. Numbers are always parsed with the invariant culture ('.' decimal point).</summary>
public sealed record CsvReadOptions
{
    /// <summary>
    /// Numeric columns to read. When null every column not listed in <see cref="TextColumns"/> must be numeric;
    /// when set, only these (and the text columns) are read and other columns are ignored.
    /// </summary>
    public IReadOnlyCollection<string>? NumericColumns { get; init; }

    /// <summary>Columns kept as text (e.g. a provider id). Columns listed here must exist.</summary>
    public IReadOnlyCollection<string> TextColumns { get; init; } = [];

    /// <summary>Field separator; ',' by default. Use ';' for Danish spreadsheet exports (numbers must still use '.').</summary>
    public char Delimiter { get; init; } = ',';
}
