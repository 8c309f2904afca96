using System.CommandLine;
using System.Text.Json.Nodes;
using Mestring.Cli.Commands;
using Mestring.Synthetic;
using Mestring.TestSupport;
using Xunit.Abstractions;

namespace Mestring.Web.Tests.Oversight;

/// <summary>
/// <c>mestring seed</c> then <c>mestring oversee</c> on a 60,000-inhabitant municipality, scored against the truth file:
/// ≥ 90 % of the planted anomalies found with their kind, ≤ 5 % of the clean providers given any signal.
/// </summary>
public sealed class OverseeCommandTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mestring-oversee-").FullName;

    [Theory]
    [TestDbData(TestDb.Sqlite, 5UL)]
    [TestDbData(TestDb.Postgres, 6UL)]
    public async Task Oversee_OnASeededMunicipality_FindsThePlantedAnomalies(TestDb provider, ulong seed)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var truthFile = Path.Combine(_folder, "truth.json");
        var seeded = await RunAsync("seed", "--inhabitants", "60000", "--years", "15", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--database", database.ConnectionString, "--truth", truthFile);
        Assert.True(seeded.Code == 0, seeded.Error);

        var run = await RunAsync("oversee", "--database", database.ConnectionString, "--format", "json");
        Assert.True(run.Code == 0, run.Error);
        var signals = JsonNode.Parse(run.Output)!.AsArray();
        foreach (var s in signals)
        {
            foreach (var key in new[] { "providerId", "kind", "severity", "evidence" })
            {
                Assert.True(s!.AsObject().ContainsKey(key), key);
            }
            Assert.False(string.IsNullOrWhiteSpace(s!["evidence"]!["summary"]!.GetValue<string>()));
        }
        var truth = GroundTruth.FromJson(await File.ReadAllTextAsync(truthFile));
        var found = signals.Select(s => (s!["providerId"]!.GetValue<string>(), s["kind"]!.GetValue<string>())).ToHashSet();
        var planted = truth.Anomalies.ToList();
        var hits = planted.Count(a => found.Contains((a.ProviderId, a.Kind)));
        foreach (var kind in planted.Select(a => a.Kind).Distinct().Order(StringComparer.Ordinal))
        {
            output.WriteLine($"{kind,-32} planted {planted.Count(a => a.Kind == kind)} found {planted.Count(a => a.Kind == kind && found.Contains((a.ProviderId, a.Kind)))}");
        }
        var anomalous = planted.Select(a => a.ProviderId).ToHashSet(StringComparer.Ordinal);
        var clean = truth.ProviderEffects.Select(p => p.ProviderId).Where(p => !anomalous.Contains(p)).ToList();
        var cleanFlagged = found.Select(f => f.Item1).Distinct().Count(p => !anomalous.Contains(p));
        output.WriteLine($"found {hits}/{planted.Count}; clean flagged {cleanFlagged}/{clean.Count}");
        Assert.True(planted.Count >= 20);
        Assert.True(hits >= 0.9 * planted.Count, $"found {hits} of {planted.Count}");
        Assert.True(cleanFlagged <= 0.05 * clean.Count, $"clean flagged {cleanFlagged} of {clean.Count}");

        var table = await RunAsync("oversee", "--database", database.ConnectionString, "--format", "table");
        Assert.True(table.Code == 0, table.Error);
        Assert.Contains("providerId", table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Oversee_WithABadPriceIndex_ExitsWith2AndNamesTheLine()
    {
        await using var database = await TestDatabase.CreateAsync(TestDb.Sqlite);
        var seeded = await RunAsync("seed", "--inhabitants", "2000", "--years", "3", "--seed", "2", "--database", database.ConnectionString);
        Assert.True(seeded.Code == 0, seeded.Error);
        var file = Path.Combine(_folder, "index.csv");
        await File.WriteAllTextAsync(file, "year,index\n2024,100\n2025,abc\n");
        var run = await RunAsync("oversee", "--database", database.ConnectionString, "--price-index", file);
        Assert.Equal(2, run.Code);
        Assert.Contains("line 3", run.Error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var root = new RootCommand("test") { SeedCommand.Create(), OverseeCommand.Create() };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
