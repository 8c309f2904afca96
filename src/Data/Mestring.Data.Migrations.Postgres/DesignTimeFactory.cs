using Mestring.Data;
using Mestring.Data.Database;
using Microsoft.EntityFrameworkCore.Design;

namespace Mestring.Data.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the PostgreSQL model (no server needed to add a migration).</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MestringDbContext>
{
    public MestringDbContext CreateDbContext(string[] args) =>
        MestringDbContextFactory.Create(new DatabaseSettings(DatabaseProvider.Postgres, "Host=localhost;Database=mestring_design;Username=postgres"));
}
