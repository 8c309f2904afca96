using System.Net;
using Mestring.Data.Database;
using Mestring.Data.Identity;
using Mestring.Domain.Citizens;
using Mestring.Domain.Organisation;
using Mestring.TestSupport;
using Mestring.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mestring.Web.Tests.Security;

/// <summary>Relationship-based access, break-the-glass, audit and tenant isolation — on SQLite and PostgreSQL.</summary>
internal static class AccessScenarios
{
    public static async Task OnlyRelatedUsersSeeACitizen(AppFixture app)
    {
        using var caseworker1 = await app.As(DemoUsers.Caseworker1);
        var sara = await DemoFacts.CitizenIdAsync(caseworker1, DemoFacts.Citizen1Name);
        var amira = await DemoFacts.CitizenIdAsync(caseworker1, DemoFacts.OtherCitizenName);

        using var caseworker2 = await app.As(DemoUsers.Caseworker2);
        Assert.Equal(HttpStatusCode.NotFound, await caseworker2.StatusAsync(HttpMethod.Get, $"/api/v1/citizens/{sara}"));
        Assert.Equal(HttpStatusCode.NotFound, await caseworker2.StatusAsync(HttpMethod.Get, $"/api/v1/citizens/{sara}/plan"));
        Assert.DoesNotContain(DemoFacts.Citizen1Name, (await caseworker2.GetAsync("/api/v1/citizens")).Compact(), StringComparison.Ordinal);

        using var provider = await app.As(DemoUsers.Provider1);
        Assert.Equal(HttpStatusCode.OK, await provider.StatusAsync(HttpMethod.Get, $"/api/v1/citizens/{sara}"));
        Assert.Equal(HttpStatusCode.NotFound, await provider.StatusAsync(HttpMethod.Get, $"/api/v1/citizens/{amira}"));

        using var citizen = await app.As(DemoUsers.Citizen1);
        Assert.Equal(HttpStatusCode.OK, await citizen.StatusAsync(HttpMethod.Get, $"/api/v1/citizens/{sara}/plan"));
        Assert.Equal(HttpStatusCode.NotFound, await citizen.StatusAsync(HttpMethod.Get, $"/api/v1/citizens/{amira}/plan"));

        using var manager = await app.As(DemoUsers.Manager1);
        Assert.Equal(HttpStatusCode.Forbidden, await manager.StatusAsync(HttpMethod.Get, "/api/v1/citizens"));
        Assert.Equal(HttpStatusCode.NotFound, await manager.StatusAsync(HttpMethod.Get, $"/api/v1/citizens/{sara}"));
        Assert.Equal(HttpStatusCode.OK, await manager.StatusAsync(HttpMethod.Get, "/api/v1/stats/overview"));

        using var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, await anonymous.StatusAsync(HttpMethod.Get, $"/api/v1/citizens/{sara}"));
        Assert.Equal(HttpStatusCode.NotFound, await caseworker1.StatusAsync(HttpMethod.Get, $"/api/v1/citizens/{Guid.NewGuid()}"));
    }

    public static async Task BreakTheGlassOpensForThreeHoursAndIsFlagged(AppFixture app)
    {
        using var caseworker1 = await app.As(DemoUsers.Caseworker1);
        var sara = await DemoFacts.CitizenIdAsync(caseworker1, DemoFacts.Citizen1Name);
        using var caseworker2 = await app.As(DemoUsers.Caseworker2);
        Assert.Equal(HttpStatusCode.BadRequest, await caseworker2.StatusAsync(HttpMethod.Post, $"/api/v1/citizens/{sara}/break-glass", new { reason = "kort" }));
        Assert.Equal(HttpStatusCode.NoContent, await caseworker2.StatusAsync(HttpMethod.Post, $"/api/v1/citizens/{sara}/break-glass",
            new { reason = "Akut henvendelse fra vagtlæge uden for åbningstid" }));
        Assert.Equal(HttpStatusCode.OK, await caseworker2.StatusAsync(HttpMethod.Get, $"/api/v1/citizens/{sara}/plan"));

        using var admin = await app.As(DemoUsers.Admin);
        var audit = (await admin.GetAsync($"/api/v1/audit?citizenId={sara}&breakTheGlass=true")).Arr();
        Assert.Contains(audit, e => e.Str("userName") == DemoUsers.Caseworker2 && e.Str("resource") == "plan" && e.Str("reason").Contains("vagtlæge", StringComparison.Ordinal));
        using var citizen = await app.As(DemoUsers.Citizen1);
        Assert.Contains((await citizen.GetAsync("/api/v1/me/access-log")).Arr(), e => e.Str("userName") == DemoUsers.Caseworker2 && e!["breakTheGlass"]!.GetValue<bool>());
    }

    public static async Task EveryReadIsAuditedAndTheLogCannotBeChanged(AppFixture app)
    {
        using var caseworker = await app.As(DemoUsers.Caseworker1);
        var sara = await DemoFacts.CitizenIdAsync(caseworker, DemoFacts.Citizen1Name);
        using var admin = await app.As(DemoUsers.Admin);
        int Reads(System.Text.Json.Nodes.JsonArray log) => log.Count(e => e.Str("userName") == DemoUsers.Caseworker1 && e.Str("action") == "read" && e.Str("resource") == "assessment");
        var before = Reads((await admin.GetAsync($"/api/v1/audit?citizenId={sara}&take=5000")).Arr());
        await caseworker.GetAsync($"/api/v1/citizens/{sara}/assessments");
        Assert.Equal(before + 1, Reads((await admin.GetAsync($"/api/v1/audit?citizenId={sara}&take=5000")).Arr()));

        await using var db = MestringDbContextFactory.Create(DatabaseSettings.FromConnectionString(app.Factory.ConnectionString));
        Assert.True(await db.AuditEntries.AnyAsync());
        var entry = await db.AuditEntries.FirstAsync();
        db.AuditEntries.Remove(entry);
        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        db.ChangeTracker.Clear();
        // The database refuses too, for the application's own role (no superuser in CI).
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET \"UserName\" = 'someone-else'"));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_entries"));
    }

    public static async Task AUserOfOneMunicipalitySeesNothingOfAnother(AppFixture app)
    {
        using var caseworker1 = await app.As(DemoUsers.Caseworker1);
        var sara = await DemoFacts.CitizenIdAsync(caseworker1, DemoFacts.Citizen1Name);

        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            await using var db = MestringDbContextFactory.Create(DatabaseSettings.FromConnectionString(app.Factory.ConnectionString));
            var other = new Municipality("998", "Anden Kommune");
            var team = new Team(other.Id, "Team Anden");
            var citizen = Citizen.Register(other.Id, "X0001", "0101801234", "Karl Anden");
            citizen.AssignTo(null, team.Id);
            db.AddRange(other, team, citizen);
            await db.SaveChangesAsync();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var result = await users.CreateAsync(new AppUser { UserName = "other-caseworker", DisplayName = "Anden", Role = Roles.Caseworker, MunicipalityId = other.Id, TeamId = team.Id }, DemoUsers.Password);
            Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Description)));
        }

        using var otherCaseworker = await app.As("other-caseworker");
        var caseload = (await otherCaseworker.GetAsync("/api/v1/citizens")).Arr();
        Assert.Equal(["Karl Anden"], caseload.Select(c => c.Str("name")));
        Assert.Equal(HttpStatusCode.NotFound, await otherCaseworker.StatusAsync(HttpMethod.Get, $"/api/v1/citizens/{sara}"));
        Assert.DoesNotContain("Bostøtten", (await otherCaseworker.GetAsync("/api/v1/providers")).Compact(), StringComparison.Ordinal);
        Assert.DoesNotContain("Karl Anden", (await caseworker1.GetAsync("/api/v1/citizens")).Compact(), StringComparison.Ordinal);
    }
}

