using Mestring.Application.Registers;
using Mestring.Domain.Organisation;
using Mestring.Registers;
using Mestring.Synthetic;

namespace Mestring.Application.Demo;

/// <summary>What a seed loaded: the municipality, the generated data (with its ground truth) and the import reports.</summary>
public sealed record SyntheticSeedReport(
    Municipality Municipality, SyntheticMunicipality Generated, IReadOnlyList<RegisterFileReport> Files, OperationalRecordsReport Operational);

/// <summary>Progress hooks of a seed (the CLI draws bars with them); every hook is optional.</summary>
public sealed record SyntheticSeedProgress(
    IProgress<RegisterImportProgress>? Rows = null, Action<RegisterFileReport>? FileLoaded = null, Action? OperationalLoaded = null);

/// <summary>
/// Loads a calibrated synthetic municipality (Mestring.Synthetic) through the register-extract bulk import path (from
/// the generator's rows, not via CSV) and then its case records (identity, team, plan, goals, orders, follow-ups).
/// Each register file is loaded atomically, the operational records in one transaction. The ground truth stays in
/// the returned <see cref="SyntheticMunicipality"/>, never in the database. Used by <c>mestring seed</c>, the demo and the tests.
/// </summary>
public static class SyntheticSeed
{
    /// <summary>The municipality a seed goes into when no code is given.</summary>
    public const string DefaultCode = "999";
    public const string DefaultName = "Syntetisk kommune";

    /// <summary>Generates with <paramref name="options"/> and loads into the municipality <paramref name="code"/> (created if missing).</summary>
    public static async Task<SyntheticSeedReport> GenerateAndLoadAsync(
        MestringDbContext db, GeneratorOptions options, string? code, TimeProvider clock, IAuditActor actor, CancellationToken ct = default)
    {
        var target = await ImportMunicipality.ResolveOrCreateAsync(db, code, DefaultCode, DefaultName, ct);
        var generated = SyntheticMunicipality.Generate(options);
        var (files, operational) = Load(db, target.Id, generated, clock, actor);
        return new SyntheticSeedReport(target, generated, files, operational);
    }

    /// <summary>Loads already generated data into the municipality <paramref name="municipalityId"/>.</summary>
    public static (IReadOnlyList<RegisterFileReport> Files, OperationalRecordsReport Operational) Load(
        MestringDbContext db, Guid municipalityId, SyntheticMunicipality generated, TimeProvider clock, IAuditActor actor,
        SyntheticSeedProgress? progress = null)
    {
        ArgumentNullException.ThrowIfNull(generated);
        var importer = new RegisterExtractImporter(db, municipalityId, clock, actor) { Progress = progress?.Rows };
        var files = importer.ImportRows(generated.ToRows(), progress?.FileLoaded);
        var operational = new OperationalRecordsImporter(db, municipalityId, clock, actor).Import(generated.Operational());
        progress?.OperationalLoaded?.Invoke();
        return (files, operational);
    }
}
