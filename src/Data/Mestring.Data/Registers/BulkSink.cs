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
    private TextWriter? _importer;
    private readonly PgTextCopyWriter? _encoder;

    private readonly bool _direct;

    public PostgresSink(NpgsqlConnection connection, DbTransaction transaction, BulkTable table, Guid municipalityId, string stage, bool directWhenEmpty)
        : base(table, municipalityId)
    {
        _connection = connection;
        _transaction = (NpgsqlTransaction)transaction;
        _stage = stage;
        // One loader per (table, municipality) at a time, until the file's transaction ends.
        Execute($"SELECT pg_advisory_xact_lock(hashtext('{table.Table}'), hashtext(@m::text))");
        _direct = directWhenEmpty && table.StageOnly.Count == 0 &&
                  Scalar($"SELECT NOT EXISTS (SELECT 1 FROM {BulkTable.Q(table.Table)} WHERE \"MunicipalityId\" = @m)");
        if (_direct)
        {
            // An entirely empty table (no municipality's rows, the first large load): its key and indexes are dropped for the
            // load and rebuilt in one pass at the end, in the same transaction — building an index from sorted rows is many
            // times cheaper than maintaining it row by row. A rollback restores them with the rest (DDL is transactional).
            if (Scalar($"SELECT NOT EXISTS (SELECT 1 FROM {BulkTable.Q(table.Table)}) " +
                       $"AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE contype = 'f' AND confrelid = to_regclass('{BulkTable.Q(table.Table)}'))"))
            {
                _rebuild = DropIndexes(table.Table);
            }
            // COPY streams: the server inserts while the client is still parsing the rest of the file.
            _importer = connection.BeginTextImport(table.PostgresCopy(table.Table));
        }
        else
        {
            Execute(table.PostgresCreateStage(stage));
            _importer = connection.BeginTextImport(table.PostgresCopy(stage));
        }
        _encoder = new PgTextCopyWriter(_importer, [.. table.Columns.Concat(table.StageOnly).Select(c => c.Kind)]);
    }

    /// <summary>True when the rows were copied straight into the table (it held none of the municipality's rows).</summary>
    public bool Direct => _direct;

    /// <summary>Statements that recreate the key and indexes dropped for a load into an empty table (empty otherwise).</summary>
    private readonly List<string> _rebuild = [];

    /// <summary>Drops the primary key / unique constraints and the other indexes of the table; returns what recreates them.</summary>
    private List<string> DropIndexes(string table)
    {
        var rebuild = new List<string>();
        var drop = new List<string>();
        var q = BulkTable.Q(table);
        using (var command = new NpgsqlCommand(
            "SELECT c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c WHERE c.conrelid = to_regclass(@t) AND c.contype IN ('p', 'u') ORDER BY c.conname",
            _connection, _transaction))
        {
            command.Parameters.AddWithValue("t", q);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var name = BulkTable.Q(reader.GetString(0));
                drop.Add($"ALTER TABLE {q} DROP CONSTRAINT {name}");
                rebuild.Add($"ALTER TABLE {q} ADD CONSTRAINT {name} {reader.GetString(1)}");
            }
        }
        using (var command = new NpgsqlCommand(
            "SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid " +
            "WHERE x.indrelid = to_regclass(@t) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid) ORDER BY i.relname",
            _connection, _transaction))
        {
            command.Parameters.AddWithValue("t", q);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                drop.Add($"DROP INDEX {BulkTable.Q(reader.GetString(0))}");
                rebuild.Add(reader.GetString(1));
            }
        }
        foreach (var sql in drop)
        {
            Execute(sql);
        }
        if (rebuild.Count > 0)
        {
            // Room for the sorts of the rebuild (the default 64 MB spills a 15-million-row index to disk).
            Execute("SET LOCAL maintenance_work_mem = '512MB'");
        }
        return rebuild;
    }

    private bool Scalar(string sql)
    {
        using var command = new NpgsqlCommand(sql, _connection, _transaction);
        command.Parameters.Add(new NpgsqlParameter("m", NpgsqlDbType.Uuid) { Value = MunicipalityId });
        return command.ExecuteScalar() is true;
    }

    public override void Write(object?[] values)
    {
        if (_importer is null)
        {
            throw new InvalidOperationException("The sink is complete.");
        }
        _encoder!.WriteRow(values);
        Rows++;
    }

    public override long Complete(IReadOnlyList<Func<bool, string>>? before, IReadOnlyList<Func<bool, string>>? after)
    {
        var importer = _importer ?? throw new InvalidOperationException("The sink is complete.");
        // Disposing the text writer ends the COPY; the server has then stored every row (or raised an error).
        importer.Dispose();
        _importer = null;
        var copied = Rows;
        if (_direct)
        {
            foreach (var sql in _rebuild)
            {
                Execute(sql);
            }
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
        // An unfinished COPY is cancelled (disposing the writer would end it normally); the caller then rolls back.
        if (_importer is NpgsqlCopyTextWriter unfinished)
        {
            try
            {
                unfinished.Cancel();
            }
            catch (Exception e) when (e is NpgsqlException or IOException or InvalidOperationException)
            {
                // The COPY is already broken (e.g. the server rejected a row): the rollback discards it either way.
            }
        }
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
