using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using Mestring.Data.Database;
using Mestring.Data.Identity;
using Mestring.Domain.Organisation;
using Mestring.Economics.Calculation;
using Mestring.Economics.Cases;
using Mestring.Economics.Output;
using Mestring.Reports;
using Mestring.TestSupport;
using Mestring.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Mestring.Web.Tests.Investments;

/// <summary>The investment-case API on SQLite and PostgreSQL.</summary>
internal static class InvestmentScenarios
{
    private const string Base = "/api/v1/investment-cases";

    public static async Task EvaluateSpecExampleMatchesTheEngine(AppFixture app)
    {
        using var manager = await app.As(DemoUsers.Manager1);
        var (status, text) = await PostRawAsync(manager, $"{Base}/evaluate?draws=2000&seed=7&threads=2", InvestmentExamples.SpecExample);
        Assert.True(status == HttpStatusCode.OK, text);
        var body = JsonNode.Parse(text)!;

        var expected = InvestmentEngine.Evaluate(InvestmentCaseReader.Parse(InvestmentExamples.SpecExample).Case!, new EvaluationOptions { Draws = 2000, Seed = 7 });
        Assert.Equal(expected.CashFlows.Npv, body["npv"]!.GetValue<double>());
        Assert.Equal(expected.MonteCarlo!.MeanNpv, body["monteCarlo"]!["meanNpv"]!.GetValue<double>());
        Assert.Equal(ResultJsonWriter.ToJson(expected), text);

        foreach (var key in new[] { "npv", "pvCosts", "pvBenefits", "bcr", "breakEvenYear", "byHolder", "years", "monteCarlo" })
        {
            Assert.True(body.AsObject().ContainsKey(key), key);
        }
        foreach (var key in new[] { "holder", "npv", "pvCosts", "pvBenefits" })
        {
            Assert.True(body["byHolder"]![0]!.AsObject().ContainsKey(key), "byHolder." + key);
        }
        foreach (var key in new[] { "year", "holder", "costs", "benefits", "net", "discountedNet" })
        {
            Assert.True(body["years"]![0]!.AsObject().ContainsKey(key), "years." + key);
        }
        foreach (var key in new[] { "draws", "seed", "meanNpv", "p05", "p50", "p95", "probabilityPositive" })
        {
            Assert.True(body["monteCarlo"]!.AsObject().ContainsKey(key), "monteCarlo." + key);
        }

        // Without draws there is no Monte Carlo.
        var (_, plain) = await PostRawAsync(manager, $"{Base}/evaluate", InvestmentExamples.SpecExample);
        Assert.Null(JsonNode.Parse(plain)!["monteCarlo"]);
    }

    public static async Task InvalidCaseGets400WithJsonPaths(AppFixture app)
    {
        using var manager = await app.As(DemoUsers.Manager1);
        var (status, text) = await PostRawAsync(manager, $"{Base}/evaluate", InvestmentExamples.Invalid);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = JsonNode.Parse(text)!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("$.participants"), text);
        Assert.True(errors.ContainsKey("$.effects[0].outcome"), text);

        var (malformed, malformedText) = await PostRawAsync(manager, $"{Base}/evaluate", "{ \"name\": ");
        Assert.Equal(HttpStatusCode.BadRequest, malformed);
        Assert.True(JsonNode.Parse(malformedText)!["errors"]!.AsObject().ContainsKey("$"), malformedText);

        var (badDraws, _) = await PostRawAsync(manager, $"{Base}/evaluate?draws=-1", InvestmentExamples.SpecExample);
        Assert.Equal(HttpStatusCode.BadRequest, badDraws);

