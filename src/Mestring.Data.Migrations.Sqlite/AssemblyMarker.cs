namespace Mestring.Data.Migrations.Sqlite;

/// <summary>Anchors this assembly for reflection (architecture tests, migrations lookup).</summary>
public static class AssemblyMarker;
