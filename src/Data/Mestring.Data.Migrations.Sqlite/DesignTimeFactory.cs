using Mestring.Data;
using Mestring.Data.Database;
using Microsoft.EntityFrameworkCore.Design;

namespace Mestring.Data.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the SQLite model.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MestringDbContext>
{
    public MestringDbContext CreateDbContext(string[] args) =>
        MestringDbContextFactory.Create(new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=design-time.db"));
}
