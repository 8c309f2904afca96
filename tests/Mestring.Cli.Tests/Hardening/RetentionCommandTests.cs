using System.Text.Json.Nodes;
using Mestring.Data;
using Mestring.Data.Database;
using Mestring.Domain.Audit;
using Mestring.Domain.Citizens;
using Mestring.Domain.Organisation;
using Mestring.Domain.Plans;
using Mestring.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Mestring.Cli.Tests.Hardening;

/// <summary>Issue 16, retention: <c>mestring retention</c> on a case closed long ago and one still recent.</summary>
public sealed class RetentionCommandTests
{
    private const string OldText = "Morgenhjælp og bad to gange om ugen";
    private const string NewText = "Støtte til at komme i gang med uddannelse";

    [Fact]
    public async Task DryRunCounts_ThenTheOldCaseLosesItsContent_TheRecentStays_AndTheAuditKeepsTheFact()
    {
        await using var database = await TestDatabase.CreateAsync(TestDb.Sqlite);
        var cs = database.ConnectionString;
        Guid oldId, newId;
        await using (var db = MestringDbContextFactory.Create(DatabaseSettings.FromConnectionString(cs)))
        {
            await DatabaseMigrator.MigrateAsync(db, CancellationToken.None);
            var m = new Municipality("851", "Testkommune");
            db.Municipalities.Add(m);
            var old = Citizen.Register(m.Id, "P-OLD", "0101504321", "Gammel Sag");
            var recent = Citizen.Register(m.Id, "P-NEW", "0202804322", "Ny Sag");
            db.Citizens.AddRange(old, recent);
            (oldId, newId) = (old.Id, recent.Id);
            db.Plans.Add(PlanWith(m.Id, old.Id, OldText, new DateTimeOffset(2017, 3, 1, 10, 0, 0, TimeSpan.Zero)));
            db.Plans.Add(PlanWith(m.Id, recent.Id, NewText, new DateTimeOffset(2025, 9, 1, 10, 0, 0, TimeSpan.Zero)));
            await db.SaveChangesAsync();
        }
        var auditBefore = await AuditAsync(cs);

        var dry = await MestringCli.RunAsync("retention", "--database", cs, "--years", "5", "--as-of", "2026-12-03", "--dry-run");
        Assert.True(dry.Code == 0, dry.Error);
        var report = JsonNode.Parse(dry.Output)!;
        Assert.True(report["dryRun"]!.GetValue<bool>());
        Assert.Equal("2021-12-03", report["closedBefore"]!.GetValue<string>());
        Assert.Equal(1, report["cases"]!.GetValue<int>());
        Assert.Equal(oldId.ToString(), report["citizenIds"]![0]!.GetValue<string>());
        Assert.Equal(1, report["rows"]!["plan_versions"]!.GetValue<int>());
        Assert.Equal(1, report["rows"]!["plan_sections"]!.GetValue<int>());
        Assert.Equal(auditBefore.Count, (await AuditAsync(cs)).Count);
        Assert.Equal("Gammel Sag", await NameAsync(cs, oldId));

        var run = await MestringCli.RunAsync("retention", "--database", cs, "--years", "5", "--as-of", "2026-12-03");
        Assert.True(run.Code == 0, run.Error);
        Assert.False(JsonNode.Parse(run.Output)!["dryRun"]!.GetValue<bool>());
        Assert.DoesNotContain("Gammel Sag", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("0101504321", run.Output, StringComparison.Ordinal);

        await using (var db = MestringDbContextFactory.Create(DatabaseSettings.FromConnectionString(cs)))
        {
            var old = await db.Citizens.IgnoreQueryFilters().SingleAsync(c => c.Id == oldId);
            Assert.Null(old.Name);
            Assert.Null(old.Cpr);
            Assert.Equal("P-OLD", old.PersonId);
            Assert.False(await db.PlanVersions.IgnoreQueryFilters().AnyAsync(v => v.CitizenId == oldId));
            Assert.False(await db.Plans.IgnoreQueryFilters().AnyAsync(p => p.CitizenId == oldId));
            Assert.Equal("Ny Sag", (await db.Citizens.IgnoreQueryFilters().SingleAsync(c => c.Id == newId)).Name);
            Assert.True(await db.PlanVersions.IgnoreQueryFilters().AnyAsync(v => v.CitizenId == newId && v.SnapshotJson.Contains(NewText)));
        }

        // The audit log keeps every earlier entry unchanged and gains the fact, without content.
        var auditAfter = await AuditAsync(cs);
        Assert.Equal(auditBefore, auditAfter.Take(auditBefore.Count));
        var fact = Assert.Single(auditAfter.Skip(auditBefore.Count), a => a.Resource == "retention");
        Assert.Equal((AuditActions.Delete, (Guid?)oldId, "mestring retention"), (fact.Action, fact.CitizenId, fact.UserName));
        Assert.Null(fact.Reason);

        var again = await MestringCli.RunAsync("retention", "--database", cs, "--years", "5", "--as-of", "2026-12-03");
        Assert.Equal(0, JsonNode.Parse(again.Output)!["cases"]!.GetValue<int>());

        var bad = await MestringCli.RunAsync("retention", "--database", cs, "--years", "0");
        Assert.Equal(1, bad.Code);
        Assert.Contains("1–100 whole years", bad.Error, StringComparison.Ordinal);
    }

    private static Plan PlanWith(Guid municipalityId, Guid citizenId, string text, DateTimeOffset at)
    {
        var plan = new Plan(municipalityId, citizenId);
        plan.SetSection(Sector.Health, text, "Hjemmeplejen");
        plan.Commit(at, "Sagsbehandler", "Afsnit opdateret", $"{{\"text\":\"{text}\"}}");
        return plan;
    }

    private static async Task<string?> NameAsync(string cs, Guid id)
    {
        await using var db = MestringDbContextFactory.Create(DatabaseSettings.FromConnectionString(cs));
        return (await db.Citizens.IgnoreQueryFilters().SingleAsync(c => c.Id == id)).Name;
    }

    private static async Task<List<(long Id, string Action, string Resource, Guid? CitizenId, string UserName, string? Reason)>> AuditAsync(string cs)
    {
        await using var db = MestringDbContextFactory.Create(DatabaseSettings.FromConnectionString(cs));
        return [.. (await db.AuditEntries.IgnoreQueryFilters().OrderBy(a => a.Id).ToListAsync())
            .Select(a => (a.Id, a.Action, a.Resource, a.CitizenId, a.UserName, a.Reason))];
    }
}
