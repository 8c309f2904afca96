using Mestring.Data.Database;

namespace Mestring.Data.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the SQLite model.</summary>
public sealed class DesignTimeFactory() : DesignTimeContextFactory(DatabaseProvider.Sqlite, "Data Source=design-time.db");
