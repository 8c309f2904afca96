using Mestring.Cli.Hosting;
using Mestring.Data;
using Mestring.Data.Database;
using Mestring.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Mestring.Cli.Tests.Administration;

/// <summary>
/// <c>mestring users …</c> in-process on a seeded municipality: the admin API's use case from the command line — created,
/// listed, password reset, deactivated and reactivated, every change audited with the administrator named by <c>--by</c>.
/// </summary>
public sealed class UsersCommandTests
{
    private const string Password = "Lang-adgangskode-2026";

    [Fact]
    public async Task Users_AreCreated_Listed_Reset_Deactivated_AndAudited_ThroughTheAdminUseCase()
    {
        await using var database = await TestDatabase.CreateAsync(TestDb.Sqlite);
        var cs = database.ConnectionString;
        var seed = await MestringCli.RunAsync("seed", "--inhabitants", "3000", "--years", "5", "--seed", "2", "--database", cs);
        Assert.True(seed.Code == 0, seed.Error);

        var created = await MestringCli.RunAsync("users", "create", "--user-name", "lmikkelsen", "--display-name", "Lene Mikkelsen",
            "--password", Password, "--role", "Manager", "--by", "anders", "--reason", "Ny leder", "--database", cs);
        Assert.True(created.Code == 0, created.Error);
        Assert.Contains("Created lmikkelsen (Lene Mikkelsen)", created.Output, StringComparison.Ordinal);

        var list = await MestringCli.RunAsync("users", "list", "--format", "json", "--database", cs);
        Assert.True(list.Code == 0, list.Error);
        var user = System.Text.Json.Nodes.JsonNode.Parse(list.Output)!.AsArray().Single(u => u!["userName"]!.GetValue<string>() == "lmikkelsen")!;
        Assert.Equal("Manager", user["roles"]![0]!.GetValue<string>());
        Assert.True(user["active"]!.GetValue<bool>());

        var duplicate = await MestringCli.RunAsync("users", "create", "--user-name", "lmikkelsen", "--display-name", "Lene M",
            "--password", Password, "--role", "Manager", "--by", "anders", "--database", cs);
        Assert.Equal(CliErrors.Refused, duplicate.Code);
        var badRole = await MestringCli.RunAsync("users", "create", "--user-name", "x1", "--display-name", "X", "--password", Password,
            "--role", "Boss", "--by", "anders", "--database", cs);
        Assert.Equal(CliErrors.Invalid, badRole.Code);
        Assert.Contains("roles", badRole.Error, StringComparison.Ordinal);
        var shortPassword = await MestringCli.RunAsync("users", "reset-password", "lmikkelsen", "--password", "kort", "--by", "anders", "--database", cs);
        Assert.Equal(CliErrors.Invalid, shortPassword.Code);
        var unknown = await MestringCli.RunAsync("users", "deactivate", "nobody", "--by", "anders", "--database", cs);
        Assert.Equal(CliErrors.Usage, unknown.Code);

        var reset = await MestringCli.RunAsync("users", "reset-password", "lmikkelsen", "--password", Password + "!", "--by", "anders", "--database", cs);
        Assert.True(reset.Code == 0, reset.Error);
        var deactivated = await MestringCli.RunAsync("users", "deactivate", "LMIKKELSEN", "--by", "anders", "--reason", "Fratrådt", "--database", cs);
        Assert.True(deactivated.Code == 0, deactivated.Error);
        Assert.Contains("active: no", deactivated.Output, StringComparison.Ordinal);
        var table = await MestringCli.RunAsync("users", "list", "--database", cs);
        Assert.Matches(@"lmikkelsen\s+Lene Mikkelsen\s+Manager\s+no", table.Output);
        var reactivated = await MestringCli.RunAsync("users", "reactivate", "lmikkelsen", "--by", "anders", "--database", cs);
        Assert.Contains("active: yes", reactivated.Output, StringComparison.Ordinal);

        await using var db = MestringDbContextFactory.Create(DatabaseSettings.FromConnectionString(cs));
        var audit = await db.AuditEntries.Where(a => a.Resource == "user" && a.Action != "search").OrderBy(a => a.Id).Select(a => new { a.UserId, a.Role, a.Reason }).ToListAsync();
        Assert.Equal(4, audit.Count);
        Assert.All(audit, a => Assert.Equal("anders", a.UserId));
        Assert.Contains("lmikkelsen", audit[0].Reason, StringComparison.Ordinal);
        Assert.Contains("Ny leder", audit[0].Reason, StringComparison.Ordinal);
        Assert.Contains("Fratrådt", audit[2].Reason, StringComparison.Ordinal);
    }
}
