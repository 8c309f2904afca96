using System.Text.RegularExpressions;
using Mestring.TestSupport;
using Microsoft.Playwright;

namespace Mestring.Browser.Tests;

/// <summary>
/// The supervision journey on a phone: the registry, a search, one tilbud, the signals, a signal's evidence and its
/// review with a reason — in Danish, without horizontal scrolling or raw codes — and the same pages in English.
/// </summary>
public sealed partial class TilsynJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [GeneratedRegex(@"\b[a-z]+_[a-z_]+\b|\b[a-z]+-[a-z]+-[a-z-]+\b|\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex RawCode();

    [BrowserFact]
    public async Task Supervision_searches_opens_a_tilbud_and_reviews_a_signal_on_a_phone()
    {
        var page = await app.NewPageAsAsync(DemoUsers.Supervision1);
        await BrowserFixture.RunAsync(page, async () =>
        {
            await page.SetViewportSizeAsync(390, 844);
            await page.GotoAsync("/");
            await page.Locator("header nav").GetByRole(AriaRole.Link, new() { Name = "Tilsyn" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tilbudsregister", Level = 1 })).ToBeVisibleAsync();
            await AssertCleanAsync(page);

            // Search by the first tilbud's name, then open it.
            var firstName = (await page.Locator("main table tbody th a").First.InnerTextAsync()).Trim();
            await page.GetByLabel("Søg på navn, tilbuds-id, CVR eller type").FillAsync(firstName);
            await page.GetByRole(AriaRole.Button, new() { Name = "Søg" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = firstName, Exact = true }).First.ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = firstName, Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Takster" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Socialtilsynets vurderinger" })).ToBeVisibleAsync();
            await AssertCleanAsync(page);

            // A takst added by supervision shows in the table.
            await page.Locator("summary", new() { HasText = "Tilføj takst" }).ClickAsync();
            await page.GetByLabel("Ydelse", new() { Exact = true }).FillAsync("ophold");
            await page.GetByLabel("Takst", new() { Exact = true }).FillAsync("2100");
            await page.GetByLabel("Prisår").FillAsync("2025");
            await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj takst" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Taksten er gemt.")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("main table", new() { HasText = "2.100 kr." })).ToBeVisibleAsync();

            // The signals, one signal's evidence, and a review with a reason.
            await page.GotoAsync("/tilsyn/signaler");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Signaler om tilbud", Level = 1 })).ToBeVisibleAsync();
            await AssertCleanAsync(page);
            var signals = page.Locator("main table tbody th a");
            if (await signals.CountAsync() == 0)
            {
                return;
            }
            await signals.First.ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Grundlag" })).ToBeVisibleAsync();
            await AssertCleanAsync(page);
            await page.GetByLabel("Gennemgået").CheckAsync();
            await page.GetByLabel("Begrundelse").FillAsync("Faktura kontrolleret mod bestillingen");
            await page.GetByRole(AriaRole.Button, new() { Name = "Gem gennemgang" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Gennemgangen er gemt.")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Tidligere gennemgange" })).ToContainTextAsync("Faktura kontrolleret mod bestillingen");
            await BrowserFixture.ScreenshotAsync(page, "90-tilsyn-signal-phone");

            await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Evidence" })).ToBeVisibleAsync();
            await page.GotoAsync("/tilsyn");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Provider registry", Level = 1 })).ToBeVisibleAsync();
        });
    }

    private static async Task AssertCleanAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{page.Url}: scrolls sideways by {overflow} px");
        var text = await page.Locator("main").InnerTextAsync();
        var raw = RawCode().Match(text);
        Assert.False(raw.Success, $"{page.Url}: raw code '{raw.Value}' on the page");
    }
}
