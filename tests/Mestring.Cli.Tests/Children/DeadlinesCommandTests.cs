using System.Text.Json.Nodes;
using Mestring.Data;
using Mestring.Data.Database;
using Mestring.Domain.Children;
using Mestring.Domain.Citizens;
using Mestring.Domain.Organisation;
using Mestring.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Mestring.Cli.Tests.Children;

/// <summary><c>mestring deadlines</c> on hand-made children's cases.</summary>
public sealed class DeadlinesCommandTests
{
    private static readonly TimeSpan Winter = TimeSpan.FromHours(1);

    [Fact]
    public async Task FridayNotification_IsDueSaturday_ThenOverdue_AndAnApplicationInvestigationRuns4Months()
    {
        await using var database = await TestDatabase.CreateAsync(TestDb.Sqlite);
        var cs = database.ConnectionString;
        Guid childId;
        await using (var db = MestringDbContextFactory.Create(DatabaseSettings.FromConnectionString(cs)))
        {
            await DatabaseMigrator.MigrateAsync(db, CancellationToken.None);
            var municipality = new Municipality("851", "Testkommune");
            db.Municipalities.Add(municipality);
            var child = new Citizen(municipality.Id, "P1", new DateOnly(2016, 5, 1), 'F');
            db.Citizens.Add(child);
            childId = child.Id;
            db.ChildNotifications.Add(new ChildNotification(municipality.Id, child.Id, new DateTimeOffset(2026, 3, 6, 16, 0, 0, Winter),
                NotifierKind.Private, true, null, null, null, "Bekymring", "test"));
            db.ChildInvestigations.Add(new ChildInvestigation(municipality.Id, child.Id, InvestigationKind.Undersoegelse, InvestigationSource.Application,
                null, new DateTimeOffset(2025, 10, 31, 9, 0, 0, Winter), new DateTimeOffset(2025, 11, 3, 9, 0, 0, Winter), "test", null));
            await db.SaveChangesAsync();
        }

        var friday = await RunAsync("deadlines", "--database", cs, "--as-of", "2026-03-06");
        Assert.True(friday.Code == 0, friday.Error);
        var rows = JsonNode.Parse(friday.Output)!.AsArray();
        var notification = rows.Single(r => r!["kind"]!.GetValue<string>() == "notification-24h")!;
        Assert.Equal(childId.ToString(), notification["citizenId"]!.GetValue<string>());
        Assert.Equal("2026-03-06T16:00:00+01:00", notification["triggeredAt"]!.GetValue<string>());
        Assert.Equal("2026-03-07T16:00:00+01:00", notification["dueAt"]!.GetValue<string>());
        Assert.Null(notification["metAt"]);
        Assert.True(notification.AsObject().ContainsKey("metAt"));
        Assert.Equal("due", notification["status"]!.GetValue<string>());
        var investigation = rows.Single(r => r!["kind"]!.GetValue<string>() == "investigation-4m")!;
        Assert.Equal("2026-02-28T09:00:00+01:00", investigation["dueAt"]!.GetValue<string>());
        Assert.Equal("overdue", investigation["status"]!.GetValue<string>());

        var monday = JsonNode.Parse((await RunAsync("deadlines", "--database", cs, "--as-of", "2026-03-09")).Output)!.AsArray();
        Assert.Equal("overdue", monday.Single(r => r!["kind"]!.GetValue<string>() == "notification-24h")!["status"]!.GetValue<string>());
        var before = JsonNode.Parse((await RunAsync("deadlines", "--database", cs, "--as-of", "2026-03-05")).Output)!.AsArray();
        Assert.DoesNotContain(before, r => r!["kind"]!.GetValue<string>() == "notification-24h");

        var table = await RunAsync("deadlines", "--database", cs, "--as-of", "2026-03-06", "--format", "table");
        Assert.Contains("notification-24h", table.Output, StringComparison.Ordinal);
        var bad = await RunAsync("deadlines", "--database", cs, "--as-of", "06-03-2026");
        Assert.Equal(1, bad.Code);
        Assert.Contains("--as-of", bad.Error, StringComparison.Ordinal);

        await using var check = MestringDbContextFactory.Create(DatabaseSettings.FromConnectionString(cs));
        Assert.True(await check.AuditEntries.AnyAsync(a => a.Resource == "child-deadlines" && a.CitizenId == childId && a.UserId == "mestring deadlines"));
    }

    private static Task<(int Code, string Output, string Error)> RunAsync(params string[] args) => MestringCli.RunAsync(args);
}
