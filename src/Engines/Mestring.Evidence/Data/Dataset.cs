namespace Mestring.Evidence.Data;

/// <summary>
/// Columnar table: one <c>double[]</c> per numeric column (fast, cache-friendly loops in the estimators)
/// plus optional text columns such as provider ids. Immutable once built.
/// </summary>
public sealed class Dataset
{
    private readonly Dictionary<string, double[]> numeric;
    private readonly Dictionary<string, string[]> text;
    private readonly List<string> order;

    /// <summary>Builds a dataset; every column must have the same length.</summary>
    /// <param name="numericColumns">Numeric columns by name (names are case-sensitive).</param>
    /// <param name="textColumns">Optional text columns by name.</param>
    public Dataset(IEnumerable<KeyValuePair<string, double[]>> numericColumns, IEnumerable<KeyValuePair<string, string[]>>? textColumns = null)
    {
        ArgumentNullException.ThrowIfNull(numericColumns);
        numeric = new Dictionary<string, double[]>(StringComparer.Ordinal);
        text = new Dictionary<string, string[]>(StringComparer.Ordinal);
        order = [];
        int? length = null;
        foreach (var (name, values) in numericColumns)
        {
            length = CheckLength(name, values.Length, length);
            numeric.Add(name, values);
            order.Add(name);
        }

        foreach (var (name, values) in textColumns ?? [])
        {
            length = CheckLength(name, values.Length, length);
            text.Add(name, values);
            order.Add(name);
        }

        RowCount = length ?? 0;
    }

    /// <summary>Number of rows.</summary>
    public int RowCount { get; }

    /// <summary>All column names in the order given (numeric first, then text).</summary>
    public IReadOnlyList<string> ColumnNames => order;

    /// <summary>True when a numeric column of that name exists.</summary>
    public bool HasNumericColumn(string name) => numeric.ContainsKey(name);

    /// <summary>The numeric column (shared, not copied: do not mutate).</summary>
    /// <exception cref="KeyNotFoundException">No numeric column of that name.</exception>
    public double[] Column(string name) =>
        numeric.TryGetValue(name, out var values) ? values : throw new KeyNotFoundException($"No numeric column '{name}'.");

    /// <summary>The text column, or null when absent.</summary>
    public string[]? TextColumn(string name) => text.GetValueOrDefault(name);

    /// <summary>A new dataset with one numeric column added or replaced (e.g. a derived term such as age²).</summary>
    public Dataset WithColumn(string name, double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var columns = numeric.Where(c => !string.Equals(c.Key, name, StringComparison.Ordinal)).Append(new(name, values));
        return new Dataset(columns, text);
    }

    /// <summary>Rows of <paramref name="first"/> followed by rows of <paramref name="second"/>, keeping the numeric columns both share.</summary>
    public static Dataset Concat(Dataset first, Dataset second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var columns = first.numeric
            .Where(c => second.numeric.ContainsKey(c.Key))
            .Select(c => new KeyValuePair<string, double[]>(c.Key, [.. c.Value, .. second.numeric[c.Key]]));
        var texts = first.text
            .Where(c => second.text.ContainsKey(c.Key))
            .Select(c => new KeyValuePair<string, string[]>(c.Key, [.. c.Value, .. second.text[c.Key]]));
        return new Dataset(columns.ToList(), texts.ToList());
    }

    /// <summary>The rows where <paramref name="keep"/> is true.</summary>
    public Dataset Where(Func<int, bool> keep)
    {
        ArgumentNullException.ThrowIfNull(keep);
        var rows = Enumerable.Range(0, RowCount).Where(keep).ToArray();
        return new Dataset(
            numeric.Select(c => new KeyValuePair<string, double[]>(c.Key, Array.ConvertAll(rows, r => c.Value[r]))).ToList(),
            text.Select(c => new KeyValuePair<string, string[]>(c.Key, Array.ConvertAll(rows, r => c.Value[r]))).ToList());
    }

    private static int CheckLength(string name, int actual, int? expected)
    {
        if (expected is int e && e != actual)
        {
            throw new ArgumentException($"Column '{name}' has {actual} rows; expected {e}.", nameof(name));
        }

        return actual;
    }
}
