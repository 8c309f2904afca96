using Microsoft.EntityFrameworkCore;

namespace Mestring.Data.Database;

/// <summary>Creates the database if needed and applies the provider's migrations (never EnsureCreated).</summary>
public static class DatabaseMigrator
{
    /// <summary>Migrates; a stale SQLite migration lock left by a killed process is cleared first (<see cref="MigrationLock"/>).</summary>
    public static async Task MigrateAsync(MestringDbContext db, CancellationToken cancellationToken = default, TimeSpan? lockWait = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using (await MigrationLock.AcquireAsync(db, lockWait, cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        if (db.Database.IsSqlite())
        {
            // WAL lets the web app read while a long import writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    /// <summary>
    /// True when the database server answers (the database itself may not exist yet: migrating creates it).
    /// SQLite is a file and always "reachable".
    /// </summary>
    public static async Task<bool> CanReachServerAsync(MestringDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            return true;
        }
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Database = "postgres", Timeout = 5, Pooling = false };
        try
        {
            await using var connection = new Npgsql.NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    public static async Task<bool> CanConnectAsync(MestringDbContext db, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException or TimeoutException)
        {
            return false;
        }
    }
}
