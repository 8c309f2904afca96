using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Mestring.TestSupport;
using Microsoft.Playwright;

namespace Mestring.Browser.Tests;

/// <summary>
/// Issue 11 in a real browser: the administrator creates a caseworker who can log in at once and deactivates them; a
/// provider's progress note reaches the caseworker's overview; the plan editor keeps typed text in every section.
/// </summary>
public sealed class AdminJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private const string Password = "Ny-medarbejder-2026!";

    [BrowserFact]
    public async Task Admin_creates_a_caseworker_who_logs_in_at_once_and_is_refused_after_deactivation()
    {
        var admin = await app.NewPageAsync();
        await BrowserFixture.RunAsync(admin, async () =>
        {
            await Pages.LoginAsync(admin, DemoUsers.Admin);
            await admin.GetByRole(AriaRole.Link, new() { Name = "Administration" }).First.ClickAsync();
            await admin.GetByRole(AriaRole.Link, new() { Name = "Brugere" }).First.ClickAsync();
            await admin.GetByLabel("Brugernavn", new() { Exact = true }).FillAsync("lhansen");
            await admin.GetByLabel("Fulde navn (vises på sider og i loggen)").FillAsync("Lise Hansen");
            await admin.GetByLabel("Første adgangskode (mindst 12 tegn)").FillAsync(Password);
            await admin.GetByLabel("Rolle", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Sagsbehandler" });
            await admin.GetByLabel("Team (sagsbehandlere)").SelectOptionAsync(new SelectOptionValue { Label = "Voksenteam Nord" });
            await admin.GetByLabel("Begrundelse (logges)").FillAsync("Nyansat i Voksenteam Nord");
            await admin.GetByRole(AriaRole.Button, new() { Name = "Opret bruger" }).ClickAsync();
            await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("lhansen");
            await Assertions.Expect(admin.GetByRole(AriaRole.Link, new() { Name = "Lise Hansen" })).ToBeVisibleAsync();
        }, "admin-create");

        var lise = await app.NewPageAsync();
        await BrowserFixture.RunAsync(lise, async () =>
        {
            await Pages.LoginAsync(lise, "lhansen", Password);
            await Assertions.Expect(lise.GetByRole(AriaRole.Link, new() { Name = "Sara Jensen" })).ToBeVisibleAsync();
        }, "new-user-login");

        await BrowserFixture.RunAsync(admin, async () =>
        {
            await admin.GetByRole(AriaRole.Link, new() { Name = "Lise Hansen" }).ClickAsync();
            await admin.Locator("#Reason-active").FillAsync("Fratrådt");
            await admin.GetByRole(AriaRole.Button, new() { Name = "Deaktivér bruger" }).ClickAsync();
            await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("deaktiveret");
        }, "admin-deactivate");

        var again = await app.NewPageAsync();
        await BrowserFixture.RunAsync(again, async () =>
        {
            await again.GotoAsync("/login");
            await again.GetByLabel("Brugernavn").FillAsync("lhansen");
            await again.GetByLabel("Adgangskode").FillAsync(Password);
            await again.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();
            await Assertions.Expect(again).ToHaveURLAsync(new Regex("/login"));
        }, "deactivated-login");
    }

    [BrowserFact]
    public async Task Provider_progress_note_appears_on_the_caseworkers_overview()
    {
        const string Note = "Vi købte ind efter indkøbslisten, Sara betalte selv.";
        var sara = await SaraAsync();
        var provider = await app.NewPageAsAsync(DemoUsers.Provider1);
        await BrowserFixture.RunAsync(provider, async () =>
        {
            await provider.GotoAsync($"/leverandoer/borger/{sara}");
            await provider.GetByLabel("Hvad skete der, og hvordan gik det?").First.FillAsync(Note);
            await provider.GetByRole(AriaRole.Button, new() { Name = "Gem notat" }).First.ClickAsync();
            await Assertions.Expect(provider.GetByText(Note)).ToBeVisibleAsync();
        }, "provider-note");

        var caseworker = await app.NewPageAsAsync(DemoUsers.Caseworker1);
        await BrowserFixture.RunAsync(caseworker, async () =>
        {
            await caseworker.GotoAsync($"/sagsbehandler/borger/{sara}");
            await Assertions.Expect(caseworker.GetByText(Note).First).ToBeVisibleAsync();
        }, "caseworker-sees-note");
    }

    [BrowserFact]
    public async Task Plan_editor_saves_every_section_typed_and_guards_unsaved_text()
    {
        var sara = await SaraAsync();
        var page = await app.NewPageAsAsync(DemoUsers.Caseworker1);
        await BrowserFixture.RunAsync(page, async () =>
        {
            await page.GotoAsync($"/sagsbehandler/borger/{sara}/plan");
            await page.Locator("#Sections_Housing__Text").FillAsync("Boligsocial medarbejder hjælper med huslejen.");
            await page.Locator("#Sections_Education__Text").FillAsync("Sara starter på VUC i august.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Gem planen" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("ny version");
            await Assertions.Expect(page.Locator("#Sections_Housing__Text")).ToHaveValueAsync("Boligsocial medarbejder hjælper med huslejen.");
            await Assertions.Expect(page.Locator("#Sections_Education__Text")).ToHaveValueAsync("Sara starter på VUC i august.");

            // Typed but not saved: leaving the page asks first.
            var asked = new TaskCompletionSource<string>();
            page.Dialog += async (_, dialog) =>
            {
                asked.TrySetResult(dialog.Type);
                await dialog.DismissAsync();
            };
            await page.Locator("#Sections_Health__Text").PressSequentiallyAsync("Ny aftale med egen læge");
            await page.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });
            Assert.Equal("beforeunload", await asked.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        }, "plan-editor");
    }

    private async Task<Guid> SaraAsync()
    {
        using var api = await app.Factory.CreateClientAs(DemoUsers.Caseworker1);
        var citizens = await api.GetFromJsonAsync<List<Row>>("/api/v1/citizens");
        return citizens!.Single(c => c.Name == "Sara Jensen").Id;
    }

    private sealed record Row(Guid Id, string Name);
}
