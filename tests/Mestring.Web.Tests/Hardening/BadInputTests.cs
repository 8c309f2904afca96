using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Mestring.Data;
using Mestring.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mestring.Web.Tests.Support;

namespace Mestring.Web.Tests.Hardening;

/// <summary>Issue 16, defects 1, 3, 8 and 11: bad input is a 400 naming the field, never a stored row that breaks a later read.</summary>
public class BadInputTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static object OrderWith(string providerId, string goalId, object unit) => new
    {
        serviceCode = DemoFacts.Service("Støtte til transport"),
        legalBasis = "SEL-85",
        sector = "Social",
        providerId,
        unitsPerWeek = 2,
        unit,
        unitPrice = 540,
        start = "2026-12-01",
        goalIds = new[] { goalId },
    };

    private async Task<(Support.Api Caseworker, string CitizenId, string GoalId, string ProviderId)> PlanAsync()
    {
        var caseworker = await app.As(DemoUsers.Caseworker1);
        var citizenId = await DemoFacts.CitizenIdAsync(caseworker, DemoFacts.Citizen1Name);
        var goalId = (await caseworker.PostAsync($"/api/v1/citizens/{citizenId}/plan/goals", DemoFacts.Goal())).Str("id");
        var providerId = await DemoFacts.ProviderIdAsync(caseworker, DemoFacts.Provider1Name);
        return (caseworker, citizenId, goalId, providerId);
    }

    [Theory]
    [InlineData("99")]
    [InlineData("-1")]
    [InlineData("2147483647")]
    [InlineData("1")]
    [InlineData("\"Fortnight\"")]
    [InlineData("\"1\"")]
    public async Task Order_WithAUnitThatIsNotAName_Is400NamingTheField_AndThePlanStillReads(string unit)
    {
        var (caseworker, citizenId, goalId, providerId) = await PlanAsync();
        using var _ = caseworker;
        var (status, body) = await caseworker.SendAsync(HttpMethod.Post, $"/api/v1/citizens/{citizenId}/interventions",
            OrderWith(providerId, goalId, JsonNode.Parse(unit)!));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(body!["errors"]!["unit"]);
        Assert.Contains("Hour", body["errors"]!["unit"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        await caseworker.GetAsync($"/api/v1/citizens/{citizenId}/plan");
        using var manager = await app.As(DemoUsers.Manager1);
        await manager.GetAsync("/api/v1/evidence/methods");
    }

    [Theory]
    [InlineData("plan/goals/{goal}/status", "{\"status\":99}", "status")]
    [InlineData("plan/sections", "{\"sector\":-1,\"text\":\"x\"}", "sector")]
    [InlineData("plan/network", "{\"contributor\":\"Mor\",\"kind\":2147483647,\"task\":\"Kører\"}", "kind")]
    public async Task PlanWrites_WithAnIntegerForAnEnum_Are400NamingTheField(string path, string json, string field)
    {
        var (caseworker, citizenId, goalId, _) = await PlanAsync();
        using var _ = caseworker;
        using var response = await caseworker.Client.SendAsync(new HttpRequestMessage(path.EndsWith("sections", StringComparison.Ordinal) ? HttpMethod.Put : HttpMethod.Post,
            new Uri($"/api/v1/citizens/{citizenId}/{path.Replace("{goal}", goalId, StringComparison.Ordinal)}", UriKind.Relative))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        Assert.NotNull(JsonNode.Parse(text)!["errors"]![field]);
    }

    [Fact]
    public async Task BadRequests_NameNoInternalTypes()
    {
        var (caseworker, citizenId, goalId, providerId) = await PlanAsync();
        using var _ = caseworker;
        string[] bodies =
        [
            "{\"unit\":99}", "{", "[]", "{\"providerId\":\"x\"}", "{\"start\":\"2021-02-30\"}", "{\"unitsPerWeek\":\"many\"}", "null", "",
        ];
        foreach (var json in bodies)
        {
            using var response = await caseworker.Client.PostAsync(new Uri($"/api/v1/citizens/{citizenId}/interventions", UriKind.Relative),
                new StringContent(json, Encoding.UTF8, "application/json"));
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{json}: {(int)response.StatusCode} {text}");
            Assert.DoesNotContain("Mestring.", text, StringComparison.Ordinal);
            Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
            Assert.DoesNotContain("OrderRequest", text, StringComparison.Ordinal);
        }
        using var wrongType = await caseworker.Client.PostAsync(new Uri($"/api/v1/citizens/{citizenId}/interventions", UriKind.Relative),
            new StringContent("unit=Hour", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
        Assert.NotEmpty(goalId + providerId);
    }

    [Fact]
    public async Task EndIntervention_WithANegativeDecision_Is400()
    {
        var (caseworker, citizenId, goalId, providerId) = await PlanAsync();
        using var _ = caseworker;
        var id = (await caseworker.PostAsync($"/api/v1/citizens/{citizenId}/interventions", DemoFacts.Order(providerId, goalId))).Str("id");
        var (status, body) = await caseworker.SendAsync(HttpMethod.Post, $"/api/v1/interventions/{id}/end", JsonNode.Parse("{\"end\":\"2027-01-01\",\"decision\":-1}")!);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(body!["errors"]!["decision"]);
    }

    [Fact]
    public async Task FollowUp_ForAnotherCitizensIntervention_Is400_AndALaterDateKeepsTheEarlierNext()
    {
        var (caseworker, citizenId, goalId, providerId) = await PlanAsync();
        using var _ = caseworker;
        var interventionId = (await caseworker.PostAsync($"/api/v1/citizens/{citizenId}/interventions", DemoFacts.Order(providerId, goalId))).Str("id");

        using var other = await app.As(DemoUsers.Caseworker2);
        var own = (await other.GetAsync("/api/v1/citizens")).Arr()[0]!.Str("id");
        Assert.NotEqual(citizenId, own);
        var (status, body) = await other.SendAsync(HttpMethod.Post, $"/api/v1/citizens/{own}/follow-ups", new { dueDate = "2027-02-01", interventionId });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(body!["errors"]!["interventionId"]);

        await caseworker.PostAsync($"/api/v1/citizens/{citizenId}/follow-ups", new { dueDate = "2027-02-01", interventionId });
        await caseworker.PostAsync($"/api/v1/citizens/{citizenId}/follow-ups", new { dueDate = "2027-09-01" });
        var plan = await caseworker.GetAsync($"/api/v1/citizens/{citizenId}/plan");
        Assert.True(string.CompareOrdinal(plan.Str("nextFollowUp"), "2027-02-01") <= 0, plan.Str("nextFollowUp"));
    }

    [Fact]
    public async Task AStoredRowWithAnUndefinedUnit_BreaksNeitherThePlanNorTheEvidenceAnalyses()
    {
        var (caseworker, citizenId, goalId, providerId) = await PlanAsync();
        using var _ = caseworker;
        var id = (await caseworker.PostAsync($"/api/v1/citizens/{citizenId}/interventions", DemoFacts.Order(providerId, goalId))).Str("id");
        using (var scope = app.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MestringDbContext>();
            var changed = await db.Database.ExecuteSqlRawAsync("UPDATE interventions SET \"Unit\" = '99' WHERE \"Id\" = {0}", Guid.Parse(id).ToString().ToUpperInvariant());
            Assert.Equal(1, changed);
        }
        var plan = await caseworker.GetAsync($"/api/v1/citizens/{citizenId}/plan");
        Assert.Contains(plan.Arr("interventions"), i => i.Str("id") == id);
        using var manager = await app.As(DemoUsers.Manager1);
        foreach (var path in new[] { "/api/v1/evidence/methods", "/api/v1/evidence/providers", "/api/v1/evidence/stop-list" })
        {
            await manager.GetAsync(path);
        }
    }

    [Theory]
    [InlineData("participants", 1e308)]
    [InlineData("participants", 1e9)]
    [InlineData("costs.0.perParticipant", 1e300)]
    public async Task InvestmentCase_WithAnAbsurdNumber_Is400NamingTheField(string field, double value)
    {
        using var manager = await app.As(DemoUsers.Manager1);
        var investmentCase = JsonNode.Parse(Mestring.TestSupport.InvestmentExamples.SpecExample)!;
        var parts = field.Split('.');
        if (parts.Length == 1)
        {
            investmentCase[field] = value;
        }
        else
        {
            investmentCase[parts[0]]![int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)]![parts[2]] = value;
        }
        foreach (var (url, body) in new[] { ("/api/v1/investment-cases", (JsonNode)new JsonObject { ["name"] = "x", ["case"] = investmentCase.DeepClone() }), ("/api/v1/investment-cases/evaluate?draws=200", investmentCase.DeepClone()) })
        {
            using var response = await manager.Client.PostAsync(new Uri(url, UriKind.Relative), new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url}: {(int)response.StatusCode} {text}");
            Assert.Contains(parts[0], text, StringComparison.Ordinal);
        }
    }
}
