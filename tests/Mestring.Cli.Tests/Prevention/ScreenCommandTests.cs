using System.Text.Json.Nodes;
using Mestring.Cli.Commands;
using Mestring.Cli.Hosting;
using Mestring.Data;
using Mestring.Data.Database;
using Mestring.Prevention.Factors;
using Mestring.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Mestring.Cli.Tests.Prevention;

/// <summary>
/// <c>mestring prevention enable/disable</c> and <c>mestring screen</c> in-process on a seeded municipality: refused and
/// audited while off, per-person rows while on, aggregates always.
/// </summary>
public sealed class ScreenCommandTests : IDisposable
{
    private const string LegalBasis = "Barnets Lov §§ 28–32 og kommunens beslutning (test)";
    private static readonly string[] FamilyKeys =
        [FactorKeys.FamilyBenefits, FactorKeys.NotLivingWithBothParents, FactorKeys.ParentsLowEducation, FactorKeys.LowFamilyIncome];

    private readonly string _folder = Directory.CreateTempSubdirectory("mestring-screen-").FullName;

    [Theory]
    [TestDbData(TestDb.Sqlite)]
    [TestDbData(TestDb.Postgres)]
    public async Task Switch_GovernsPerPersonScreening_AggregatesAlwaysWork_AndEverythingIsAudited(TestDb provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var cs = database.ConnectionString;
        var seed = await MestringCli.RunAsync("seed", "--inhabitants", "3000", "--years", "15", "--seed", "1", "--database", cs);
        Assert.True(seed.Code == 0, seed.Error);

        // Off by default: refused, non-zero, clear message, audited.
        var refused = await MestringCli.RunAsync("screen", "--as-of", "2025-06-01", "--database", cs);
        Assert.Equal(CliErrors.Refused, refused.Code);
        Assert.Contains("early detection is switched off", refused.Error, StringComparison.Ordinal);
        Assert.Contains("Tidlig opsporing er slået fra", refused.Error, StringComparison.Ordinal);
        Assert.Contains("mestring prevention enable --legal-basis", refused.Error, StringComparison.Ordinal);
        Assert.Equal("", refused.Output);
        Assert.Equal(1, await CountAuditAsync(database, "denied"));

        // Aggregates work while off.
        var aggregate = await MestringCli.RunAsync("screen", "--aggregate", "--as-of", "2025-06-01", "--database", cs);
        Assert.True(aggregate.Code == 0, aggregate.Error);
        var agg = JsonNode.Parse(aggregate.Output)!;
        Assert.True(agg["total"]!["children"]!.GetValue<int>() > 100);
        Assert.NotEmpty(agg["areas"]!.AsArray());
        Assert.Equal(FamilyKeys, agg["factorKeys"]!.AsArray().Select(k => k!.GetValue<string>()));
        var aggregateCsv = await MestringCli.RunAsync("screen", "--aggregate", "--format", "csv", "--as-of", "2025-06-01", "--database", cs);
        Assert.True(aggregateCsv.Code == 0, aggregateCsv.Error);
        Assert.StartsWith("area,children,family_benefits,", aggregateCsv.Output, StringComparison.Ordinal);

        // A blank legal basis is refused.
        var blank = await MestringCli.RunAsync("prevention", "enable", "--legal-basis", "  ", "--by", "anna", "--database", cs);
        Assert.Equal(CliErrors.Usage, blank.Code);
        Assert.Contains("legalBasis", blank.Error, StringComparison.Ordinal);

        var enable = await MestringCli.RunAsync("prevention", "enable", "--legal-basis", LegalBasis, "--by", "anna", "--database", cs);
        Assert.True(enable.Code == 0, enable.Error);
        Assert.Contains("ON", enable.Output, StringComparison.Ordinal);

        var screen = await MestringCli.RunAsync("screen", "--as-of", "2025-06-01", "--database", cs);
        Assert.True(screen.Code == 0, screen.Error);
        var rows = JsonNode.Parse(screen.Output)!.AsArray();
        Assert.True(rows.Count > 100, $"{rows.Count} children");
        var withFactors = 0;
        foreach (var row in rows.Select(r => r!.AsObject()))
        {
            Assert.Equal(["personId", "factors", "score", "tier"], row.Select(p => p.Key));
            var factors = row["factors"]!.AsArray().Select(f => f!.GetValue<string>()).ToList();
            Assert.All(factors, f => Assert.Contains(f, FamilyKeys));
            Assert.Equal(factors.Count, row["score"]!.GetValue<int>());
            Assert.Contains(row["tier"]!.GetValue<string>(), new[] { "ingen", "lav", "middel", "høj" });
            Assert.False(string.IsNullOrEmpty(row["personId"]!.GetValue<string>()));
            withFactors += factors.Count > 0 ? 1 : 0;
        }
        Assert.InRange(withFactors, 1, rows.Count - 1);

        var csvFile = Path.Combine(_folder, "screen.csv");
        var csv = await MestringCli.RunAsync("screen", "--as-of", "2025-06-01", "--format", "csv", "--out", csvFile, "--database", cs);
        Assert.True(csv.Code == 0, csv.Error);
        var lines = await File.ReadAllLinesAsync(csvFile);
        Assert.Equal("personId,factors,score,tier", lines[0]);
        Assert.Equal(rows.Count + 1, lines.Length);

        var disable = await MestringCli.RunAsync("prevention", "disable", "--by", "bo", "--database", cs);
        Assert.True(disable.Code == 0, disable.Error);
        var again = await MestringCli.RunAsync("screen", "--as-of", "2025-06-01", "--database", cs);
        Assert.Equal(CliErrors.Refused, again.Code);
        Assert.Contains("early detection is switched off", again.Error, StringComparison.Ordinal);

        await using var db = MestringDbContextFactory.Create(DatabaseSettings.FromConnectionString(cs));
        var audit = await db.AuditEntries.Where(a => a.Resource == "prevention").OrderBy(a => a.Id)
            .Select(a => new { a.Action, a.UserId, a.Reason }).ToListAsync();
        Assert.Equal(["denied", "prevention-enable", "screen", "screen", "prevention-disable", "denied"], audit.Select(a => a.Action));
        Assert.Equal(LegalBasis, audit[1].Reason);
        Assert.Equal("anna", audit[1].UserId);
        Assert.All(audit.Where(a => a.Action == "screen"), a => Assert.Equal(LegalBasis, a.Reason));
        Assert.Equal("bo", audit[4].UserId);
        var settings = await db.PreventionSettings.SingleAsync();
        Assert.False(settings.Enabled);
        Assert.Equal("bo", settings.ChangedBy);
        Assert.Equal(LegalBasis, settings.LegalBasis);
    }

