using Mestring.Data.Database;

namespace Mestring.Data.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the PostgreSQL model (no server needed to add a migration).</summary>
public sealed class DesignTimeFactory() : DesignTimeContextFactory(DatabaseProvider.Postgres, "Host=localhost;Database=mestring_design;Username=postgres");
