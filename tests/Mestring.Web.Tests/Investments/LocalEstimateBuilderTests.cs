using Mestring.Application.Evidence;
using Mestring.Application.Investments;
using Mestring.Economics.Cases;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Mestring.TestSupport;
using Mestring.Web.Features.Investments;
using Mestring.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Mestring.Web.Tests.Investments;

/// <summary>The web app with a fixed set of local estimates in place of the municipality's evaluation.</summary>
public sealed class StubEvidenceApp : IAsyncLifetime
{
    private TestDatabase? _database;

    public StubEvidenceFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(TestDb.Sqlite);
        Factory = new StubEvidenceFactory(_database);
        _ = Factory.Server;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _database!.DisposeAsync();
    }

    public Task<Support.Api> As(string userName) => Support.Api.LoginAsync(Factory, userName);
}

public sealed class StubEvidenceFactory(TestDatabase database) : MestringWebFactory(database)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddScoped<ILocalEvidenceSource, StubEvidence>());
    }
}

/// <summary>Two rows of an evaluation as GET /api/v1/evidence/methods gives them (one without a catalogue outcome).</summary>
public sealed class StubEvidence : ILocalEvidenceSource
{
    public static readonly LocalEstimate Shelter = new("Housing First", "SEL-107", null, "shelter_nights", "herberg_nat", "nights",
        -28.4, 7.9, -43.9, -12.9, 131, "effekt", "2026-11-21T08:00:00Z");

    public static readonly LocalEstimate Unmapped = new("FIT", "SEL-85", null, "goal_progress", null, "points", 0.4, 0.1, 0.2, 0.6, 90, "effekt", "2026-11-21T08:00:00Z");

    public Task<LocalEvidence> GetAsync(CancellationToken ct) => Task.FromResult(new LocalEvidence(LocalEvidenceState.Available, [Shelter, Unmapped]));
}

/// <summary>The case builder takes an effect from the municipality's evaluation and records where it came from.</summary>
public sealed partial class LocalEstimateBuilderTests(StubEvidenceApp app) : IClassFixture<StubEvidenceApp>
{
    private const string BuilderForm = "<form method=\"post\" class=\"form form--wide\"";

    [GeneratedRegex("name=\"CaseJson\" value=\"([^\"]*)\"")]
    private static partial Regex SavedCase();

    [Fact]
    public async Task Manager_TakesALocalEstimate_IntoACase_AndTheSavedCaseRecordsItsProvenance()
    {
        using var manager = await app.As(DemoUsers.Manager1);
        using var get = await manager.Client.GetAsync(new Uri("/investering/ny?method=housing_first", UriKind.Relative));
        var html = await get.Content.ReadAsStringAsync();
        Assert.Contains(StubEvidence.Shelter.Key, WebUtility.HtmlDecode(html), StringComparison.Ordinal);

        var fields = HtmlForm.Fields(html, BuilderForm);
        var herberg = RowOf(fields, "herberg_nat");
        HtmlForm.Set(fields, $"Form.Outcomes[{herberg}].Baseline", "90");
        HtmlForm.Set(fields, $"Form.Outcomes[{herberg}].LocalEstimateKey", StubEvidence.Shelter.Key);
        HtmlForm.Set(fields, "Form.Costs[0].PerParticipant", "40000");
        HtmlForm.Set(fields, "Form.Draws", "200");
        foreach (var other in fields.Where(f => f.Key.EndsWith(".Baseline", StringComparison.Ordinal) && f.Value.Length == 0).Select(f => f.Key).ToList())
        {
            HtmlForm.Set(fields, other, "1");
        }
        var (status, result) = await PostAsync(manager, "/investering/ny?handler=Evaluate", fields);
        Assert.True(status == HttpStatusCode.OK, result);
        Assert.DoesNotContain("error-summary", result, StringComparison.Ordinal);
        Assert.Contains("data-provenance=\"local-evaluation\"", result, StringComparison.Ordinal);

        var caseJson = WebUtility.HtmlDecode(SavedCase().Match(result).Groups[1].Value);
        var effect = JsonNode.Parse(caseJson)!["effects"]!.AsArray().Single(e => e!["outcome"]!.GetValue<string>() == "herberg_nat")!;
        Assert.Equal(StubEvidence.Shelter.Estimate, effect["absoluteChange"]!.GetValue<double>());
        Assert.Equal(StubEvidence.Shelter.Se, effect["se"]!.GetValue<double>());
        Assert.Null(effect["relativeChange"]);
        Assert.Equal("local-evaluation", effect["provenance"].Str("kind"));
        Assert.Equal(131, effect["provenance"]!["n"]!.GetValue<int>());
        Assert.Equal("effekt", effect["provenance"].Str("verdict"));
        Assert.Equal(StubEvidence.Shelter.ComputedAt, effect["provenance"].Str("computedAt"));

        // Save through the page's own save form and read it back through the API.
        var save = HtmlForm.Fields(result, "action=\"/investering/json?handler=Save\"");
        using var saved = await manager.Client.PostAsync(new Uri("/investering/json?handler=Save", UriKind.Relative), new FormUrlEncodedContent(save));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = saved.Headers.Location!.ToString().Split('/')[^1];
        var stored = await manager.GetAsync($"/api/v1/investment-cases/{id}");
        Assert.Equal(JsonNode.Parse(caseJson)!.Compact(), stored["case"]!.Compact());
        Assert.Contains(stored["provenance"].Arr("figures"), f => f.Str("kind") == "local-evaluation" && f.Str("outcome") == "herberg_nat" && f!["local"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Builder_RefusesAnEstimateTogetherWithATypedLocalEffect()
    {
        using var manager = await app.As(DemoUsers.Manager1);
        using var get = await manager.Client.GetAsync(new Uri("/investering/ny?method=housing_first", UriKind.Relative));
        var fields = HtmlForm.Fields(await get.Content.ReadAsStringAsync(), BuilderForm);
        var herberg = RowOf(fields, "herberg_nat");
        HtmlForm.Set(fields, $"Form.Outcomes[{herberg}].Baseline", "90");
        HtmlForm.Set(fields, $"Form.Outcomes[{herberg}].LocalEstimateKey", StubEvidence.Shelter.Key);
        HtmlForm.Set(fields, $"Form.Outcomes[{herberg}].LocalChangePercent", "-30");
        var (_, result) = await PostAsync(manager, "/investering/ny?handler=Evaluate", fields);
        Assert.Contains("vælg enten et lokalt estimat eller skriv en lokal effekt, ikke begge", WebUtility.HtmlDecode(result), StringComparison.Ordinal);
        Assert.DoesNotContain("inv-chart-flows", result, StringComparison.Ordinal);
    }

    private static int RowOf(List<KeyValuePair<string, string>> fields, string outcomeId)
    {
        var name = fields.First(f => f.Key.EndsWith(".Id", StringComparison.Ordinal) && f.Key.StartsWith("Form.Outcomes[", StringComparison.Ordinal) && f.Value == outcomeId).Key;
        return int.Parse(name["Form.Outcomes[".Length..name.IndexOf(']', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<(HttpStatusCode Status, string Text)> PostAsync(Support.Api api, string url, List<KeyValuePair<string, string>> fields)
    {
        using var response = await api.Client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(fields));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
