using System.Text.Json.Nodes;
using Mestring.Cli.Commands;
using Mestring.Registers;
using Mestring.Synthetic;
using Mestring.TestSupport;

namespace Mestring.Cli.Tests.Registers;

/// <summary><c>mestring seed</c> in-process: the generator's rows through the import path, truth only in the file.</summary>
public sealed class SeedCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mestring-seed-").FullName;

    [Theory]
    [TestDbData(TestDb.Sqlite)]
    [TestDbData(TestDb.Postgres)]
    public async Task Seed_LoadsExactlyTheGeneratedExtract_WritesTruthApart_AndPrintsCalibration(TestDb provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var truth = Path.Combine(_folder, "truth.json");
        var seed = await MestringCli.RunAsync("seed", "--inhabitants", "2000", "--years", "3", "--seed", "11", "--database", database.ConnectionString, "--truth", truth);
        Assert.True(seed.Code == 0, seed.Error);
        Assert.Contains("figure", seed.Output, StringComparison.Ordinal);
        Assert.Contains("within", seed.Output, StringComparison.Ordinal);

        var json = JsonNode.Parse(await File.ReadAllTextAsync(truth))!;
        Assert.NotEmpty(json["methodEffects"]!.AsArray());
        Assert.NotNull(json["providerEffects"]);
        Assert.NotNull(json["anomalies"]);

        // Same seed → the database holds exactly the generator's extract.
        var expected = Path.Combine(_folder, "generated");
        SyntheticMunicipality.Generate(new GeneratorOptions { Inhabitants = 2000, Years = 3, Seed = 11 }).WriteFolder(expected);
        var exported = Path.Combine(_folder, "exported");
        var export = await MestringCli.RunAsync("export", "register-extract", "--out", exported, "--database", database.ConnectionString);
        Assert.True(export.Code == 0, export.Error);
        foreach (var file in RegisterExtractFolder.LoadOrder)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(exported, file))), file);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
