using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Mestring.Data.Bulk;

/// <summary>
/// Writes the rows of one file into one <see cref="BulkTable"/> inside the file's transaction, without the EF change
/// tracker. <see cref="Complete"/> makes the rows land (PostgreSQL: merge from the staging table) and runs the
/// file's follow-up statements; disposing without completing abandons the rows (the caller rolls back).
/// </summary>
public abstract class BulkSink : IDisposable
{
    protected BulkSink(BulkTable table, Guid municipalityId)
    {
        Table = table;
        MunicipalityId = municipalityId;
    }

    protected BulkTable Table { get; }
    protected Guid MunicipalityId { get; }

    /// <summary>
    /// True when rows stream to the server while they are written (a COPY): worth filling them on a second thread
    /// (<see cref="RowPipeline"/>). False when each row is one statement on this connection.
    /// </summary>
    public virtual bool Streams => false;

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
