using System.Net.Http.Json;
using Mestring.TestSupport;
using Microsoft.Playwright;

namespace Mestring.Browser.Tests;

/// <summary>Language switch, keyboard-only login, and the pages' answer to citizens outside a relationship.</summary>
public sealed class AccessAndLanguageTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Language_switch_turns_the_ui_english_and_back_to_danish()
    {
        var page = await app.NewPageAsAsync(DemoUsers.Caseworker1);
        await BrowserFixture.RunAsync(page, async () =>
        {
            await page.GotoAsync("/sagsbehandler");
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "da");
            await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your caseload" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Log out" })).ToBeVisibleAsync();
            Assert.EndsWith("/sagsbehandler", page.Url, StringComparison.Ordinal);
            await BrowserFixture.ScreenshotAsync(page, "10-caseload-english");

            await page.GetByRole(AriaRole.Link, new() { Name = "Dansk" }).ClickAsync();
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "da");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Din sagsstamme" })).ToBeVisibleAsync();

            // Logging out is a POST with the antiforgery token.
            await page.GetByRole(AriaRole.Button, new() { Name = "Log ud" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Du er logget ud" })).ToBeVisibleAsync();
        });
    }

    [BrowserFact]
    public async Task Login_form_can_be_completed_with_the_keyboard_only()
    {
        var page = await app.NewPageAsync();
        await BrowserFixture.RunAsync(page, async () =>
        {
            await page.GotoAsync("/login");
            // The skip link is the first stop; the user name field has focus on arrival.
            await Assertions.Expect(page.GetByLabel("Brugernavn")).ToBeFocusedAsync();
            await page.Keyboard.TypeAsync(DemoUsers.Caseworker1);
            await page.Keyboard.PressAsync("Tab");
            await Assertions.Expect(page.GetByLabel("Adgangskode")).ToBeFocusedAsync();
            await page.Keyboard.TypeAsync("wrong-password-1");
            await page.Keyboard.PressAsync("Enter");

            // A wrong password: the summary (role=alert) takes focus and links to the field.
            var summary = page.GetByRole(AriaRole.Alert);
            await Assertions.Expect(summary).ToContainTextAsync("Brugernavn eller adgangskode er forkert.");
            await Assertions.Expect(summary).ToBeFocusedAsync();
            await Assertions.Expect(page.GetByLabel("Adgangskode")).ToHaveAttributeAsync("aria-invalid", "true");
            await BrowserFixture.ScreenshotAsync(page, "11-login-error");

            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page.GetByLabel("Adgangskode")).ToBeFocusedAsync();
            await page.Keyboard.TypeAsync(DemoUsers.Password);
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sagsbehandler$"));
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Din sagsstamme" })).ToBeVisibleAsync();
        });
    }

    [BrowserFact]
    public async Task Provider_gets_404_for_a_citizen_it_does_not_serve()
    {
        var amira = await CitizenIdAsync(DemoUsers.Caseworker1, "Amira Hassan");
        var page = await app.NewPageAsAsync(DemoUsers.Provider1);
        await BrowserFixture.RunAsync(page, async () =>
        {
            var response = await page.GotoAsync($"/leverandoer/borger/{amira}");
            Assert.Equal(404, response!.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Siden findes ikke" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("Amira")).ToHaveCountAsync(0);
            await BrowserFixture.ScreenshotAsync(page, "12-provider-404");
        });
    }

    [BrowserFact]
    public async Task Caseworker_outside_the_caseload_gets_404_and_can_break_the_glass_with_a_reason()
    {
        var sara = await CitizenIdAsync(DemoUsers.Caseworker1, "Sara Jensen");
        var page = await app.NewPageAsAsync(DemoUsers.Caseworker2);
        await BrowserFixture.RunAsync(page, async () =>
        {
            var response = await page.GotoAsync($"/sagsbehandler/borger/{sara}");
            Assert.Equal(404, response!.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Borgeren er ikke i din sagsstamme" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("Sara Jensen")).ToHaveCountAsync(0);

            await page.GetByRole(AriaRole.Button, new() { Name = "Tag nødadgang i 3 timer" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Skriv en begrundelse på mindst 10 tegn.");
            await BrowserFixture.ScreenshotAsync(page, "13-break-the-glass-form");

            await page.GetByLabel("Begrundelse", new() { Exact = true }).FillAsync("Akut henvendelse fra borgerens mor; sagsbehandler er syg.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Tag nødadgang i 3 timer" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sara Jensen", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Note).First).ToContainTextAsync("nødadgang");
        });
    }

    private async Task<Guid> CitizenIdAsync(string asUser, string name)
    {
        using var client = await app.Factory.CreateClientAs(asUser);
        var citizens = await client.GetFromJsonAsync<List<CitizenRow>>("/api/v1/citizens");
        return citizens!.Single(c => c.Name == name).Id;
    }

    private sealed record CitizenRow(Guid Id, string Name);
}