public class AccessSqliteTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact] public Task Citizen_IsVisibleOnlyThroughARelationship() => AccessScenarios.OnlyRelatedUsersSeeACitizen(app);
    [Fact] public Task Audit_RecordsEveryReadAndCannotBeChanged() => AccessScenarios.EveryReadIsAuditedAndTheLogCannotBeChanged(app);
    [Fact] public Task Tenant_UserOfOneMunicipality_SeesNothingOfAnother() => AccessScenarios.AUserOfOneMunicipalitySeesNothingOfAnother(app);
}

public class AccessPostgresTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [PostgresFact] public Task Citizen_IsVisibleOnlyThroughARelationship() => AccessScenarios.OnlyRelatedUsersSeeACitizen(app);
    [PostgresFact] public Task Audit_RecordsEveryReadAndCannotBeChanged() => AccessScenarios.EveryReadIsAuditedAndTheLogCannotBeChanged(app);
    [PostgresFact] public Task Tenant_UserOfOneMunicipality_SeesNothingOfAnother() => AccessScenarios.AUserOfOneMunicipalitySeesNothingOfAnother(app);
}

// Break-the-glass changes who sees citizen1, so it runs on a database of its own.
public class BreakGlassSqliteTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact] public Task BreakTheGlass_OpensTheCitizenAndIsFlaggedInTheAudit() => AccessScenarios.BreakTheGlassOpensForThreeHoursAndIsFlagged(app);
}

public class BreakGlassPostgresTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [PostgresFact] public Task BreakTheGlass_OpensTheCitizenAndIsFlaggedInTheAudit() => AccessScenarios.BreakTheGlassOpensForThreeHoursAndIsFlagged(app);
}
