using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace Mestring.Data.Bulk;

/// <summary>PostgreSQL: binary COPY into a temporary staging table, then INSERT … ON CONFLICT into the real table.</summary>
internal sealed class PostgresSink : BulkSink
{
    /// <summary>The property every bulk-loaded table is owned through (ITenantOwned.MunicipalityId).</summary>
    private const string MunicipalityColumn = nameof(Domain.Common.ITenantOwned.MunicipalityId);

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
                  Scalar($"SELECT NOT EXISTS (SELECT 1 FROM {table.Mapped.Quoted} WHERE {table.Mapped[MunicipalityColumn]} = @m)");
        if (_direct)
        {
            // An entirely empty table (no municipality's rows, the first large load): its key and indexes are dropped for the
            // load and rebuilt in one pass at the end, in the same transaction — building an index from sorted rows is many
            // times cheaper than maintaining it row by row. A rollback restores them with the rest (DDL is transactional).
            if (Scalar($"SELECT NOT EXISTS (SELECT 1 FROM {BulkTable.Q(table.Table)}) " +
                       $"AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE contype = 'f' AND confrelid = to_regclass('{BulkTable.Q(table.Table)}'))"))
            {
                _rebuild = DropIndexes(table.Mapped);
            }
            // COPY streams: the server inserts while the client is still parsing the rest of the file.
            _importer = connection.BeginTextImport(table.PostgresCopy(table.Table));
        }
        else
        {
            Execute(table.PostgresCreateStage(stage));
            _importer = connection.BeginTextImport(table.PostgresCopy(stage));
        }
        _encoder = new PgTextCopyWriter(_importer, [.. table.AllColumns.Select(c => c.Kind)]);
    }

    public override bool Streams => true;

    /// <summary>True when the rows were copied straight into the table (it held none of the municipality's rows).</summary>
    public bool Direct => _direct;

    /// <summary>Statements that recreate the key and indexes dropped for a load into an empty table (empty otherwise).</summary>
    private readonly List<string> _rebuild = [];

    /// <summary>
    /// Drops the primary key / unique constraints and the other indexes the model gives the table; returns what recreates
    /// them (each definition as the database holds it, so the rebuild is exactly what the migrations created).
    /// </summary>
    private List<string> DropIndexes(MappedTable table)
    {
        var rebuild = new List<string>();
        var drop = new List<string>();
        var q = table.Quoted;
        Read("SELECT c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c " +
             "WHERE c.conrelid = to_regclass(@t) AND c.contype IN ('p', 'u') AND c.conname = ANY(@names) ORDER BY c.conname",
            q, table.ConstraintNames, (name, definition) =>
            {
                drop.Add($"ALTER TABLE {q} DROP CONSTRAINT {BulkTable.Q(name)}");
                rebuild.Add($"ALTER TABLE {q} ADD CONSTRAINT {BulkTable.Q(name)} {definition}");
            });
        Read("SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid " +
             "WHERE x.indrelid = to_regclass(@t) AND i.relname = ANY(@names) " +
             "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid) ORDER BY i.relname",
            q, table.IndexNames, (name, definition) =>
            {
                drop.Add($"DROP INDEX {BulkTable.Q(name)}");
                rebuild.Add(definition);
            });
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

    private void Read(string sql, string table, IReadOnlyList<string> names, Action<string, string> row)
    {
        using var command = new NpgsqlCommand(sql, _connection, _transaction);
        command.Parameters.AddWithValue("t", table);
        command.Parameters.AddWithValue("names", names.ToArray());
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            row(reader.GetString(0), reader.GetString(1));
        }
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
