using System.IO.Compression;
using System.Text.Json.Nodes;
using Mestring.TestSupport;

namespace Mestring.Cli.Tests.Reporting;

/// <summary><c>mestring report council|reproduce</c> and <c>mestring export|import aggregates</c> on a small seeded municipality.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mestring-report-").FullName;

    [Fact]
    public async Task CouncilReport_IsWritten_AndReproducedFromItsRecord_WithTheSameFigures()
    {
        await using var database = await TestDatabase.CreateAsync(TestDb.Sqlite);
        var seeded = await MestringCli.RunAsync("seed", "--inhabitants", "3000", "--years", "5", "--seed", "4", "--database", database.ConnectionString);
        Assert.True(seeded.Code == 0, seeded.Error);
        var file = Path.Combine(_folder, "council.xlsx");

        var made = await MestringCli.RunAsync("report", "council", "--out", file, "--from-year", "2021", "--to-year", "2025", "--database", database.ConnectionString);

        Assert.True(made.Code == 0, made.Error);
        using (var zip = ZipFile.OpenRead(file))
        {
            Assert.Contains(zip.Entries, e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));
        }
        var id = made.Output.Split(' ')[1];
        var again = await MestringCli.RunAsync("report", "reproduce", "--id", id, "--out", Path.Combine(_folder, "again.xlsx"), "--database", database.ConnectionString);
        Assert.True(again.Code == 0, again.Error + again.Output);
        var verdict = JsonNode.Parse(again.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1])!;
        Assert.True(verdict["sameFigures"]!.GetValue<bool>());
        Assert.Equal(verdict["originalFiguresHash"]!.GetValue<string>(), verdict["reproducedFiguresHash"]!.GetValue<string>());

        var aggregates = Path.Combine(_folder, "aggregates.json");
        var exported = await MestringCli.RunAsync("export", "aggregates", "--out", aggregates, "--from-year", "2021", "--to-year", "2025", "--database", database.ConnectionString);
        Assert.True(exported.Code == 0, exported.Error);
        var own = await MestringCli.RunAsync("import", "aggregates", aggregates, "--database", database.ConnectionString);
        Assert.Equal(2, own.Code); // the own municipality's file is refused
        var other = JsonNode.Parse(await File.ReadAllTextAsync(aggregates))!;
        other["municipality"] = "0998";
        await File.WriteAllTextAsync(aggregates, other.ToJsonString());
        var imported = await MestringCli.RunAsync("import", "aggregates", aggregates, "--database", database.ConnectionString);
        Assert.True(imported.Code == 0, imported.Error);
        Assert.StartsWith("municipality 0998:", imported.Output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
