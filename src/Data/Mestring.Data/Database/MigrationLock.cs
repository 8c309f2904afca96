using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Mestring.Data.Database;

/// <summary>
/// EF Core guards SQLite migrations with a row in <c>__EFMigrationsLock</c>; a process killed while migrating leaves
/// the row, and every later migration waits for it forever (start-up hangs silently). Mestring therefore takes an
/// operating-system lock on <c>&lt;database&gt;.migrating</c> first, which dies with its process: whoever holds it is
/// the only Mestring process migrating, so a lock row found then is stale and is removed. When another process holds
/// the file lock longer than the wait, migration stops with <see cref="MigrationLockException"/> saying so.
/// (PostgreSQL needs none of this: its migration lock is released when the session ends.)
/// </summary>
public static class MigrationLock
{
    public const string EfLockTable = "__EFMigrationsLock";

    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(60);

    /// <summary>Holds the file lock (dispose to release) and clears a stale EF lock row; null for PostgreSQL or in-memory SQLite.</summary>
    public static async Task<IAsyncDisposable?> AcquireAsync(MestringDbContext db, TimeSpan? wait, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsSqlite())
        {
            return null;
        }
        var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:")
        {
            return null;
        }
        var path = Path.GetFullPath(file) + ".migrating";
        var limit = wait ?? DefaultWait;
        var waited = TimeSpan.Zero;
        var step = TimeSpan.FromMilliseconds(200);
        while (true)
        {
            try
            {
                var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
                await ClearStaleRowAsync(db, ct);
                return stream;
            }
            catch (IOException) when (waited < limit)
            {
                await Task.Delay(step, ct);
                waited += step;
            }
            catch (IOException e)
            {
                throw new MigrationLockException(
                    $"Another Mestring process has been migrating the database for over {limit.TotalSeconds:0} s (lock file {path}). " +
                    "Wait for it to finish, or stop it and start again.", e);
            }
        }
    }

    private static async Task ClearStaleRowAsync(MestringDbContext db, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(ct);
        }
        try
        {
            await using var exists = connection.CreateCommand();
            exists.CommandText = $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{EfLockTable}'";
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return;
            }
            await using var delete = connection.CreateCommand();
            delete.CommandText = $"DELETE FROM \"{EfLockTable}\"";
            await delete.ExecuteNonQueryAsync(ct);
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }
}

/// <summary>The database could not be migrated because another process holds the migration lock: exit code 3, HTTP 503.</summary>
public sealed class MigrationLockException(string message, Exception? inner = null) : Exception(message, inner);
