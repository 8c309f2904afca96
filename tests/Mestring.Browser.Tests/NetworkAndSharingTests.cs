using System.Net.Http.Json;
using Mestring.TestSupport;
using Microsoft.Playwright;

namespace Mestring.Browser.Tests;

/// <summary>
/// Issue 11 in a real browser: the caseworker adds, changes and ends a network contribution on the plan; a provider shares a
/// progress note and the citizen reads it on their own page (and not the note that was not shared).
/// </summary>
public sealed class NetworkAndSharingTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Caseworker_adds_changes_and_ends_a_network_contribution()
    {
        var sara = await SaraAsync();
        var page = await app.NewPageAsAsync(DemoUsers.Caseworker1);
        await BrowserFixture.RunAsync(page, async () =>
        {
            await page.GotoAsync($"/sagsbehandler/borger/{sara}");
            await page.GetByRole(AriaRole.Link, new() { Name = "Tilføj, ret eller afslut netværkets bidrag" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("network-current")).ToContainTextAsync("Hanne Jensen (mor)");
            await Assertions.Expect(page.GetByTestId("network-current")).ToContainTextAsync("Deles med samtykke");

            // A missing name is refused next to the field, in Danish, and the typed task is kept.
            await page.GetByLabel("Opgave").FillAsync("Følger Sara til fodbold om onsdagen");
            await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj til planen" }).ClickAsync();
            await Assertions.Expect(page.Locator(".field-error").First).ToContainTextAsync("Feltet skal udfyldes");
            await Assertions.Expect(page.GetByLabel("Opgave")).ToHaveValueAsync("Følger Sara til fodbold om onsdagen");

            await page.GetByLabel("Navn på person eller organisation").FillAsync("Kim Træner");
            await page.GetByLabel("Hvem er det").SelectOptionAsync(new SelectOptionValue { Label = "Frivillig" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj til planen" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("tilføjet");
            var card = page.GetByTestId("network-current").Locator("li", new() { HasText = "Kim Træner" });
            await Assertions.Expect(card).ToContainTextAsync("Frivillig");
            await Assertions.Expect(card).ToContainTextAsync("Intet samtykke – deles ikke");

            await card.GetByRole(AriaRole.Link, new() { Name = "Ret Kim Træner" }).ClickAsync();
            await Assertions.Expect(page.GetByLabel("Opgave")).ToHaveValueAsync("Følger Sara til fodbold om onsdagen");
            await page.GetByLabel("Opgave").FillAsync("Følger Sara til fodbold om onsdagen og torsdagen");
            await page.GetByRole(AriaRole.Button, new() { Name = "Gem ændringer" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("ny version");
            await Assertions.Expect(card).ToContainTextAsync("torsdagen");

            await card.GetByRole(AriaRole.Button, new() { Name = "Afslut Kim Træner" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("afsluttet");
            await Assertions.Expect(page.GetByTestId("network-current")).Not.ToContainTextAsync("Kim Træner");
            await Assertions.Expect(page.GetByTestId("network-ended")).ToContainTextAsync("Kim Træner");

            await page.GotoAsync($"/sagsbehandler/borger/{sara}/historik");
            await Assertions.Expect(page.GetByText("Netværksbidrag afsluttet: Kim Træner").First).ToBeVisibleAsync();
        }, "network-edit");
    }

    [BrowserFact]
    public async Task Provider_shares_a_note_and_the_citizen_reads_only_that_one()
    {
        const string Shared = "Sara bagte boller og inviterede naboen.";
        const string Internal = "Intern: aftal vagtplan med kollegaen.";
        var sara = await SaraAsync();
        var provider = await app.NewPageAsAsync(DemoUsers.Provider1);
        await BrowserFixture.RunAsync(provider, async () =>
        {
            await provider.GotoAsync($"/leverandoer/borger/{sara}");
            await provider.GetByLabel("Hvad skete der, og hvordan gik det?").First.FillAsync(Shared);
            await provider.GetByLabel("Del notatet med borgeren (borgeren kan læse det på Min plan)").First.CheckAsync();
            await provider.GetByRole(AriaRole.Button, new() { Name = "Gem notat" }).First.ClickAsync();
            await Assertions.Expect(provider.Locator("li", new() { HasText = Shared })).ToContainTextAsync("Delt med borgeren");
            await provider.GetByLabel("Hvad skete der, og hvordan gik det?").First.FillAsync(Internal);
            await provider.GetByRole(AriaRole.Button, new() { Name = "Gem notat" }).First.ClickAsync();
            await Assertions.Expect(provider.Locator("li", new() { HasText = Internal }).GetByRole(AriaRole.Button, new() { Name = "Del med borgeren" })).ToBeVisibleAsync();
        }, "provider-share");

        var citizen = await app.NewPageAsAsync(DemoUsers.Citizen1);
        await BrowserFixture.RunAsync(citizen, async () =>
        {
            await citizen.GotoAsync("/minplan");
            await Assertions.Expect(citizen.GetByTestId("shared-notes")).ToContainTextAsync(Shared);
            await Assertions.Expect(citizen.GetByTestId("shared-notes")).ToContainTextAsync("Bostøtten Nord");
            await Assertions.Expect(citizen.GetByText(Internal)).ToHaveCountAsync(0);
        }, "citizen-reads-shared");

        await BrowserFixture.RunAsync(provider, async () =>
        {
            await provider.Locator("li", new() { HasText = Shared }).GetByRole(AriaRole.Button, new() { Name = "Stop deling" }).ClickAsync();
            await Assertions.Expect(provider.GetByRole(AriaRole.Status)).ToContainTextAsync("deles ikke længere");
        }, "provider-unshare");
        await BrowserFixture.RunAsync(citizen, async () =>
        {
            await citizen.ReloadAsync();
            await Assertions.Expect(citizen.GetByText(Shared)).ToHaveCountAsync(0);
        }, "citizen-after-unshare");
    }

    private async Task<Guid> SaraAsync()
    {
        using var api = await app.Factory.CreateClientAs(DemoUsers.Caseworker1);
        var citizens = await api.GetFromJsonAsync<List<Row>>("/api/v1/citizens");
        return citizens!.Single(c => c.Name == "Sara Jensen").Id;
    }

    private sealed record Row(Guid Id, string Name);
}
