using System.CommandLine;
using Mestring.Cli.Commands;
using Mestring.Cli.Hosting;
using Mestring.Data.Database;
using Mestring.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Mestring.Cli.Tests.Hardening;

/// <summary>Issue 16, defects 2 and 9: a crash during migration leaves no hang behind, and an unusable database is one clear line.</summary>
public sealed class FaultTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mestring-faults-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Migrate_WithAStaleLockRowLeftByAKilledProcess_RecoversInsteadOfWaitingForever()
    {
        var file = Path.Combine(_folder, "stale.db");
        await using (var connection = new SqliteConnection($"Data Source={file};Pooling=false"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            // What a process killed in the middle of Migrate leaves behind.
            command.CommandText = "CREATE TABLE \"__EFMigrationsLock\" (\"Id\" INTEGER NOT NULL PRIMARY KEY, \"Timestamp\" TEXT NOT NULL); " +
                "INSERT INTO \"__EFMigrationsLock\" VALUES (1, '2026-12-01T10:00:00.0000000+00:00');";
            await command.ExecuteNonQueryAsync();
        }
        await using var db = MestringDbContextFactory.Create(DatabaseSettings.FromConnectionString($"Data Source={file};Pooling=false"));
        await DatabaseMigrator.MigrateAsync(db).WaitAsync(TimeSpan.FromSeconds(90));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Migrate_WhileAnotherProcessMigrates_EndsTheWaitWithAClearError()
    {
        var file = Path.Combine(_folder, "busy.db");
        await using var held = new FileStream(file + ".migrating", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        await using var db = MestringDbContextFactory.Create(DatabaseSettings.FromConnectionString($"Data Source={file};Pooling=false"));
        var e = await Assert.ThrowsAsync<MigrationLockException>(() => DatabaseMigrator.MigrateAsync(db, lockWait: TimeSpan.FromSeconds(1)));
        Assert.Contains("Another Mestring process", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cli_AgainstAnUnreachablePostgres_PrintsOneLineAndExits3()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "persons.csv"), "");
        var root = new RootCommand("test") { RegisterExtractCommands.CreateImport() };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliHost.InvokeAsync(root.Parse(["import", "register-extract", _folder, "--database", "Host=127.0.0.1;Port=1;Database=nothing;Username=x;Password=y;Timeout=3"]),
            new InvocationConfiguration { Output = output, Error = error });
        Assert.Equal(CliErrors.Unavailable, code);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("mestring import register-extract: the database cannot be used:", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
    }
}
