using Microsoft.EntityFrameworkCore;

namespace Mestring.Data.Database;

/// <summary>Creates the database if needed and applies the provider's migrations (never EnsureCreated).</summary>
public static class DatabaseMigrator
{
    public static async Task MigrateAsync(MestringDbContext db, CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets the web app read while a long import writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
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