        var (badSave, saveText) = await PostRawAsync(manager, Base, "{ \"name\": \"x\", \"case\": " + InvestmentExamples.Invalid + " }");
        Assert.Equal(HttpStatusCode.BadRequest, badSave);
        Assert.True(JsonNode.Parse(saveText)!["errors"]!.AsObject().ContainsKey("$.case.participants"), saveText);
    }

    public static async Task SavedCaseReloadsWithTheSameResultAndExports(AppFixture app)
    {
        using var manager = await app.As(DemoUsers.Manager1);
        var request = "{ \"name\": \"Housing First til byrådet\", \"draws\": 1500, \"seed\": 42, \"case\": " + InvestmentExamples.SpecExample + " }";
        var (status, created) = await PostRawAsync(manager, Base, request);
        Assert.True(status == HttpStatusCode.Created, created);
        var id = JsonNode.Parse(created)!.Str("id");

        var saved = await manager.GetAsync($"{Base}/{id}");
        Assert.Equal("Housing First til byrådet", saved.Str("name"));
        Assert.Equal(Mestring.Economics.EngineInfo.Version, saved.Str("engineVersion"));
        Assert.Equal(1500, saved["draws"]!.GetValue<int>());
        Assert.Equal(42, saved["seed"]!.GetValue<long>());
        Assert.Equal(DemoUsers.Manager1, saved.Str("createdBy"));

        // Re-evaluating the stored input with the stored draws and seed reproduces the stored result exactly.
        var (_, fresh) = await PostRawAsync(manager, $"{Base}/evaluate?draws=1500&seed=42", saved["case"]!.ToJsonString());
        Assert.Equal(JsonNode.Parse(fresh)!.Compact(), saved["result"]!.Compact());
        Assert.Equal(JsonNode.Parse(InvestmentExamples.SpecExample)!.Compact(), saved["case"]!.Compact());

        var list = (await manager.GetAsync(Base)).Arr();
        Assert.Contains(list, c => c.Str("id") == id && Math.Abs(c!["npv"]!.GetValue<double>() - saved["result"]!["npv"]!.GetValue<double>()) < 1e-6);

        using var json = await manager.Client.GetAsync(new Uri($"{Base}/{id}/export.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal(saved["result"]!.Compact(), JsonNode.Parse(await json.Content.ReadAsStringAsync())!["result"]!.Compact());

        using var xlsx = await manager.Client.GetAsync(new Uri($"{Base}/{id}/export.xlsx", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal(InvestmentWorkbook.ContentType, xlsx.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["Resultat", "Pengestrømme", "Tornado", "Input", "Kilder"], sheets);

        Assert.Equal(HttpStatusCode.NotFound, await manager.StatusAsync(HttpMethod.Get, $"{Base}/{Guid.NewGuid()}"));
    }

    public static async Task OnlyAggregateRolesGetIn(AppFixture app)
    {
        using var citizen = await app.As(DemoUsers.Citizen1);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostRawAsync(citizen, $"{Base}/evaluate", InvestmentExamples.SpecExample)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, await citizen.StatusAsync(HttpMethod.Get, Base));
        Assert.Equal(HttpStatusCode.Forbidden, await citizen.StatusAsync(HttpMethod.Get, $"{Base}/catalogue"));
        using var provider = await app.As(DemoUsers.Provider1);
        Assert.Equal(HttpStatusCode.Forbidden, await provider.StatusAsync(HttpMethod.Get, Base));
        using var anonymous = app.Anonymous();
        Assert.NotEqual(HttpStatusCode.OK, (await PostRawAsync(anonymous, $"{Base}/evaluate", InvestmentExamples.SpecExample)).Status);

        // Caseworkers may evaluate (aggregates) but not edit the municipality's catalogue.
        using var caseworker = await app.As(DemoUsers.Caseworker1);
        Assert.Equal(HttpStatusCode.OK, (await PostRawAsync(caseworker, $"{Base}/evaluate", InvestmentExamples.SpecExample)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendRawAsync(caseworker, HttpMethod.Put, $"{Base}/catalogue", Mestring.Economics.Catalogue.KnowledgeCatalogue.DefaultJson())).Status);
    }

    public static async Task CatalogueIsPerMunicipalityAndValidated(AppFixture app)
    {
        using var manager = await app.As(DemoUsers.Manager1);
        var catalogue = await manager.GetAsync($"{Base}/catalogue");
        Assert.Contains(catalogue.Arr("outcomes"), o => o.Str("id") == "herberg_nat");

        var broken = catalogue.DeepClone();
        broken["methods"]![0]!["effects"]![0]!["outcome"] = "no_such_outcome";
        broken["outcomes"]![1]!["prices"] = new JsonArray();
        var (status, text) = await SendRawAsync(manager, HttpMethod.Put, $"{Base}/catalogue", broken.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = JsonNode.Parse(text)!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("$.methods[0].effects[0].outcome"), text);
        Assert.True(errors.ContainsKey("$.outcomes[1].prices"), text);
        Assert.Equal(HttpStatusCode.BadRequest, (await SendRawAsync(manager, HttpMethod.Put, $"{Base}/catalogue", "{}")).Status);

        var edited = catalogue.DeepClone();
        edited["outcomes"]![0]!["prices"]![0]!["unitCost"] = 999;
        Assert.Equal(HttpStatusCode.NoContent, (await SendRawAsync(manager, HttpMethod.Put, $"{Base}/catalogue", edited.ToJsonString())).Status);
        var reloaded = await manager.GetAsync($"{Base}/catalogue");
        Assert.Equal(999, reloaded["outcomes"]![0]!["prices"]![0]!["unitCost"]!.GetValue<double>());

        // Another municipality still gets the shipped default and sees none of this one's cases.
        var (status2, created) = await PostRawAsync(manager, Base, "{ \"case\": " + InvestmentExamples.SpecExample + " }");
        Assert.Equal(HttpStatusCode.Created, status2);
        var id = JsonNode.Parse(created)!.Str("id");
        using var other = await OtherMunicipalityManagerAsync(app);
        var otherCatalogue = await other.GetAsync($"{Base}/catalogue");
        Assert.NotEqual(999, otherCatalogue["outcomes"]![0]!["prices"]![0]!["unitCost"]!.GetValue<double>());
        Assert.Equal(HttpStatusCode.NotFound, await other.StatusAsync(HttpMethod.Get, $"{Base}/{id}"));
        Assert.DoesNotContain(id, (await other.GetAsync(Base)).Compact(), StringComparison.Ordinal);
    }

    public static async Task BaselineIsAggregateAndValidated(AppFixture app)
    {
        using var manager = await app.As(DemoUsers.Manager1);
        var baseline = await manager.PostAsync($"{Base}/baseline", new { legalBasis = "SEL-85", eventType = "shelter_night", yearsBefore = 2 }, HttpStatusCode.OK);
        Assert.Equal("local", baseline.Str("baselineSource"));
        Assert.Equal("herberg_nat", baseline.Str("outcomeId"));
        var suppressed = baseline["suppressed"]!.GetValue<bool>();
        Assert.Equal(suppressed, baseline["n"] is null);
        if (!suppressed)
        {
            Assert.True(baseline["n"]!.GetValue<int>() >= 5);
            Assert.True(baseline["meanPerYear"]!.GetValue<double>() >= 0);
        }
        var (status, body) = await manager.SendAsync(HttpMethod.Post, $"{Base}/baseline", new { eventType = "shelter_night", yearsBefore = 20 });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(body!["errors"]!["legalBasis"]);
        Assert.NotNull(body["errors"]!["yearsBefore"]);
    }

    private static async Task<Support.Api> OtherMunicipalityManagerAsync(AppFixture app)
    {
        const string userName = "other-investment-manager";
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            if (await users.FindByNameAsync(userName) is null)
            {
                await using var db = MestringDbContextFactory.Create(DatabaseSettings.FromConnectionString(app.Factory.ConnectionString));
                var other = new Municipality("997", "Tredje Kommune");
                db.Add(other);
                await db.SaveChangesAsync();
                var result = await users.CreateAsync(new AppUser { UserName = userName, DisplayName = "Anden leder", Role = Roles.Manager, MunicipalityId = other.Id }, DemoUsers.Password);
                Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Description)));
            }
        }
        return await app.As(userName);
    }

    private static Task<(HttpStatusCode Status, string Text)> PostRawAsync(Support.Api api, string url, string json) => SendRawAsync(api, HttpMethod.Post, url, json);

    private static async Task<(HttpStatusCode Status, string Text)> SendRawAsync(Support.Api api, HttpMethod method, string url, string json)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative)) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        using var response = await api.Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}

