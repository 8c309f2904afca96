using System.Data.Common;
using Mestring.TestSupport;
using Mestring.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Mestring.Web.Tests.Hardening;

/// <summary>
/// Issue 16, audit integrity: with the application's own database login (the connection string the app runs with), the
/// audit log cannot be changed, deleted or emptied — on PostgreSQL (revoked privileges and a trigger) and on SQLite (triggers).
/// </summary>
public class AuditTamperPostgresTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [PostgresFact]
    public async Task TheAppsRole_CannotUpdateDeleteOrTruncateTheAuditLog()
    {
        using var _ = await app.As(DemoUsers.Caseworker1); // a login writes audit rows
        await using var connection = new NpgsqlConnection(app.Factory.ConnectionString);
        await connection.OpenAsync();
        await AuditTamper.AssertRefusedAsync(connection, "TRUNCATE audit_entries");
    }
}

public class AuditTamperSqliteTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task TheApp_CannotUpdateOrDeleteTheAuditLog()
    {
        using var _ = await app.As(DemoUsers.Caseworker1);
        await using var connection = new SqliteConnection(app.Factory.ConnectionString);
        await connection.OpenAsync();
        await AuditTamper.AssertRefusedAsync(connection, null);
    }
}

internal static class AuditTamper
{
    public static async Task AssertRefusedAsync(DbConnection connection, string? truncate)
    {
        var before = await CountAsync(connection);
        Assert.True(before > 0, "no audit rows to tamper with");
        var attempts = new List<string> { "UPDATE audit_entries SET \"Reason\" = 'changed'", "DELETE FROM audit_entries" };
        if (truncate is not null)
        {
            attempts.Add(truncate);
        }
        foreach (var sql in attempts)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await Assert.ThrowsAnyAsync<DbException>(() => command.ExecuteNonQueryAsync());
        }
        Assert.Equal(before, await CountAsync(connection));
        await using var changed = connection.CreateCommand();
        changed.CommandText = "SELECT COUNT(*) FROM audit_entries WHERE \"Reason\" = 'changed'";
        Assert.Equal(0L, Convert.ToInt64(await changed.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task<long> CountAsync(DbConnection connection)
    {
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM audit_entries";
        return Convert.ToInt64(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
