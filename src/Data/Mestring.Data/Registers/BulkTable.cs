using System.Text;

namespace Mestring.Data.Registers;

/// <summary>The kinds of values the bulk writers bind, and how each database stores them.</summary>
internal enum ColumnKind
{
    Uuid,
    Text,
    Date,
    Int,
    Numeric,
    Bool,
    Timestamp,
    /// <summary>An empty list of ids (interventions.GoalIds): uuid[] in PostgreSQL, JSON text in SQLite.</summary>
    EmptyUuidList,
    /// <summary>A list of ids (a Guid[]): uuid[] in PostgreSQL, JSON text in SQLite.</summary>
    UuidList,
    /// <summary>A list of strings (a string[], e.g. goals.SecondaryConditionCodes): text[] in PostgreSQL, JSON text in SQLite.</summary>
    TextList,
}

/// <summary>A column of a bulk target (or of a staging table only).</summary>
internal sealed record BulkColumn(string Name, ColumnKind Kind)
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
        ColumnKind.EmptyUuidList or ColumnKind.UuidList => "uuid[]",
        ColumnKind.TextList => "text[]",
        _ => throw new ArgumentOutOfRangeException(nameof(Kind)),
    };
}

/// <summary>
/// One upsert target: the table, its columns (in the order a row's values are given), the natural key
/// (the ON CONFLICT target, backed by a unique index) and the columns a re-import may update. A row is only
/// rewritten when one of those columns differs, so re-importing the same rows changes nothing.
/// Optional staging-only columns follow the table columns (e.g. the parents' person_ids in persons.csv).
/// </summary>
internal sealed class BulkTable
{
    public BulkTable(string table, IReadOnlyList<BulkColumn> columns, IReadOnlyList<string> key, IReadOnlyList<string> update, IReadOnlyList<BulkColumn>? stageOnly = null)
    {
        Table = table;
        Columns = columns;
        Key = key;
        Update = update;
        StageOnly = stageOnly ?? [];
    }

    public string Table { get; }
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

    public static string Q(string name) => "\"" + name + "\"";

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
        $"CREATE TEMP TABLE {Q(stage)} ({string.Join(", ", Columns.Concat(StageOnly).Select(c => $"{Q(c.Name)} {c.PostgresType}"))}) ON COMMIT DROP";

    /// <summary>PostgreSQL: COPY (text format) into the staging table or the table itself.</summary>
    public string PostgresCopy(string target) =>
        $"COPY {Q(target)} ({string.Join(", ", Columns.Concat(StageOnly).Select(c => Q(c.Name)))}) FROM STDIN {PgTextCopyWriter.Format}";

    /// <summary>PostgreSQL: staging table → real table.</summary>
    public string PostgresMerge(string stage) =>
        $"INSERT INTO {Q(Table)} AS t ({ColumnList}) SELECT {ColumnList} FROM {Q(stage)}{ConflictClause(postgres: true)}";

    /// <summary>SQLite: one prepared upsert, parameters @p0… in column order.</summary>
    public string SqliteUpsert =>
        $"INSERT INTO {Q(Table)} AS t ({ColumnList}) VALUES ({string.Join(", ", Columns.Select((_, i) => "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))}){ConflictClause(postgres: false)}";
}
