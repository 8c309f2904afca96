using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using NpgsqlTypes;

namespace Mestring.Data.Registers;

/// <summary>
/// Writes the rows of one file into one <see cref="BulkTable"/> inside the file's transaction, without the EF change
/// tracker. <see cref="Complete"/> makes the rows land (PostgreSQL: merge from the staging table) and runs the
/// file's follow-up statements; disposing without completing abandons the rows (the caller rolls back).
/// </summary>
internal abstract class BulkSink : IDisposable
{
    protected BulkSink(BulkTable table, Guid municipalityId)
    {
        Table = table;
        MunicipalityId = municipalityId;
    }

    protected BulkTable Table { get; }
    protected Guid MunicipalityId { get; }

    /// <summary>Rows given to <see cref="Write"/>.</summary>
    public long Rows { get; protected set; }

    /// <summary>Writes one row: <see cref="BulkTable.Columns"/> then <see cref="BulkTable.StageOnly"/> values.</summary>
    public abstract void Write(object?[] values);

    /// <summary>
    /// Finishes the file: the rows are in the table (inside the open transaction). <paramref name="before"/> and
    /// <paramref name="after"/> are statements over the staging table (<c>{stage}</c> in them, municipality as
    /// <c>@m</c>; the argument is true for PostgreSQL), run before and after the rows are merged (SQLite: the rows are
    /// already upserted, foreign keys are checked at commit). Returns the number of rows inserted or changed.
    /// </summary>
    public abstract long Complete(IReadOnlyList<Func<bool, string>>? before, IReadOnlyList<Func<bool, string>>? after);

    public abstract void Dispose();

    /// <summary>
    /// The sink for the context's database, inside <paramref name="transaction"/>. With <paramref name="directWhenEmpty"/>
    /// (tables keyed by citizen, whose rows all belong to the citizen's municipality) PostgreSQL copies straight into the
    /// table when it holds no row of the municipality yet: nothing can conflict, and the file's keys are unique.
    /// </summary>
    public static BulkSink Create(DbConnection connection, DbTransaction transaction, BulkTable table, Guid municipalityId, string stageName, bool directWhenEmpty = false) =>
        connection switch
        {
            NpgsqlConnection pg => new PostgresSink(pg, transaction, table, municipalityId, stageName, directWhenEmpty),
            SqliteConnection sqlite => new SqliteSink(sqlite, transaction, table, municipalityId, stageName),
            _ => throw new NotSupportedException($"No bulk path for {connection.GetType().Name}."),
        };

    protected static string ReplaceStage(string sql, string stage) => sql.Replace("{stage}", BulkTable.Q(stage), StringComparison.Ordinal);
}

/// <summary>PostgreSQL: binary COPY into a temporary staging table, then INSERT … ON CONFLICT into the real table.</summary>
internal sealed class PostgresSink : BulkSink
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly string _stage;
    private readonly NpgsqlDbType[] _types;
    private NpgsqlBinaryImporter? _importer;

    private readonly bool _direct;

    public PostgresSink(NpgsqlConnection connection, DbTransaction transaction, BulkTable table, Guid municipalityId, string stage, bool directWhenEmpty)
        : base(table, municipalityId)
    {
        _connection = connection;
        _transaction = (NpgsqlTransaction)transaction;
        _stage = stage;
        _types = [.. table.Columns.Concat(table.StageOnly).Select(c => TypeOf(c.Kind))];
        // One loader per (table, municipality) at a time, until the file's transaction ends.
        Execute($"SELECT pg_advisory_xact_lock(hashtext('{table.Table}'), hashtext(@m::text))");
        _direct = directWhenEmpty && table.StageOnly.Count == 0 &&
                  Scalar($"SELECT NOT EXISTS (SELECT 1 FROM {BulkTable.Q(table.Table)} WHERE \"MunicipalityId\" = @m)");
        if (_direct)
        {
            // COPY streams: the server inserts while the client is still parsing the rest of the file.
            _importer = connection.BeginBinaryImport(table.PostgresCopy(table.Table));
        }
        else
        {
            Execute(table.PostgresCreateStage(stage));
            _importer = connection.BeginBinaryImport(table.PostgresCopy(stage));
        }
    }

    /// <summary>True when the rows were copied straight into the table (it held none of the municipality's rows).</summary>
    public bool Direct => _direct;

    private bool Scalar(string sql)
    {
        using var command = new NpgsqlCommand(sql, _connection, _transaction);
        command.Parameters.Add(new NpgsqlParameter("m", NpgsqlDbType.Uuid) { Value = MunicipalityId });
        return command.ExecuteScalar() is true;
    }

    private static NpgsqlDbType TypeOf(ColumnKind kind) => kind switch
    {
        ColumnKind.Uuid => NpgsqlDbType.Uuid,
        ColumnKind.Text => NpgsqlDbType.Text,
        ColumnKind.Date => NpgsqlDbType.Date,
        ColumnKind.Int => NpgsqlDbType.Integer,
        ColumnKind.Numeric => NpgsqlDbType.Numeric,
        ColumnKind.Bool => NpgsqlDbType.Boolean,
        ColumnKind.Timestamp => NpgsqlDbType.TimestampTz,
        ColumnKind.EmptyUuidList or ColumnKind.UuidList => NpgsqlDbType.Array | NpgsqlDbType.Uuid,
        ColumnKind.TextList => NpgsqlDbType.Array | NpgsqlDbType.Text,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public override void Write(object?[] values)
    {
        var importer = _importer ?? throw new InvalidOperationException("The sink is complete.");
        importer.StartRow();
        for (var i = 0; i < _types.Length; i++)
        {
            switch (values[i])
            {
                case null:
                    importer.WriteNull();
                    break;
                case Guid g:
                    importer.Write(g, NpgsqlDbType.Uuid);
                    break;
                case string s:
                    importer.Write(s, NpgsqlDbType.Text);
                    break;
                case int n:
                    importer.Write(n, NpgsqlDbType.Integer);
                    break;
                case DateOnly d:
                    importer.Write(d, NpgsqlDbType.Date);
                    break;
                case decimal m:
                    importer.Write(m, NpgsqlDbType.Numeric);
                    break;
                case bool b:
                    importer.Write(b, NpgsqlDbType.Boolean);
                    break;
                case DateTimeOffset t:
                    importer.Write(t.ToUniversalTime(), NpgsqlDbType.TimestampTz);
                    break;
                case Guid[] list:
                    importer.Write(list, _types[i]);
                    break;
                case string[] texts:
                    importer.Write(texts, _types[i]);
                    break;
                default:
                    importer.Write(values[i], _types[i]);
                    break;
            }
        }
        Rows++;
    }

    public override long Complete(IReadOnlyList<Func<bool, string>>? before, IReadOnlyList<Func<bool, string>>? after)
    {
        var importer = _importer ?? throw new InvalidOperationException("The sink is complete.");
        var copied = (long)importer.Complete();
        importer.Dispose();
        _importer = null;
        if (_direct)
        {
            return copied;
        }
        long changed = 0;
        foreach (var sql in before ?? [])
        {
            changed += Execute(ReplaceStage(sql(true), _stage));
        }
        if (!Table.StageOnlyRows)
        {
            changed += Execute(Table.PostgresMerge(_stage));
        }
        foreach (var sql in after ?? [])
        {
            changed += Execute(ReplaceStage(sql(true), _stage));
        }
        return changed;
    }

    private int Execute(string sql)
    {
        using var command = new NpgsqlCommand(sql, _connection, _transaction) { CommandTimeout = 0 };
        command.Parameters.Add(new NpgsqlParameter("m", NpgsqlDbType.Uuid) { Value = MunicipalityId });
        return command.ExecuteNonQuery();
    }

    public override void Dispose()
    {
        // Disposing an unfinished importer cancels the COPY; the caller then rolls the transaction back.
        _importer?.Dispose();
        _importer = null;
    }
}

