using Mestring.Application.Demo;
using Mestring.Data.Auditing;
using Mestring.Data.Database;
using Mestring.Synthetic;

namespace Mestring.TestSupport;

/// <summary>
/// A calibrated synthetic municipality loaded into a test database through the application's seed use case
/// (<see cref="SyntheticSeed"/>, the same path as <c>mestring seed</c>), for tests that need a real history.
/// </summary>
public static class SeededMunicipality
{
    /// <summary>Migrates the database if needed and loads the generated municipality into <paramref name="code"/> (default 999).</summary>
    public static async Task<SyntheticSeedReport> LoadAsync(
        string connectionString, int inhabitants, int years, ulong seed, string? code = null, CancellationToken ct = default)
    {
        var settings = DatabaseSettings.FromConnectionString(connectionString);
        await using var db = MestringDbContextFactory.Create(settings, actor: new SystemActor("test seed"));
        await DatabaseMigrator.MigrateAsync(db, ct);
        var options = new GeneratorOptions { Inhabitants = inhabitants, Years = years, Seed = seed };
        return await SyntheticSeed.GenerateAndLoadAsync(db, options, code, TimeProvider.System, new SystemActor("test seed"), ct);
    }
}