    [Theory]
    [TestDbData(TestDb.Sqlite)]
    [TestDbData(TestDb.Postgres)]
    public async Task IndicatorSwitches_AreRecordedAndAudited_AndScreeningComputesOnlySwitchedOnIndicators(TestDb provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var cs = database.ConnectionString;
        var seed = await MestringCli.RunAsync("seed", "--inhabitants", "3000", "--years", "15", "--seed", "1", "--database", cs);
        Assert.True(seed.Code == 0, seed.Error);
        Assert.Equal(0, (await MestringCli.RunAsync("prevention", "enable", "--legal-basis", LegalBasis, "--by", "anna", "--database", cs)).Code);

        static List<List<string>> Factors(string json) => [.. JsonNode.Parse(json)!.AsArray().Select(r => r!["factors"]!.AsArray().Select(f => f!.GetValue<string>()).ToList())];
        var before = await MestringCli.RunAsync("screen", "--as-of", "2025-06-01", "--database", cs);
        Assert.True(before.Code == 0, before.Error);
        Assert.All(Factors(before.Output), f => Assert.All(f, k => Assert.Contains(k, FamilyKeys)));

        // Unknown key and missing legal basis are refused with the reason.
        var unknown = await MestringCli.RunAsync("prevention", "indicator", "enable", "dentist_visits", "--legal-basis", "x", "--by", "anna", "--database", cs);
        Assert.Equal(CliErrors.Usage, unknown.Code);
        Assert.Contains("'dentist_visits' is not a configured indicator; known: notifications, school_absence", unknown.Error, StringComparison.Ordinal);
        // `prevention area set` refuses an unknown team with the reason (the worklist scenario of the web tests covers the use case).
        var noTeam = await MestringCli.RunAsync("prevention", "area", "set", "--team", "Ingen sådan", "--areas", "X", "--by", "anna", "--database", cs);
        Assert.Equal(CliErrors.Usage, noTeam.Code);
        Assert.Contains("team no team named 'Ingen sådan'", noTeam.Error, StringComparison.Ordinal);
        var noBasis = await MestringCli.RunAsync("prevention", "indicator", "enable", "notifications", "--by", "anna", "--database", cs);
        Assert.NotEqual(0, noBasis.Code);
        var blankBasis = await MestringCli.RunAsync("prevention", "indicator", "enable", "notifications", "--legal-basis", " ", "--by", "anna", "--database", cs);
        Assert.Equal(CliErrors.Usage, blankBasis.Code);

        const string NotificationBasis = "Barnets lov § 133 (underretninger) og kommunalbestyrelsens beslutning (test)";
        var on = await MestringCli.RunAsync("prevention", "indicator", "enable", "notifications", "--legal-basis", NotificationBasis, "--by", "carl", "--database", cs);
        Assert.True(on.Code == 0, on.Error);
        Assert.Contains("Indicator notifications is ON", on.Output, StringComparison.Ordinal);
        var with = await MestringCli.RunAsync("screen", "--as-of", "2025-06-01", "--database", cs);
        var withFactors = Factors(with.Output);
        Assert.Contains(withFactors, f => f.Contains(FactorKeys.Notifications));
        Assert.DoesNotContain(withFactors, f => f.Contains(FactorKeys.SchoolAbsence));
        Assert.Equal(Factors(before.Output).Count, withFactors.Count);

        var off = await MestringCli.RunAsync("prevention", "indicator", "disable", "notifications", "--by", "dora", "--database", cs);
        Assert.True(off.Code == 0, off.Error);
        Assert.Equal(Factors(before.Output), Factors((await MestringCli.RunAsync("screen", "--as-of", "2025-06-01", "--database", cs)).Output));

        await using var db = MestringDbContextFactory.Create(DatabaseSettings.FromConnectionString(cs));
        var settings = await db.PreventionSettings.SingleAsync();
        var indicator = Assert.Single(settings.Indicators);
        Assert.False(indicator.Enabled);
        Assert.Equal("dora", indicator.ChangedBy);
        var audit = await db.AuditEntries.Where(a => a.Resource == "prevention" && a.Action.StartsWith("indicator")).OrderBy(a => a.Id)
            .Select(a => new { a.Action, a.UserId, a.Reason }).ToListAsync();
        Assert.Equal(["indicator-enable", "indicator-disable"], audit.Select(a => a.Action));
        Assert.Equal("carl", audit[0].UserId);
        Assert.Equal("notifications: " + NotificationBasis, audit[0].Reason);
        Assert.Equal("dora", audit[1].UserId);
    }

    private static async Task<int> CountAuditAsync(TestDatabase database, string action)
    {
        await using var db = MestringDbContextFactory.Create(DatabaseSettings.FromConnectionString(database.ConnectionString));
        return await db.AuditEntries.CountAsync(a => a.Resource == "prevention" && a.Action == action);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