/// <summary>SQLite: one prepared INSERT … ON CONFLICT, parameters bound per row, in the file's transaction.</summary>
internal sealed class SqliteSink : BulkSink
{
    private static readonly DateTimeOffsetToBinaryConverter TimeConverter = new();
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly SqliteCommand? _upsert;
    private readonly SqliteCommand? _stageInsert;
    private readonly string _stage;
    private readonly ColumnKind[] _kinds;
    private long _changed;

    public SqliteSink(SqliteConnection connection, DbTransaction transaction, BulkTable table, Guid municipalityId, string stage)
        : base(table, municipalityId)
    {
        _connection = connection;
        _transaction = (SqliteTransaction)transaction;
        _stage = stage;
        _kinds = [.. table.Columns.Concat(table.StageOnly).Select(c => c.Kind)];
        // Rows may reference parents created by a follow-up statement (assessment items): check keys at commit.
        Execute("PRAGMA defer_foreign_keys = ON");
        _upsert = table.StageOnlyRows ? null : Prepare(table.SqliteUpsert, table.Columns.Count);
        if (table.StageOnly.Count > 0)
        {
            // Follow-up statements (e.g. resolving parents once the whole file is in) read a staging table.
            var all = table.Columns.Concat(table.StageOnly).ToList();
            Execute($"CREATE TEMP TABLE {BulkTable.Q(stage)} ({string.Join(", ", all.Select(c => BulkTable.Q(c.Name)))})");
            _stageInsert = Prepare(
                $"INSERT INTO {BulkTable.Q(stage)} VALUES ({string.Join(", ", all.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture)))})", all.Count);
        }
    }

    private SqliteCommand Prepare(string sql, int parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter("@p" + i.ToString(CultureInfo.InvariantCulture), null));
        }
        command.Prepare();
        return command;
    }

    public static object ToSqlite(object? value) => value switch
    {
        null => DBNull.Value,
        Guid g => g.ToString().ToUpperInvariant(),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => TimeConverter.ConvertToProvider(t)!,
        Guid[] { Length: 0 } => "[]",
        Guid[] list => "[" + string.Join(",", list.Select(g => "\"" + g.ToString() + "\"")) + "]",
        string[] texts => System.Text.Json.JsonSerializer.Serialize(texts),
        _ => value,
    };

    public override void Write(object?[] values)
    {
        if (_upsert is not null)
        {
            var columns = Table.Columns.Count;
            for (var i = 0; i < columns; i++)
            {
                _upsert.Parameters[i].Value = ToSqlite(values[i]);
            }
            _changed += _upsert.ExecuteNonQuery();
        }
        if (_stageInsert is not null)
        {
            for (var i = 0; i < _kinds.Length; i++)
            {
                _stageInsert.Parameters[i].Value = ToSqlite(values[i]);
            }
            _stageInsert.ExecuteNonQuery();
        }
        Rows++;
    }

    public override long Complete(IReadOnlyList<Func<bool, string>>? before, IReadOnlyList<Func<bool, string>>? after)
    {
        var changed = _changed;
        foreach (var sql in (before ?? []).Concat(after ?? []))
        {
            changed += Execute(ReplaceStage(sql(false), _stage));
        }
        if (_stageInsert is not null)
        {
            Execute($"DROP TABLE temp.{BulkTable.Q(_stage)}");
        }
        return changed;
    }

    private int Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("@m", ToSqlite(MunicipalityId));
        return command.ExecuteNonQuery();
    }

    public override void Dispose()
    {
        _upsert?.Dispose();
        _stageInsert?.Dispose();
    }
}
