using Mestring.Application.Evidence;
using Mestring.Application.Investments;
using System.Net;
using System.Text.Json.Nodes;
using Mestring.Data.Database;
using Mestring.Economics.Catalogue;
using Mestring.TestSupport;
using Mestring.Web.Features.Investments;
using Mestring.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Mestring.Web.Tests.Investments;

/// <summary>The structured catalogue editor: who may use it, a save round trip, validation in Danish, reset.</summary>
public sealed class CatalogueEditorTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private const string Page = "/investering/katalog";
    private const string SaveForm = "<form method=\"post\" class=\"form form--wide\"";

    [Fact]
    public async Task Manager_SeesTheEditor_WithEveryEntryMarkedAsDefault()
    {
        using var manager = await app.As(DemoUsers.Manager1);
        var (status, html) = await GetAsync(manager, Page);
        Assert.Equal(HttpStatusCode.OK, status);
        foreach (var outcome in KnowledgeCatalogue.Default.Outcomes)
        {
            Assert.Contains($"data-outcome=\"{outcome.Id}\"", html, StringComparison.Ordinal);
        }
        foreach (var method in KnowledgeCatalogue.Default.Methods)
        {
            Assert.Contains($"data-method=\"{method.Id}\"", html, StringComparison.Ordinal);
        }
        Assert.Contains("data-status=\"Same\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-status=\"Changed\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryEditableField_HasALabel()
    {
        using var manager = await app.As(DemoUsers.Manager1);
        var (_, html) = await GetAsync(manager, Page);
        var labels = System.Text.RegularExpressions.Regex.Matches(html, "<label for=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var visible = System.Text.RegularExpressions.Regex.Matches(html, "<(input|select|textarea)\\b[^>]*>")
            .Select(m => m.Value)
            .Where(tag => !tag.Contains("type=\"hidden\"", StringComparison.Ordinal))
            .ToList();
        Assert.True(visible.Count > 200, "expected every outcome, price, method and effect field: " + visible.Count);
        var unlabelled = visible
            .Where(tag => !tag.Contains("aria-label=", StringComparison.Ordinal))
            .Where(tag => System.Text.RegularExpressions.Regex.Match(tag, "id=\"([^\"]+)\"") is not { Success: true } id || !labels.Contains(id.Groups[1].Value))
            .ToList();
        Assert.True(unlabelled.Count == 0, "fields without a label: " + string.Join(" ", unlabelled.Take(5)));
    }

    [Theory]
    [InlineData(DemoUsers.Caseworker1)]
    [InlineData(DemoUsers.Provider1)]
    public async Task OtherRoles_AreForbidden(string user)
    {
        using var api = await app.As(user);
        var (status, html) = await GetAsync(api, Page);
        Assert.NotEqual(HttpStatusCode.OK, status);
        Assert.DoesNotContain("data-outcome=", html, StringComparison.Ordinal);
        using var reset = await api.Client.PostAsync(new Uri("/api/v1/investment-cases/catalogue/reset", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Forbidden, reset.StatusCode);
    }

    [Fact]
    public async Task Save_ChangesOnlyTheEditedFigure_IsAudited_AndResetRestoresTheDefault()
    {
        using var manager = await app.As(DemoUsers.Manager1);
        await ResetAsync(manager);
        var (_, html) = await GetAsync(manager, Page);
        var fields = HtmlForm.Fields(html, SaveForm);
        var herberg = KnowledgeCatalogue.Default.Outcomes.ToList().FindIndex(o => o.Id == "herberg_nat");
        HtmlForm.Set(fields, $"Form.Outcomes[{herberg}].Prices[0].UnitCost", "999");

        using var save = await manager.Client.PostAsync(new Uri(Page + "?handler=Save", UriKind.Relative), new FormUrlEncodedContent(fields));
        Assert.True(save.StatusCode == HttpStatusCode.Redirect, await save.Content.ReadAsStringAsync());
        Assert.Equal(Page + "?done=saved", save.Headers.Location!.ToString());

        // Everything else came back exactly as shown (percentages, SEs, flags): the only difference is the edited price.
        var stored = KnowledgeCatalogue.Parse((await manager.GetAsync("/api/v1/investment-cases/catalogue")).ToJsonString());
        Assert.Equal(999, stored.Outcome("herberg_nat").Prices[0].UnitCost);
        Assert.Equal(1, CatalogueDiff.AgainstDefault.CountDifferences(stored));
        Assert.All(stored.Methods, m => Assert.Equal(CatalogueEntryStatus.Same, CatalogueDiff.AgainstDefault.Method(m)));

        var (_, after) = await GetAsync(manager, Page);
        Assert.Contains("data-status=\"Changed\"", after, StringComparison.Ordinal);

        await using (var db = MestringDbContextFactory.Create(DatabaseSettings.FromConnectionString(app.Factory.ConnectionString)))
        {
            var audit = await db.AuditEntries.IgnoreQueryFilters().Where(a => a.Resource == InvestmentCatalogues.AuditResource && a.UserName == DemoUsers.Manager1).ToListAsync();
            Assert.Contains(audit, a => a.Action == "update" && a.Reason!.Contains("1 entries differ", StringComparison.Ordinal));
        }

        await ResetAsync(manager);
        var reset = KnowledgeCatalogue.Parse((await manager.GetAsync("/api/v1/investment-cases/catalogue")).ToJsonString());
        Assert.Equal(0, CatalogueDiff.AgainstDefault.CountDifferences(reset));
    }

    [Fact]
    public async Task InvalidInput_GivesDanishErrorsNamingTheField_AndStoresNothing()
    {
        using var manager = await app.As(DemoUsers.Manager1);
        await ResetAsync(manager);
        var (_, html) = await GetAsync(manager, Page);
        var fields = HtmlForm.Fields(html, SaveForm);
        var acute = KnowledgeCatalogue.Default.Outcomes.ToList().FindIndex(o => o.Id == "akut_indlaeggelse");
        HtmlForm.Set(fields, $"Form.Outcomes[{acute}].Prices[0].Se", "-5");
        HtmlForm.Set(fields, $"Form.Outcomes[{acute}].Prices[1].UnitCost", "mange");
        HtmlForm.Set(fields, "Form.Methods[0].Effects[0].Source", "");

        using var response = await manager.Client.PostAsync(new Uri(Page + "?handler=Save", UriKind.Relative), new FormUrlEncodedContent(fields));
        var text = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("error-summary", text, StringComparison.Ordinal);
        Assert.Contains("Udfald «Akut somatisk indlæggelse», pris 1, standardfejl: må ikke være negativ.", text, StringComparison.Ordinal);
        Assert.Contains("Udfald «Akut somatisk indlæggelse», pris 2, feltet enhedspris: «mange» kan ikke læses som et tal.", text, StringComparison.Ordinal);
        var method = KnowledgeCatalogue.Default.Methods[0];
        var effectOutcome = KnowledgeCatalogue.Default.Outcome(method.Effects[0].Outcome).Name;
        Assert.Contains($"Metode «{method.Name}», effekt på «{effectOutcome}», kilde: skriv hvor effekten kommer fra.", text, StringComparison.Ordinal);
        Assert.Contains($"href=\"#Form_Outcomes_{acute}__Prices_0__Se\"", text, StringComparison.Ordinal);
        Assert.Contains("value=\"mange\"", text, StringComparison.Ordinal); // what was typed is shown again

        var stored = KnowledgeCatalogue.Parse((await manager.GetAsync("/api/v1/investment-cases/catalogue")).ToJsonString());
        Assert.Equal(0, CatalogueDiff.AgainstDefault.CountDifferences(stored));
    }

    [Fact]
    public async Task Api_AppliesTheEditorsRules_InEnglish()
    {
        using var manager = await app.As(DemoUsers.Manager1);
        var catalogue = await manager.GetAsync("/api/v1/investment-cases/catalogue");
        var broken = catalogue.DeepClone();
        broken["outcomes"]![0]!["prices"]![0]!["holder"] = "Kommune Social";
        broken["methods"]![0]!["effects"]![0]!["source"] = "";
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri("/api/v1/investment-cases/catalogue", UriKind.Relative))
        {
            Content = new StringContent(broken.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        using var response = await manager.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!;
        Assert.Equal("'Kommune Social' is not a budget holder such as kommune.social or region.sundhed", errors["$.outcomes[0].prices[0].holder"]![0]!.GetValue<string>());
        Assert.Equal("is required", errors["$.methods[0].effects[0].source"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Reset_NeedsConfirmation()
    {
        using var manager = await app.As(DemoUsers.Manager1);
        var (_, html) = await GetAsync(manager, Page);
        var token = HtmlForm.Value(HtmlForm.Fields(html, SaveForm), "__RequestVerificationToken");
        using var response = await manager.Client.PostAsync(new Uri(Page + "?handler=Reset", UriKind.Relative),
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sæt flueben for at bekræfte", System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    private static async Task ResetAsync(Support.Api manager)
    {
        using var response = await manager.Client.PostAsync(new Uri("/api/v1/investment-cases/catalogue/reset", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    private static async Task<(HttpStatusCode Status, string Text)> GetAsync(Support.Api api, string url)
    {
        using var response = await api.Client.GetAsync(new Uri(url, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
