using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Mestring.Data.Bulk;

/// <summary>The kinds of values the bulk writers bind, and how each database stores them.</summary>
public enum ColumnKind
{
    Uuid,
    Text,
    Date,
    Int,
    Numeric,
    Bool,
    Timestamp,
    /// <summary>A list of ids (a Guid[]): uuid[] in PostgreSQL, JSON text in SQLite.</summary>
    UuidList,
    /// <summary>A list of strings (a string[], e.g. goals.SecondaryConditionCodes): text[] in PostgreSQL, JSON text in SQLite.</summary>
    TextList,
}

/// <summary>A column of a bulk target (or of a staging table only).</summary>
public sealed record BulkColumn(string Name, ColumnKind Kind)
{
    public string PostgresType => Kind switch
    {
        ColumnKind.Uuid => "uuid",
        ColumnKind.Text => "text",
        ColumnKind.Date => "date",
        ColumnKind.Int => "integer",
        ColumnKind.Numeric => "numeric",
        ColumnKind.Bool => "boolean",
        ColumnKind.Timestamp => "timestamp with time zone",
        ColumnKind.UuidList => "uuid[]",
        ColumnKind.TextList => "text[]",
        _ => throw new ArgumentOutOfRangeException(nameof(Kind)),
    };
}

/// <summary>
/// One upsert target, described by the EF model: the table, its columns (in the order a row's values are given), the
/// natural key (the ON CONFLICT target, a key or unique index of the model) and the columns a re-import may update. A
/// row is only rewritten when one of those columns differs, so re-importing the same rows changes nothing. Optional
/// staging-only columns follow the table columns (e.g. the parents' person_ids in persons.csv).
/// </summary>
public sealed class BulkTable
{
    private BulkTable(MappedTable mapped, IReadOnlyList<BulkColumn> columns, IReadOnlyList<string> key, IReadOnlyList<string> update, IReadOnlyList<BulkColumn> stageOnly)
    {
        Mapped = mapped;
        Columns = columns;
        Key = key;
        Update = update;
        StageOnly = stageOnly;
    }

    /// <summary>
    /// The bulk target for <typeparamref name="TEntity"/>: <paramref name="columns"/>, <paramref name="key"/> and
    /// <paramref name="update"/> are entity property names (<c>nameof</c>), resolved to columns through the model.
    /// </summary>
    public static BulkTable Of<TEntity>(IModel model, IReadOnlyList<string> columns, IReadOnlyList<string> key, IReadOnlyList<string> update,
        IReadOnlyList<BulkColumn>? stageOnly = null)
    {
        var mapped = MappedTable.Of<TEntity>(model);
        if (key.Count > 0 && !mapped.IsUnique(key))
        {
            throw new InvalidOperationException($"({string.Join(", ", key)}) is no key or unique index of {mapped.Name}: it cannot be an upsert target.");
        }
        return new BulkTable(mapped, [.. columns.Select(mapped.BulkColumn)], [.. key.Select(mapped.Column)], [.. update.Select(mapped.Column)], stageOnly ?? []);
    }

    /// <summary>
    /// Rows that land only in a staging table of <typeparamref name="TEntity"/>'s columns, for follow-up statements that
    /// update existing rows (<paramref name="stageOnly"/> are property names; extra columns may follow).
    /// </summary>
    public static BulkTable StageOf<TEntity>(IModel model, IReadOnlyList<string> stageOnly, IReadOnlyList<BulkColumn>? extra = null)
    {
        var mapped = MappedTable.Of<TEntity>(model);
        return new BulkTable(mapped, [], [], [], [.. stageOnly.Select(mapped.BulkColumn), .. extra ?? []]);
    }

    /// <summary>The table's names in the model (also for the follow-up statements' columns).</summary>
    public MappedTable Mapped { get; }

    public string Table => Mapped.Name;
    public IReadOnlyList<BulkColumn> Columns { get; }
    public IReadOnlyList<string> Key { get; }
    public IReadOnlyList<string> Update { get; }
    public IReadOnlyList<BulkColumn> StageOnly { get; }

    public int ValueCount => Columns.Count + StageOnly.Count;

    /// <summary>
    /// No columns of the table itself, only staging columns: the rows land only in the staging table and the follow-up
    /// statements do the work (e.g. an UPDATE … FROM the stage of rows that already exist).
    /// </summary>
    public bool StageOnlyRows => Columns.Count == 0;

    public IEnumerable<BulkColumn> AllColumns => Columns.Concat(StageOnly);

    public static string Q(string name) => MappedTable.Q(name);

    private string ColumnList => string.Join(", ", Columns.Select(c => Q(c.Name)));

    private string ConflictClause(bool postgres)
    {
        var sb = new StringBuilder();
        sb.Append(" ON CONFLICT (").Append(string.Join(", ", Key.Select(Q))).Append(')');
        if (Update.Count == 0)
        {
            return sb.Append(" DO NOTHING").ToString();
        }
        sb.Append(" DO UPDATE SET ").Append(string.Join(", ", Update.Select(c => $"{Q(c)} = excluded.{Q(c)}")));
        var distinct = postgres ? "IS DISTINCT FROM" : "IS NOT";
        sb.Append(" WHERE ").Append(string.Join(" OR ", Update.Select(c => $"t.{Q(c)} {distinct} excluded.{Q(c)}")));
        return sb.ToString();
    }

    /// <summary>PostgreSQL: the staging table (temporary, dropped at commit or rollback).</summary>
    public string PostgresCreateStage(string stage) =>
        $"CREATE TEMP TABLE {Q(stage)} ({string.Join(", ", AllColumns.Select(c => $"{Q(c.Name)} {c.PostgresType}"))}) ON COMMIT DROP";

    /// <summary>PostgreSQL: COPY (text format) into the staging table or the table itself.</summary>
    public string PostgresCopy(string target) =>
        $"COPY {Q(target)} ({string.Join(", ", AllColumns.Select(c => Q(c.Name)))}) FROM STDIN {PgTextCopyWriter.Format}";

    /// <summary>PostgreSQL: staging table → real table.</summary>
    public string PostgresMerge(string stage) =>
        $"INSERT INTO {Q(Table)} AS t ({ColumnList}) SELECT {ColumnList} FROM {Q(stage)}{ConflictClause(postgres: true)}";

    /// <summary>SQLite: one prepared upsert, parameters @p0… in column order.</summary>
    public string SqliteUpsert =>
        $"INSERT INTO {Q(Table)} AS t ({ColumnList}) VALUES ({string.Join(", ", Columns.Select((_, i) => Parameter(i)))}){ConflictClause(postgres: false)}";

    /// <summary>The name of the i-th positional parameter.</summary>
    public static string Parameter(int i) => "@p" + i.ToString(CultureInfo.InvariantCulture);
}
