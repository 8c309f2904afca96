using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Npgsql;
using Xunit.Sdk;

namespace Mestring.TestSupport;

/// <summary>Which database a test runs on.</summary>
public enum TestDb
{
    Sqlite,
    Postgres,
}

/// <summary>
/// A fresh, uniquely named, empty database for one test class or fixture; dropped (PostgreSQL) or deleted
/// (SQLite) on dispose. The app's migrations create the tables when the web app starts on it.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable, IDisposable
{
    private static readonly string SqliteFolder = Path.Combine(Path.GetTempPath(), "mestring-tests");
    private bool _disposed;

    private TestDatabase(TestDb provider, string name, string connectionString)
    {
        Provider = provider;
        Name = name;
        ConnectionString = connectionString;
    }

    public TestDb Provider { get; }

    /// <summary>The SQLite file path or the PostgreSQL database name.</summary>
    public string Name { get; }

    /// <summary>The connection string to give the app (<c>ConnectionStrings:Mestring</c>).</summary>
    public string ConnectionString { get; }

    /// <summary>The app's <c>Database:Provider</c> setting for this database: <c>sqlite</c> or <c>postgres</c>.</summary>
    public string ProviderSetting => ProviderSettingOf(Provider);

    public static string ProviderSettingOf(TestDb provider) => provider switch
    {
        TestDb.Sqlite => "sqlite",
        TestDb.Postgres => "postgres",
    };

    /// <summary>Creates an empty database (PostgreSQL: <c>CREATE DATABASE mestring_test_&lt;guid&gt;</c>).</summary>
    public static async Task<TestDatabase> CreateAsync(TestDb provider, CancellationToken cancellationToken = default)
    {
        var database = Allocate(provider);
        if (provider == TestDb.Postgres)
        {
            await using var connection = new NpgsqlConnection(TestEnvironment.PostgresMaintenanceConnectionString());
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand(database.CreateSql, connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return database;
    }

    /// <summary>Synchronous <see cref="CreateAsync"/>, for fixture constructors.</summary>
    public static TestDatabase Create(TestDb provider)
    {
        var database = Allocate(provider);
        if (provider == TestDb.Postgres)
        {
            using var connection = new NpgsqlConnection(TestEnvironment.PostgresMaintenanceConnectionString());
            connection.Open();
            using var command = new NpgsqlCommand(database.CreateSql, connection);
            command.ExecuteNonQuery();
        }
        return database;
    }

    /// <summary>Drops the PostgreSQL database (closing its connections) or deletes the SQLite files.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!BeginDispose())
        {
            return;
        }
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(TestEnvironment.PostgresMaintenanceConnectionString());
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand(DropSqlFor(attempt), connection);
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (IsRetryableDropFailure(e) && attempt < DropAttempts)
            {
                ClearThisDatabasesPool();
                await Task.Delay(TimeSpan.FromMilliseconds(500 * attempt));
            }
        }
    }

    public void Dispose()
    {
        if (!BeginDispose())
        {
            return;
        }
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var connection = new NpgsqlConnection(TestEnvironment.PostgresMaintenanceConnectionString());
                connection.Open();
                using var command = new NpgsqlCommand(DropSqlFor(attempt), connection);
                command.ExecuteNonQuery();
                return;
            }
            catch (PostgresException e) when (IsRetryableDropFailure(e) && attempt < DropAttempts)
            {
                ClearThisDatabasesPool();
                Thread.Sleep(TimeSpan.FromMilliseconds(500 * attempt));
            }
        }
    }

    public override string ToString() => $"{ProviderSetting}:{Name}";

    private string CreateSql => $"CREATE DATABASE \"{Name}\"";

    private const int DropAttempts = 6;

    // WITH (FORCE) ends the app's leftover connections, but a non-superuser may not end an autovacuum worker
    // that has just started on a freshly loaded database (42501 on PostgreSQL 15). A plain DROP DATABASE ends
    // autovacuum workers itself but fails while other sessions are connected (55006). So the attempts alternate.
    private string DropSqlFor(int attempt) =>
        attempt % 2 == 1 ? $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)" : $"DROP DATABASE IF EXISTS \"{Name}\"";

    private static bool IsRetryableDropFailure(PostgresException e) =>
        e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse;

    private void ClearThisDatabasesPool()
    {
        using var pooled = new NpgsqlConnection(ConnectionString);
        NpgsqlConnection.ClearPool(pooled);
    }

    private static TestDatabase Allocate(TestDb provider)
    {
        var id = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);
        switch (provider)
        {
            case TestDb.Sqlite:
                Directory.CreateDirectory(SqliteFolder);
                var file = Path.Combine(SqliteFolder, id + ".db");
                return new TestDatabase(provider, file, $"Data Source={file}");
            case TestDb.Postgres:
                TestEnvironment.EnsurePostgres();
                var name = "mestring_test_" + id;
                var connectionString = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresConnectionString) { Database = name }.ConnectionString;
                return new TestDatabase(provider, name, connectionString);
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, null);
        }
    }

    /// <summary>Marks the database disposed; true when PostgreSQL work remains (SQLite files are deleted here).</summary>
    private bool BeginDispose()
    {
        if (_disposed)
        {
            return false;
        }
        _disposed = true;
        if (Provider == TestDb.Postgres)
        {
            // Idle pooled connections of this database only; DROP ... WITH (FORCE) ends any still in use.
            ClearThisDatabasesPool();
            return true;
        }
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            try
            {
                File.Delete(Name + suffix);
            }
            catch (IOException)
            {
                // Best effort: the folder is under the temp directory.
            }
        }
        return false;
    }
}

/// <summary>
/// One theory row per database: <c>[Theory] [TestDbData(TestDb.Sqlite)] [TestDbData(TestDb.Postgres)]</c>.
/// The PostgreSQL row skips with a message when the server is missing and not required.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class TestDbDataAttribute : DataAttribute
{
    public TestDbDataAttribute(TestDb provider, params object?[] more)
    {
        Provider = provider;
        More = more;
        if (provider == TestDb.Postgres && TestEnvironment.PostgresSkipReason is { } reason)
        {
            Skip = reason;
        }
    }

    public TestDb Provider { get; }

    public IReadOnlyList<object?> More { get; }

    public override IEnumerable<object?[]> GetData(MethodInfo testMethod) => [[Provider, .. More]];
}

/// <summary>MemberData helpers: <c>[Theory] [MemberData(nameof(TestDbs.All), MemberType = typeof(TestDbs))]</c>.</summary>
public static class TestDbs
{
    /// <summary>Both databases: the PostgreSQL row fails (clearly) where no server is reachable.</summary>
    public static TheoryData<TestDb> All => new() { TestDb.Sqlite, TestDb.Postgres };

    /// <summary>SQLite always, PostgreSQL when reachable or required (a silent omission otherwise: prefer <see cref="TestDbDataAttribute"/>).</summary>
    public static TheoryData<TestDb> Available
    {
        get
        {
            var data = new TheoryData<TestDb> { TestDb.Sqlite };
            if (TestEnvironment.PostgresSkipReason is null)
            {
                data.Add(TestDb.Postgres);
            }
            return data;
        }
    }
}
