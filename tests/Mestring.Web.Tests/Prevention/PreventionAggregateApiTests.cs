using System.Net;
using Mestring.Data.Database;
using Mestring.Data.Identity;
using Mestring.Domain.Organisation;
using Mestring.Economics.Calculation;
using Mestring.Economics.Cases;
using Mestring.TestSupport;
using Mestring.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mestring.Web.Tests.Prevention;

/// <summary>
/// The managers' prevention views on a generated municipality (3,000 inhabitants, 15 register years, seeded through
/// <c>mestring seed</c>): area counts with small cells withheld (switch off), an investment case for one area built
/// server-side and evaluated by the investment engine, the fairness and quality report, and who may see them.
/// </summary>
public sealed class PreventionAggregateApiTests
{
    [Theory]
    [TestDbData(TestDb.Sqlite)]
    [TestDbData(TestDb.Postgres)]
    public async Task Areas_InvestmentCase_Quality_OnAGeneratedMunicipality(TestDb provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeededMunicipality.LoadAsync(database.ConnectionString, inhabitants: 3000, years: 15, seed: 1);

        await using var factory = new MestringWebFactory(database);
        factory.Settings["Demo:Enabled"] = "false";
        _ = factory.Server;
        await AddUserAsync(factory, "forebyg-leder", Roles.Manager);
        await AddUserAsync(factory, "forebyg-leverandoer", Roles.Provider);
        using var manager = new Support.Api(await factory.CreateClientAs("forebyg-leder"));

        // Areas: with the switch off (never enabled), aggregates work; every shown count is ≥ 5; the total adds up.
        var areas = await manager.GetAsync("/api/v1/prevention/areas");
        var rows = areas.Arr("areas");
        Assert.True(rows.Count >= 2, areas.Compact());
        var total = areas["total"]!;
        Assert.True(total["children"]!.GetValue<int>() > 300, areas.Compact());
        foreach (var row in rows.Append(total))
        {
            foreach (var cell in row!.Arr("withFactor").Concat(row.Arr("atLeast")))
            {
                if (cell!["count"] is { } count)
                {
                    Assert.True(count.GetValue<int>() >= 5, row!.Compact());
                }
            }
        }
        var shown = rows.Where(r => r!["children"] is not null).Sum(r => r!["children"]!.GetValue<int>());
        Assert.True(shown <= total["children"]!.GetValue<int>());
        Assert.Equal(["family_benefits", "not_living_with_both_parents", "parents_low_education", "low_family_income"], areas.Arr("factorKeys").Select(k => k!.GetValue<string>()));

        // The investment case: the area with most children with ≥ 2 factors; the result is the engine's on the returned case.
        var area = rows.Where(r => r!.Arr("atLeast")[1]!["count"] is not null)
            .OrderByDescending(r => r!.Arr("atLeast")[1]!["count"]!.GetValue<int>()).First()!.Str("area");
        var investment = await manager.PostAsync("/api/v1/prevention/areas/investment-case",
            new { area, costPerFamily = 20000, relativeChange = -0.15, successRate = 0.8 }, HttpStatusCode.OK);
        var parsed = InvestmentCaseReader.Parse(investment.Str("caseJson"));
        Assert.Empty(parsed.Errors);
        var expected = InvestmentEngine.Evaluate(parsed.Case!, new EvaluationOptions { Draws = 2000, Seed = 1 });
        Assert.Equal(expected.CashFlows.Npv, investment["npv"]!.GetValue<double>(), 6);
        Assert.Equal(expected.CashFlows.PvCosts, investment["pvCosts"]!.GetValue<double>(), 6);
        Assert.Equal(20000 * investment["participants"]!.GetValue<int>(), parsed.Case!.Costs.Sum(c => c.PerParticipant * parsed.Case.Participants), 6);
        Assert.Equal(investment["participants"]!.GetValue<int>(), (int)parsed.Case.Participants);
        Assert.InRange(investment["baselineShare"]!.GetValue<double>(), 0.01, 0.6);
        Assert.NotEmpty(investment.Arr("assumptions"));

        var (bad, badBody) = await manager.SendAsync(HttpMethod.Post, "/api/v1/prevention/areas/investment-case", new { area = "Atlantis", costPerFamily = -1, relativeChange = 0.5 });
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.NotNull(badBody!["errors"]!["costPerFamily"]);
        Assert.NotNull(badBody["errors"]!["relativeChange"]);
        var (unknown, unknownBody) = await manager.SendAsync(HttpMethod.Post, "/api/v1/prevention/areas/investment-case", new { area = "Atlantis" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown);
        Assert.Contains("Atlantis", unknownBody!["errors"]!["area"]![0]!.GetValue<string>(), StringComparison.Ordinal);

        // Quality: history of 18–29-year-olds, three tiers with precision/recall, groups by sex, age and area, limits.
        var quality = await manager.GetAsync("/api/v1/prevention/quality");
        Assert.True(quality["youths"]!.GetValue<int>() > 200, quality.Compact());
        Assert.Equal(5, quality.Arr("byCount").Count);
        var tiers = quality.Arr("tiers");
        Assert.Equal(["lav", "middel", "høj"], tiers.Select(t => t!.Str("tier")));
        var flagged = tiers.Select(t => t!["flagged"]!.GetValue<int>()).ToList();
        Assert.True(flagged[0] >= flagged[1] && flagged[1] >= flagged[2], quality.Compact());
        var recall = tiers.Select(t => t!["recall"]?.GetValue<double>() ?? 0).ToList();
        Assert.True(recall[0] >= recall[1] && recall[1] >= recall[2]);
        var dimensions = quality.Arr("historyGroups").Select(g => g!.Str("dimension")).Distinct().ToList();
        Assert.Equal(["sex", "age", "area"], dimensions);
        Assert.All(quality.Arr("historyGroups").Concat(quality.Arr("currentGroups")), g => Assert.True(g!["children"] is null || g["children"]!.GetValue<int>() >= 5));
        Assert.NotEmpty(quality.Arr("limits"));

        // Pages render for the manager (chart and table); aggregate uses are audited without a citizen.
        var page = WebUtility.HtmlDecode(await manager.Client.GetStringAsync(new Uri("/forebyggelse", UriKind.Relative)));
        Assert.Contains("Hele kommunen", page, StringComparison.Ordinal);
        Assert.Contains("data-chart=\"chart-areas\"", page, StringComparison.Ordinal);
        var report = WebUtility.HtmlDecode(await manager.Client.GetStringAsync(new Uri("/forebyggelse/kvalitet", UriKind.Relative)));
        Assert.Contains("Præcision og recall", report, StringComparison.Ordinal);
        Assert.Contains("Begrænsninger", report, StringComparison.Ordinal);
        await using (var db = MestringDbContextFactory.Create(DatabaseSettings.FromConnectionString(database.ConnectionString)))
        {
            var audit = await db.AuditEntries.Where(a => a.Resource == "prevention-aggregate").ToListAsync();
            Assert.True(audit.Count >= 4);
            Assert.All(audit, a => Assert.Null(a.CitizenId));
        }

        // A provider gets none of it; the manager gets no per-person worklist.
        using var providerApi = new Support.Api(await factory.CreateClientAs("forebyg-leverandoer"));
        Assert.Equal(HttpStatusCode.Forbidden, await providerApi.StatusAsync(HttpMethod.Get, "/api/v1/prevention/areas"));
        Assert.Equal(HttpStatusCode.Forbidden, await providerApi.StatusAsync(HttpMethod.Get, "/api/v1/prevention/quality"));
        Assert.Equal(HttpStatusCode.Forbidden, await manager.StatusAsync(HttpMethod.Get, "/api/v1/prevention/worklist"));
    }

    private static async Task AddUserAsync(MestringWebFactory factory, string userName, string role)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        await using var db = MestringDbContextFactory.Create(DatabaseSettings.FromConnectionString(factory.ConnectionString));
        var municipality = await db.Municipalities.SingleAsync();
        var result = await users.CreateAsync(new AppUser { UserName = userName, DisplayName = userName, Role = role, MunicipalityId = municipality.Id }, DemoUsers.Password);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Description)));
    }
}