public class InvestmentApiSqliteTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact] public Task Evaluate_SpecExample_MatchesEngineWithSpecKeys() => InvestmentScenarios.EvaluateSpecExampleMatchesTheEngine(app);
    [Fact] public Task Evaluate_InvalidCase_Gets400KeyedByJsonPath() => InvestmentScenarios.InvalidCaseGets400WithJsonPaths(app);
    [Fact] public Task Save_Reload_GivesIdenticalResult_AndExportsJsonAndXlsx() => InvestmentScenarios.SavedCaseReloadsWithTheSameResultAndExports(app);
    [Fact] public Task Roles_CitizenAndProviderGet403() => InvestmentScenarios.OnlyAggregateRolesGetIn(app);
    [Fact] public Task Catalogue_IsPerMunicipality_AndValidated() => InvestmentScenarios.CatalogueIsPerMunicipalityAndValidated(app);
    [Fact] public Task Baseline_IsAggregate_AndValidated() => InvestmentScenarios.BaselineIsAggregateAndValidated(app);
}

public class InvestmentApiPostgresTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [PostgresFact] public Task Evaluate_SpecExample_MatchesEngineWithSpecKeys() => InvestmentScenarios.EvaluateSpecExampleMatchesTheEngine(app);
    [PostgresFact] public Task Evaluate_InvalidCase_Gets400KeyedByJsonPath() => InvestmentScenarios.InvalidCaseGets400WithJsonPaths(app);
    [PostgresFact] public Task Save_Reload_GivesIdenticalResult_AndExportsJsonAndXlsx() => InvestmentScenarios.SavedCaseReloadsWithTheSameResultAndExports(app);
    [PostgresFact] public Task Roles_CitizenAndProviderGet403() => InvestmentScenarios.OnlyAggregateRolesGetIn(app);
    [PostgresFact] public Task Catalogue_IsPerMunicipality_AndValidated() => InvestmentScenarios.CatalogueIsPerMunicipalityAndValidated(app);
    [PostgresFact] public Task Baseline_IsAggregate_AndValidated() => InvestmentScenarios.BaselineIsAggregateAndValidated(app);
}
