using System.Net.Http.Json;
using Mestring.TestSupport;
using Microsoft.Playwright;

namespace Mestring.Browser.Tests;

/// <summary>
/// Every page of every role opens without an error, has one h1, a lang attribute and a skip link — and leaves a
/// screenshot under TestResults/screenshots for a person to look at.
/// </summary>
public sealed class PageTourTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Every_page_opens_for_its_role_with_one_main_heading()
    {
        using var api = await app.Factory.CreateClientAs(DemoUsers.Caseworker1);
        var citizens = await api.GetFromJsonAsync<List<Row>>("/api/v1/citizens");
        var sara = citizens!.Single(c => c.Name == "Sara Jensen").Id;
        var followUps = await api.GetFromJsonAsync<List<FollowUpRow>>($"/api/v1/citizens/{sara}/follow-ups");
        var open = followUps!.First(f => f.CompletedAt is null).Id;
        var goal = (await api.GetFromJsonAsync<PlanRow>($"/api/v1/citizens/{sara}/plan"))!.Goals[0].Id;

        var tour = new (string User, string Path, string Name)[]
        {
            (DemoUsers.Caseworker1, "/sagsbehandler", "20-caseload"),
            (DemoUsers.Caseworker1, $"/sagsbehandler/borger/{sara}", "21-overview"),
            (DemoUsers.Caseworker1, $"/sagsbehandler/borger/{sara}/maal/{goal}", "22-goal-edit"),
            (DemoUsers.Caseworker1, $"/sagsbehandler/borger/{sara}/udredning", "23-assessment"),
            (DemoUsers.Caseworker1, $"/sagsbehandler/borger/{sara}/plan", "24-plan-editor"),
            (DemoUsers.Caseworker1, $"/sagsbehandler/borger/{sara}/historik", "25-history"),
            (DemoUsers.Caseworker1, "/sagsbehandler/opfoelgning", "26-overdue"),
            (DemoUsers.Caseworker1, $"/sagsbehandler/borger/{sara}/opfoelgning/{open}", "27-follow-up"),
            (DemoUsers.Caseworker1, "/sagsbehandler/adgang", "28-break-the-glass-search"),
            (DemoUsers.Provider1, "/leverandoer/borgere", "30-provider-citizens"),
            (DemoUsers.Provider1, $"/leverandoer/borger/{sara}", "31-provider-citizen"),
            (DemoUsers.Citizen1, "/minplan/samtykke", "40-citizen-consents"),
            (DemoUsers.Manager1, "/ledelse", "50-manager"),
            ("auditor1", "/revision?s=1", "60-audit"),
        };
        foreach (var (user, path, name) in tour)
        {
            var page = await app.NewPageAsAsync(user);
            await BrowserFixture.RunAsync(page, async () =>
            {
                var errors = new List<string>();
                page.PageError += (_, e) => errors.Add(e);
                var response = await page.GotoAsync(path);
                Assert.True(response!.Ok, $"{user} {path}: {response.Status}");
                await Assertions.Expect(page.Locator("h1")).ToHaveCountAsync(1);
                await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "da");
                await Assertions.Expect(page.Locator("a.skip-link")).ToHaveAttributeAsync("href", "#main");
                await BrowserFixture.ScreenshotAsync(page, name);
                Assert.True(errors.Count == 0, $"{path}: script errors: {string.Join("; ", errors)}");
            }, name);
            await page.Context.CloseAsync();
        }
    }

    private sealed record Row(Guid Id, string Name);

    private sealed record FollowUpRow(Guid Id, DateTimeOffset? CompletedAt);

    private sealed record GoalRow(Guid Id);

    private sealed record PlanRow(List<GoalRow> Goals);
}
