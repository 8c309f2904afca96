using Microsoft.EntityFrameworkCore.Design;

namespace Mestring.Data.Database;

/// <summary>
/// What `dotnet ef migrations add` needs to build the model of one provider: each migrations project derives one
/// (EF looks for the factory in that project) and names its provider and a placeholder connection.
/// </summary>
public abstract class DesignTimeContextFactory(DatabaseProvider provider, string connectionString) : IDesignTimeDbContextFactory<MestringDbContext>
{
    public MestringDbContext CreateDbContext(string[] args) =>
        MestringDbContextFactory.Create(new DatabaseSettings(provider, connectionString));
}
