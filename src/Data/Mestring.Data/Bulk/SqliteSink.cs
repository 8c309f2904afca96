using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Mestring.Data.Bulk;

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
        _kinds = [.. table.AllColumns.Select(c => c.Kind)];
        // Rows may reference parents created by a follow-up statement (assessment items): check keys at commit.
        Execute("PRAGMA defer_foreign_keys = ON");
        _upsert = table.StageOnlyRows ? null : Prepare(table.SqliteUpsert, table.Columns.Count);
        if (table.StageOnly.Count > 0)
        {
            // Follow-up statements (e.g. resolving parents once the whole file is in) read a staging table.
            var all = table.AllColumns.ToList();
            Execute($"CREATE TEMP TABLE {BulkTable.Q(stage)} ({string.Join(", ", all.Select(c => BulkTable.Q(c.Name)))})");
            _stageInsert = Prepare(
                $"INSERT INTO {BulkTable.Q(stage)} VALUES ({string.Join(", ", all.Select((_, i) => BulkTable.Parameter(i)))})", all.Count);
        }
    }

    private SqliteCommand Prepare(string sql, int parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter(BulkTable.Parameter(i), null));
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
