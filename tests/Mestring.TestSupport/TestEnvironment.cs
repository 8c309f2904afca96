using Npgsql;

namespace Mestring.TestSupport;

/// <summary>
/// The switches that decide which tests can run here. Environment variables:
/// <list type="bullet">
/// <item><c>MESTRING_TEST_POSTGRES</c>: connection string of a server where the tests may create databases
/// (default <see cref="DefaultPostgresConnectionString"/>, what <c>scripts/start-postgres.sh</c> sets up).</item>
/// <item><c>MESTRING_REQUIRE_POSTGRES=1</c>: PostgreSQL tests never skip (CI); without a server they fail.</item>
/// <item><c>MESTRING_REQUIRE_BROWSER=1</c>: browser tests never skip (CI); without Chromium they fail.</item>
/// <item><c>MESTRING_CHROMIUM</c>: the Chromium executable (default <c>/usr/bin/chromium</c>).</item>
/// <item><c>MESTRING_TEST_RESULTS</c>: where screenshots go (default <c>TestResults</c> at the repository root).</item>
/// </list>
/// </summary>
public static class TestEnvironment
{
    public const string DefaultPostgresConnectionString = "Host=127.0.0.1;Port=5432;Username=mestring;Password=mestring";
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    private static readonly Lazy<string?> PostgresProblem = new(ProbePostgres, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The server connection string as given (it may lack a database name).</summary>
    public static string PostgresConnectionString => Variable("MESTRING_TEST_POSTGRES") ?? DefaultPostgresConnectionString;

    public static bool RequirePostgres => Flag("MESTRING_REQUIRE_POSTGRES");

    public static bool RequireBrowser => Flag("MESTRING_REQUIRE_BROWSER");

    public static string ChromiumPath => Variable("MESTRING_CHROMIUM") ?? DefaultChromiumPath;

    /// <summary>True when a connection to the server opened (tried once per process, 3-second timeout).</summary>
    public static bool PostgresAvailable => PostgresProblem.Value is null;

    /// <summary>Why PostgreSQL is not available (null when it is).</summary>
    public static string? PostgresUnavailableReason => PostgresProblem.Value;

    public static bool BrowserAvailable => File.Exists(ChromiumPath);

    /// <summary>The skip message for a PostgreSQL test, or null when it must run (available or required).</summary>
    public static string? PostgresSkipReason =>
        RequirePostgres || PostgresAvailable
            ? null
            : $"PostgreSQL not reachable at {Describe(PostgresConnectionString)} ({PostgresUnavailableReason}) — set MESTRING_TEST_POSTGRES or run scripts/start-postgres.sh";

    /// <summary>The skip message for a browser test, or null when it must run (available or required).</summary>
    public static string? BrowserSkipReason =>
        RequireBrowser || BrowserAvailable
            ? null
            : $"Chromium not found at {ChromiumPath} — install Debian's chromium or set MESTRING_CHROMIUM";

    /// <summary>A connection string for the server's maintenance database <c>postgres</c> (for CREATE/DROP DATABASE).</summary>
    public static string PostgresMaintenanceConnectionString(int timeoutSeconds = 15) =>
        new NpgsqlConnectionStringBuilder(PostgresConnectionString)
        {
            Database = "postgres",
            Timeout = timeoutSeconds,
            Pooling = false,
        }.ConnectionString;

    /// <summary>Throws a clear error when PostgreSQL is not reachable (used where a required test would otherwise fail obscurely).</summary>
    public static void EnsurePostgres()
    {
        if (!PostgresAvailable)
        {
            var why = RequirePostgres ? "MESTRING_REQUIRE_POSTGRES=1 but PostgreSQL" : "PostgreSQL";
            throw new InvalidOperationException(
                $"{why} is not reachable at {Describe(PostgresConnectionString)}: {PostgresUnavailableReason}. Run scripts/start-postgres.sh or set MESTRING_TEST_POSTGRES.");
        }
    }

    /// <summary>Throws a clear error when Chromium is missing.</summary>
    public static void EnsureBrowser()
    {
        if (!BrowserAvailable)
        {
            var why = RequireBrowser ? "MESTRING_REQUIRE_BROWSER=1 but Chromium" : "Chromium";
            throw new InvalidOperationException($"{why} was not found at {ChromiumPath}: install Debian's chromium or set MESTRING_CHROMIUM.");
        }
    }

    /// <summary>The folder for screenshots and other artefacts of failed tests (created on demand).</summary>
    public static string TestResultsDirectory
    {
        get
        {
            var folder = Variable("MESTRING_TEST_RESULTS") ?? Path.Combine(RepositoryRoot ?? Path.GetTempPath(), "TestResults");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    /// <summary>The folder holding Mestring.slnx above the test's output folder, or null.</summary>
    public static string? RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Mestring.slnx")))
                {
                    return dir.FullName;
                }
            }
            return null;
        }
    }

    /// <summary>The connection string without its password, for messages.</summary>
    public static string Describe(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return $"{builder.Host}:{builder.Port} as {builder.Username}";
        }
        catch (ArgumentException)
        {
            return "(unparsable MESTRING_TEST_POSTGRES)";
        }
    }

    private static string? ProbePostgres()
    {
        try
        {
            using var connection = new NpgsqlConnection(PostgresMaintenanceConnectionString(timeoutSeconds: 3));
            connection.Open();
            using var command = new NpgsqlCommand("SELECT 1", connection);
            command.ExecuteScalar();
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or ArgumentException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return ex.Message;
        }
    }

    private static string? Variable(string name)
    {
        var value = Environment.GetEnvironmentVariable(name);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    private static bool Flag(string name) =>
        Variable(name)?.ToUpperInvariant() is "1" or "TRUE" or "YES" or "ON";
}
