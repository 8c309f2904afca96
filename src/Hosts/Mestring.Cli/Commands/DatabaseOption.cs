using Mestring.Data;
using Mestring.Data.Database;

namespace Mestring.Cli.Commands;

/// <summary>
/// <c>--database CONN</c>: a <c>Data Source=</c> string means SQLite, a <c>Host=</c> string PostgreSQL; the
/// default is the embedded SQLite file. A database that does not exist yet is created and migrated.
/// </summary>
internal static class DatabaseOption
{
    public static Option<string?> Create() => new("--database")
    {
        Description = "Connection string: 'Data Source=FILE' (SQLite) or 'Host=…;Database=…;Username=…' (PostgreSQL). Default: " + DatabaseSettings.DefaultSqliteFile,
    };

    public static DatabaseSettings Resolve(string? connectionString) =>
        string.IsNullOrWhiteSpace(connectionString) ? DatabaseSettings.Default : DatabaseSettings.FromConnectionString(connectionString);

    /// <summary>Opens the database as the system (all municipalities), creating and migrating it first.</summary>
    public static async Task<MestringDbContext> OpenAsync(string? connectionString, string actor, CancellationToken ct)
    {
        var settings = Resolve(connectionString);
        MestringDatabase.EnsureSqliteFolder(settings);
        var db = MestringDbContextFactory.Create(settings, actor: new SystemActor(actor));
        await DatabaseMigrator.MigrateAsync(db, ct);
        return db;
    }
}
