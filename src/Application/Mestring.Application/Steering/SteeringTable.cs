using Mestring.Numerics.Disclosure;

namespace Mestring.Application.Steering;

/// <summary>What the keys of a table's rows (or a reading's argument) are, so a host can label them without raw codes.</summary>
public enum SteeringKeyKind { Year, Area, LegalBasis, TargetGroup, Provider, Level, LevelMove, LevelTarget, LevelBasis, Method, GoalStatus, Metric }

/// <summary>How a column's numbers are read: a count (suppressed when small), an amount in DKK, a percentage, a plain number.</summary>
public enum SteeringValueKind { Count, Money, Percent, Number }

/// <summary>A column: its key (a measure such as <c>citizens</c>, or a year) and kind. <paramref name="MaskOf"/> is the count column whose suppression it shares.</summary>
public sealed record SteeringColumn(string Key, SteeringValueKind Kind, int? MaskOf = null);

/// <summary>A row: its key and one value per column; null where the value is withheld (<see cref="Hidden"/>) or does not exist.</summary>
public sealed record SteeringRow(string Key, IReadOnlyList<decimal?> Values, IReadOnlyList<bool> Hidden);

/// <summary>An argument of the one-line reading: a key (labelled by its kind) or a number (formatted by its kind).</summary>
public sealed record ReadingArg(SteeringKeyKind? KeyKind, string? Key, SteeringValueKind? NumberKind, decimal? Number)
{
    public static ReadingArg Of(SteeringKeyKind kind, string key) => new(kind, key, null, null);
    public static ReadingArg Of(SteeringValueKind kind, decimal number) => new(null, null, kind, number);
}

/// <summary>The plain-language reading of a table: a kind (one sentence per kind) and its arguments.</summary>
public sealed record SteeringReading(string Kind, IReadOnlyList<ReadingArg> Args);

/// <summary>
/// One analysis as a table — aggregates only, counts below <see cref="SuppressBelow"/> withheld with complementary
/// suppression — plus the columns to chart and the reading. The same object is the API's answer and the page's model.
/// </summary>
public sealed record SteeringTable(
    string Analysis,
    SteeringKeyKind RowKind,
    IReadOnlyList<SteeringColumn> Columns,
    IReadOnlyList<SteeringRow> Rows,
    SteeringRow? Total,
    IReadOnlyList<int> ChartColumns,
    SteeringReading? Reading,
    int SuppressBelow,
    DateTimeOffset? RefreshedAt)
{
    public const int Limit = SmallCells.DefaultLimit;

    /// <summary>Display names for keys that are ids (providers: organisations, never persons).</summary>
    public IReadOnlyDictionary<string, string>? Names { get; init; }

    /// <summary>
    /// Builds a table from raw values: the count columns are suppressed together (<see cref="SmallCells"/>; a total row,
    /// when given, is published, so columns are protected; <paramref name="rowTotalsPublished"/> protects rows too), and
    /// every other column is withheld where its <see cref="SteeringColumn.MaskOf"/> count is.
    /// </summary>
    public static SteeringTable Build(string analysis, SteeringKeyKind rowKind, IReadOnlyList<SteeringColumn> columns,
        IReadOnlyList<(string Key, decimal?[] Values)> rows, decimal?[]? total, bool rowTotalsPublished,
        IReadOnlyList<int> chart, SteeringReading? reading, DateTimeOffset? refreshedAt)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var countColumns = Enumerable.Range(0, columns.Count).Where(c => columns[c].Kind == SteeringValueKind.Count && columns[c].MaskOf is null).ToList();
        var counts = rows.Select(r => (IReadOnlyList<int>)[.. countColumns.Select(c => (int)(r.Values[c] ?? 0))]).ToList();
        var mask = SmallCells.Suppress(counts, Limit, rowTotalsPublished, columnTotalsPublished: total is not null);
        var built = new List<SteeringRow>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var hidden = new bool[columns.Count];
            for (var c = 0; c < columns.Count; c++)
            {
                var own = countColumns.IndexOf(c);
                hidden[c] = own >= 0 ? mask[r][own] : columns[c].MaskOf is { } m && countColumns.IndexOf(m) is var mi && mi >= 0 && mask[r][mi];
            }
            built.Add(new SteeringRow(rows[r].Key, [.. rows[r].Values.Select((v, c) => hidden[c] ? null : v)], hidden));
        }
        SteeringRow? totalRow = null;
        if (total is not null)
        {
            // A total is itself a count: a small one is withheld like any other cell.
            var hidden = columns.Select((col, c) => IsSmall(total, columns, c)).ToArray();
            totalRow = new SteeringRow("", [.. total.Select((v, c) => hidden[c] ? null : v)], hidden);
        }
        return new SteeringTable(analysis, rowKind, columns, built, totalRow, chart, reading, Limit, refreshedAt);
    }

    private static bool IsSmall(decimal?[] values, IReadOnlyList<SteeringColumn> columns, int c)
    {
        var col = columns[c];
        var countIndex = col.Kind == SteeringValueKind.Count && col.MaskOf is null ? c : col.MaskOf;
        return countIndex is { } i && values[i] is { } n && n is > 0 and < Limit;
    }
}
