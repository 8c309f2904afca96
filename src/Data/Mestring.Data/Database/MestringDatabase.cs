using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Mestring.Data.Database;

/// <summary>Configures the DbContext for the chosen provider, each with its own migrations assembly.</summary>
public static class MestringDatabase
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseSettings settings)
    {
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(settings.ConnectionString, o => o.MigrationsAssembly("Mestring.Data.Migrations.Sqlite"));
                break;
            case DatabaseProvider.Postgres:
                builder.UseNpgsql(settings.ConnectionString, o => o.MigrationsAssembly("Mestring.Data.Migrations.Postgres"));
                break;
        }
        // The model differs by provider (SQLite stores times as ticks), so cache one model per provider.
        builder.ReplaceService<IModelCacheKeyFactory, ProviderModelCacheKeyFactory>();
        return builder;
    }

    /// <summary>Makes sure the folder of an SQLite file exists, so that a first start can create the database.</summary>
    public static void EnsureSqliteFolder(DatabaseSettings settings)
    {
        if (settings.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }
        var file = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:" || file.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}

internal sealed class ProviderModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) => (context.GetType(), context.Database.ProviderName, designTime);
}
