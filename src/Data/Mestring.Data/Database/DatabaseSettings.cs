namespace Mestring.Data.Database;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Which database to use. Settings: <c>Database:Provider</c> (sqlite | postgres) and
/// <c>ConnectionStrings:Mestring</c>; the CLI's <c>--database</c> decides by the string itself.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqliteFile = "./data/mestring.db";

    public static DatabaseSettings Default => new(DatabaseProvider.Sqlite, $"Data Source={DefaultSqliteFile}");

    /// <summary>A <c>Data Source=</c> string means SQLite, a <c>Host=</c> string PostgreSQL.</summary>
    public static DatabaseSettings FromConnectionString(string connectionString)
    {
        var trimmed = connectionString.Trim();
        if (trimmed.Contains("Host=", StringComparison.OrdinalIgnoreCase) || trimmed.Contains("Server=", StringComparison.OrdinalIgnoreCase))
        {
            return new(DatabaseProvider.Postgres, trimmed);
        }
        if (trimmed.Contains("Data Source=", StringComparison.OrdinalIgnoreCase) || trimmed.Contains("DataSource=", StringComparison.OrdinalIgnoreCase))
        {
            return new(DatabaseProvider.Sqlite, trimmed);
        }
        throw new ArgumentException("The database connection string must be 'Data Source=FILE' (SQLite) or 'Host=…;Database=…' (PostgreSQL).", nameof(connectionString));
    }

    /// <summary>From settings; an unknown provider name is an error, not a silent default.</summary>
    public static DatabaseSettings FromSettings(string? provider, string? connectionString)
    {
        var kind = (provider ?? "sqlite").Trim().ToLowerInvariant() switch
        {
            "sqlite" or "" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
            var other => throw new ArgumentException($"Database:Provider '{other}' is not supported: use sqlite or postgres."),
        };
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return kind == DatabaseProvider.Sqlite
                ? Default
                : throw new ArgumentException("Database:Provider is postgres but ConnectionStrings:Mestring is not set.");
        }
        return new(kind, connectionString);
    }
}
