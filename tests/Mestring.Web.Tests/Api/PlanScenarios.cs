using System.Net;
using Mestring.TestSupport;
using Mestring.Web.Tests.Support;

namespace Mestring.Web.Tests.Api;

/// <summary>The core flow through the API, run on SQLite and on PostgreSQL.</summary>
internal static class PlanScenarios
{
    public static async Task CaseworkerPlansProviderAcceptsCitizenRates(AppFixture app)
    {
        using var caseworker = await app.As(DemoUsers.Caseworker1);
        var citizenId = await DemoFacts.CitizenIdAsync(caseworker, DemoFacts.Citizen1Name);
        var versionsBefore = (await caseworker.GetAsync($"/api/v1/citizens/{citizenId}/plan/versions")).Arr().Count;

        var goalId = (await caseworker.PostAsync($"/api/v1/citizens/{citizenId}/plan/goals", DemoFacts.Goal())).Str("id");
        var providerId = await DemoFacts.ProviderIdAsync(caseworker, DemoFacts.Provider1Name);
        var interventionId = (await caseworker.PostAsync($"/api/v1/citizens/{citizenId}/interventions", DemoFacts.Order(providerId, goalId))).Str("id");

        var plan = await caseworker.GetAsync($"/api/v1/citizens/{citizenId}/plan");
        Assert.Contains(plan.Arr("goals"), g => g.Str("id") == goalId && g.Str("citizenWords") == "Jeg vil kunne gå i byen selv");
        Assert.Contains(plan.Arr("interventions"), i => i.Str("id") == interventionId && i.Str("status") == "Ordered" && i.Str("legalBasis") == "SEL-85");
        var versions = (await caseworker.GetAsync($"/api/v1/citizens/{citizenId}/plan/versions")).Arr();
        Assert.Equal(versionsBefore + 2, versions.Count);

        using var provider = await app.As(DemoUsers.Provider1);
        var inbox = (await provider.GetAsync("/api/v1/provider/orders")).Arr();
        Assert.Contains(inbox, o => o.Str("interventionId") == interventionId && o.Str("status") == "Ordered");
        Assert.Equal(HttpStatusCode.NoContent, await provider.StatusAsync(HttpMethod.Post, $"/api/v1/interventions/{interventionId}/accept"));
        Assert.Equal(HttpStatusCode.Conflict, await provider.StatusAsync(HttpMethod.Post, $"/api/v1/interventions/{interventionId}/accept"));
        await provider.PostAsync($"/api/v1/interventions/{interventionId}/progress-notes", new { text = "Øvede busturen til jobcentret.", goalId, deliveredUnits = 2 });

        using var citizen = await app.As(DemoUsers.Citizen1);
        await citizen.PostAsync($"/api/v1/goals/{goalId}/ratings", new { rating = 7, comment = "Jeg tog bussen alene i går" });
        var ownPlan = await citizen.GetAsync($"/api/v1/citizens/{citizenId}/plan");
        var goal = ownPlan.Arr("goals").First(g => g.Str("id") == goalId);
        Assert.Equal(7, goal!["ratings"]!.AsArray().Last()!["rating"]!.GetValue<int>());
        Assert.Contains(ownPlan.Arr("interventions"), i => i.Str("id") == interventionId && i.Str("status") == "Active");

        var accessLog = (await citizen.GetAsync("/api/v1/me/access-log")).Arr();
        Assert.Contains(accessLog, e => e.Str("userName") == DemoUsers.Caseworker1 && e.Str("resource") == "plan" && e.Str("action") == "read");
        Assert.Contains(accessLog, e => e.Str("userName") == DemoUsers.Provider1);

        var latest = (await caseworker.GetAsync($"/api/v1/citizens/{citizenId}/plan/versions")).Arr()[0]!["number"]!.GetValue<int>();
        var diff = await caseworker.GetAsync($"/api/v1/citizens/{citizenId}/plan/compare?from={versionsBefore}&to={latest}");
        Assert.Contains(diff.Arr("added"), a => a!.GetValue<string>().Contains("Jeg vil kunne gå i byen selv", StringComparison.Ordinal));
    }

    public static async Task InvalidInputGetsFieldErrors(AppFixture app)
    {
        using var caseworker = await app.As(DemoUsers.Caseworker1);
        var citizenId = await DemoFacts.CitizenIdAsync(caseworker, DemoFacts.Citizen1Name);
        var (status, body) = await caseworker.SendAsync(HttpMethod.Post, $"/api/v1/citizens/{citizenId}/plan/goals", DemoFacts.Goal(baseline: 1, target: 2));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(body!["errors"]!["targetLevel"]);

        var providerId = await DemoFacts.ProviderIdAsync(caseworker, DemoFacts.Provider1Name);
        var goalId = (await caseworker.GetAsync($"/api/v1/citizens/{citizenId}/plan")).Arr("goals")[0]!.Str("id");
        (status, body) = await caseworker.SendAsync(HttpMethod.Post, $"/api/v1/citizens/{citizenId}/interventions", DemoFacts.Order(providerId, goalId, serviceCode: "not-an-ffb-code"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(body!["errors"]!["serviceCode"]);
        Assert.Equal("application/problem+json", (await caseworker.Client.PostAsync(new Uri($"/api/v1/citizens/{citizenId}/plan/goals", UriKind.Relative),
            new StringContent("{", System.Text.Encoding.UTF8, "application/json"))).Content.Headers.ContentType?.MediaType);
    }
}

public class PlanApiSqliteTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public Task CaseworkerPlans_ProviderAccepts_CitizenRatesAndSeesAccessLog() => PlanScenarios.CaseworkerPlansProviderAcceptsCitizenRates(app);

    [Fact]
    public Task InvalidInput_GetsProblemDetailsWithFieldErrors() => PlanScenarios.InvalidInputGetsFieldErrors(app);
}

public class PlanApiPostgresTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [PostgresFact]
    public Task CaseworkerPlans_ProviderAccepts_CitizenRatesAndSeesAccessLog() => PlanScenarios.CaseworkerPlansProviderAcceptsCitizenRates(app);

    [PostgresFact]
    public Task InvalidInput_GetsProblemDetailsWithFieldErrors() => PlanScenarios.InvalidInputGetsFieldErrors(app);
}
