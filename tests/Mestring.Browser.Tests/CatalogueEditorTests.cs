using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mestring.TestSupport;
using Microsoft.Playwright;

namespace Mestring.Browser.Tests;

/// <summary>
/// The investment catalogue editor in a real browser: an invalid edit is refused with a Danish message that names
/// the field and changes nothing; a valid edit (with a Danish decimal comma) is stored and shown again after a
/// reload. Each test reads the catalogue it starts from, so neither depends on the other's edits or their order.
/// </summary>
public sealed class CatalogueEditorTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private const string CataloguePath = "/investering/katalog";

    [BrowserFact]
    public async Task Invalid_edit_shows_a_danish_error_naming_the_field_and_saves_nothing()
    {
        var page = await app.NewPageAsAsync(DemoUsers.Manager1);
        await BrowserFixture.RunAsync(page, async () =>
        {
            await OpenAsync(page);
            var stored = await CatalogueJsonAsync(page);
            var (name, _) = await FirstOutcomeAsync(page);
            var unitCost = page.GetByLabel($"Enhedspris, pris 1 for {name}", new() { Exact = true });
            var original = await unitCost.InputValueAsync();
            var changedAt = await page.Locator("dt:has-text('Sidst ændret') + dd").InnerTextAsync();

            await unitCost.FillAsync("tolv hundrede");
            await page.GetByRole(AriaRole.Button, new() { Name = "Gem kataloget" }).ClickAsync();

            var message = $"Udfald «{name}», pris 1, feltet enhedspris: «tolv hundrede» kan ikke læses som et tal.";
            var summary = page.GetByRole(AriaRole.Alert);
            await Assertions.Expect(summary).ToContainTextAsync("Der er et problem");
            await Assertions.Expect(summary).ToContainTextAsync(message);
            await Assertions.Expect(summary).ToBeFocusedAsync();
            // The field keeps what was typed, says it is invalid and is described by the same message.
            await Assertions.Expect(unitCost).ToHaveValueAsync("tolv hundrede");
            await Assertions.Expect(unitCost).ToHaveAttributeAsync("aria-invalid", "true");
            await Assertions.Expect(unitCost).ToHaveAccessibleDescriptionAsync(message);
            await BrowserFixture.ScreenshotAsync(page, "90-catalogue-invalid");

            // The summary's link takes the keyboard user to the field.
            await summary.GetByRole(AriaRole.Link, new() { Name = message }).ClickAsync();
            await Assertions.Expect(unitCost).ToBeFocusedAsync();

            // Nothing was saved: the stored catalogue and the page after a reload are as before.
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(stored), JsonNode.Parse(await CatalogueJsonAsync(page))), "the refused edit changed the stored catalogue");
            await OpenAsync(page);
            await Assertions.Expect(page.GetByLabel($"Enhedspris, pris 1 for {name}", new() { Exact = true })).ToHaveValueAsync(original);
            await Assertions.Expect(page.Locator("dt:has-text('Sidst ændret') + dd")).ToHaveTextAsync(changedAt);
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        });
    }

    [BrowserFact]
    public async Task Valid_edit_is_saved_and_shown_again_after_a_reload()
    {
        var page = await app.NewPageAsAsync(DemoUsers.Manager1);
        await BrowserFixture.RunAsync(page, async () =>
        {
            await OpenAsync(page);
            var (name, id) = await FirstOutcomeAsync(page);
            var unitCost = page.GetByLabel($"Enhedspris, pris 1 for {name}", new() { Exact = true });
            var original = await unitCost.InputValueAsync();
            // A value no earlier run or other test has left behind, typed the Danish way with a decimal comma.
            var whole = 10_000 + (int)(BitConverter.ToUInt32(Guid.NewGuid().ToByteArray()) % 90_000);
            var typed = whole.ToString(CultureInfo.InvariantCulture) + ",5";
            Assert.NotEqual(original, typed);
            var note = $"Browsertest {Guid.NewGuid():N}";

            await unitCost.FillAsync(typed);
            await page.GetByLabel("Note", new() { Exact = true }).FillAsync(note);
            await page.GetByRole(AriaRole.Button, new() { Name = "Gem kataloget" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Kataloget er gemt.");

            await OpenAsync(page);
            await Assertions.Expect(page.GetByLabel($"Enhedspris, pris 1 for {name}", new() { Exact = true })).ToHaveValueAsync(typed);
            await Assertions.Expect(page.GetByLabel("Note", new() { Exact = true })).ToHaveValueAsync(note);
            await Assertions.Expect(page.Locator("dt:has-text('Sidst ændret') + dd")).ToContainTextAsync(DemoUsers.Manager1);
            var row = page.Locator($"fieldset[data-outcome='{id}'] tbody tr").First;
            await Assertions.Expect(row.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "Changed");
            await BrowserFixture.ScreenshotAsync(page, "91-catalogue-saved");

            // Stored as the number meant (not 10-fold, not truncated), as the API and new cases see it.
            using var stored = JsonDocument.Parse(await CatalogueJsonAsync(page));
            Assert.Equal(note, stored.RootElement.GetProperty("note").GetString());
            var outcome = stored.RootElement.GetProperty("outcomes").EnumerateArray().Single(o => o.GetProperty("id").GetString() == id);
            Assert.Equal(whole + 0.5, outcome.GetProperty("prices")[0].GetProperty("unitCost").GetDouble());
        });
    }

    private static async Task OpenAsync(IPage page)
    {
        var response = await page.GotoAsync(CataloguePath);
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kommunens katalog over priser og effekter", Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>The first outcome in the editor: its name (as the field labels use it) and its id.</summary>
    private static async Task<(string Name, string Id)> FirstOutcomeAsync(IPage page)
    {
        var fieldset = page.Locator("fieldset[data-outcome]").First;
        var id = (await fieldset.GetAttributeAsync("data-outcome"))!;
        var name = await fieldset.Locator("input[name$='.Name']").First.InputValueAsync();
        return (name, id);
    }

    private async Task<string> CatalogueJsonAsync(IPage page)
    {
        var response = await page.Context.APIRequest.GetAsync(new Uri(app.BaseUrl, "/api/v1/investment-cases/catalogue").ToString());
        Assert.Equal(200, response.Status);
        return await response.TextAsync();
    }
}
