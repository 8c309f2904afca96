using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Mestring.TestSupport;
using Microsoft.Playwright;

namespace Mestring.Browser.Tests;

/// <summary>
/// Issue 2's journey in a real browser, in Danish: the caseworker makes a plan with a goal and orders an
/// intervention, the provider accepts, the citizen rates progress and sees in the access log that the
/// caseworker opened their plan. The steps share one app and database, so they run in order in one test.
/// </summary>
public sealed class CoreJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private const string GoalWords = "Jeg vil gå til fodbold hver uge";
    private const string Provider = "Bostøtten Nord";

    [BrowserFact]
    public async Task Caseworker_plans_and_orders_provider_accepts_citizen_rates_and_sees_who_opened_the_plan()
    {
        // Caseworker: log in through the form, open Sara Jensen, agree a goal.
        var caseworker = await app.NewPageAsync();
        await BrowserFixture.RunAsync(caseworker, async () =>
        {
            await Pages.LoginAsync(caseworker, DemoUsers.Caseworker1);
            await Assertions.Expect(caseworker.GetByRole(AriaRole.Heading, new() { Name = "Din sagsstamme" })).ToBeVisibleAsync();
            await caseworker.GetByRole(AriaRole.Link, new() { Name = "Sara Jensen" }).ClickAsync();
            await Assertions.Expect(caseworker.GetByRole(AriaRole.Heading, new() { Name = "Sara Jensen", Level = 1 })).ToBeVisibleAsync();
            await BrowserFixture.ScreenshotAsync(caseworker, "01-caseworker-citizen-overview");

            await caseworker.GetByRole(AriaRole.Link, new() { Name = "Tilføj mål" }).First.ClickAsync();
            await caseworker.GetByLabel("Borgerens egne ord", new() { Exact = true }).FillAsync(GoalWords);
            await caseworker.GetByLabel("Faglig formulering", new() { Exact = true }).FillAsync("Sara deltager i et fællesskab en gang om ugen med let støtte til at komme afsted.");
            await caseworker.GetByLabel("Måltype", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Udvikle funktionsevne" });
            await caseworker.GetByLabel("Primær tilstand (Aktivitet og deltagelse)").SelectOptionAsync(new SelectOptionValue { Label = "Deltage i sociale fællesskaber og fritidsaktiviteter" });
            await caseworker.GetByLabel("Udgangsniveau (funktionsevne)").SelectOptionAsync("3");
            await caseworker.GetByLabel("Målniveau", new() { Exact = true }).SelectOptionAsync("1");
            await BrowserFixture.ScreenshotAsync(caseworker, "02-caseworker-goal-form");
            await caseworker.GetByRole(AriaRole.Button, new() { Name = "Tilføj mål til planen" }).ClickAsync();
            await Assertions.Expect(caseworker.GetByRole(AriaRole.Status)).ToContainTextAsync("Målet er tilføjet planen.");
            await Assertions.Expect(caseworker.GetByRole(AriaRole.Heading, new() { Name = GoalWords })).ToBeVisibleAsync();

            // Order an intervention at provider1's provider for the new goal.
            await caseworker.GetByRole(AriaRole.Link, new() { Name = "Bestil indsats" }).ClickAsync();
            await caseworker.GetByLabel("Ydelse (FFB)").SelectOptionAsync(new SelectOptionValue { Label = "Støtte til daglige opgaver i hjemmet" });
            await caseworker.GetByLabel("Lovgrundlag", new() { Exact = true }).FillAsync("SEL-85");
            var providerValue = await caseworker.Locator("#Input_ProviderId option", new() { HasTextString = Provider }).GetAttributeAsync("value");
            await caseworker.GetByLabel("Leverandør (tilbud)").SelectOptionAsync(providerValue!);
            await caseworker.GetByLabel("Metode (valgfrit)").FillAsync("Ledsagelse og træning");
            await caseworker.GetByLabel("Omfang pr. uge").FillAsync("2");
            await caseworker.GetByLabel("Enhed", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "timer" });
            await caseworker.GetByLabel("Takst pr. enhed (kr.)").FillAsync("540,50");
            foreach (var box in await caseworker.Locator("#Input_GoalIds input[type=checkbox]").AllAsync())
            {
                await box.UncheckAsync();
            }
            await caseworker.GetByLabel(new Regex(Regex.Escape(GoalWords))).CheckAsync();
            await BrowserFixture.ScreenshotAsync(caseworker, "03-caseworker-order-form");
            await caseworker.GetByRole(AriaRole.Button, new() { Name = "Send bestilling" }).ClickAsync();
            await Assertions.Expect(caseworker.GetByRole(AriaRole.Status)).ToContainTextAsync($"Indsatsen er bestilt hos {Provider}");
            await Assertions.Expect(caseworker.GetByRole(AriaRole.Table).Filter(new() { HasTextString = "Ledsagelse og træning" })).ToContainTextAsync("Afventer svar");
            await BrowserFixture.ScreenshotAsync(caseworker, "04-caseworker-after-order");
        });

        // Provider: accept the new order in the inbox.
        var provider = await app.NewPageAsync();
        await BrowserFixture.RunAsync(provider, async () =>
        {
            await Pages.LoginAsync(provider, DemoUsers.Provider1);
            await Assertions.Expect(provider.GetByRole(AriaRole.Heading, new() { Name = "Bestillinger", Level = 1 })).ToBeVisibleAsync();
            var order = provider.Locator("article.order", new() { HasTextString = "Ledsagelse og træning" });
            await Assertions.Expect(order).ToContainTextAsync("Sara Jensen");
            await BrowserFixture.ScreenshotAsync(provider, "05-provider-inbox");
            await order.GetByRole(AriaRole.Button, new() { Name = "Acceptér bestillingen" }).ClickAsync();
            await Assertions.Expect(provider.GetByRole(AriaRole.Status)).ToContainTextAsync("Bestillingen er accepteret");
            await Assertions.Expect(provider.Locator("article.order")).ToHaveCountAsync(0);
        });

        // Citizen: rate progress on the new goal, then see who opened the plan.
        var citizen = await app.NewPageAsync();
        await BrowserFixture.RunAsync(citizen, async () =>
        {
            await Pages.LoginAsync(citizen, DemoUsers.Citizen1);
            await Assertions.Expect(citizen.GetByRole(AriaRole.Heading, new() { Name = "Min plan", Level = 1 })).ToBeVisibleAsync();
            var goal = citizen.Locator("article.goal", new() { Has = citizen.GetByRole(AriaRole.Heading, new() { Name = GoalWords }) });
            await Assertions.Expect(goal).ToContainTextAsync(Provider);
            await goal.GetByRole(AriaRole.Radio, new() { Name = "7", Exact = true }).CheckAsync();
            await goal.GetByLabel("Vil du sige noget om det? (valgfrit)").FillAsync("Jeg har været afsted to gange");
            await goal.GetByRole(AriaRole.Button, new() { Name = "Gem min vurdering" }).ClickAsync();
            await Assertions.Expect(citizen.GetByRole(AriaRole.Status)).ToContainTextAsync("Tak! Din vurdering er gemt (7 ud af 10).");
            await Assertions.Expect(goal).ToContainTextAsync("7 ud af 10");
            await BrowserFixture.ScreenshotAsync(citizen, "06-citizen-plan");

            await citizen.GetByRole(AriaRole.Link, new() { Name = "Hvem har set mine data" }).ClickAsync();
            await Assertions.Expect(citizen.GetByRole(AriaRole.Heading, new() { Name = "Hvem har set mine data", Level = 1 })).ToBeVisibleAsync();
            var caseworkerOpenedPlan = citizen.GetByRole(AriaRole.Row)
                .Filter(new() { HasTextString = "Mette Hansen" }) // the person, not the login
                .Filter(new() { HasTextString = "Sagsbehandler" })
                .Filter(new() { HasTextString = "Så planen" });
            await Assertions.Expect(caseworkerOpenedPlan.First).ToBeVisibleAsync();
            await BrowserFixture.ScreenshotAsync(citizen, "07-citizen-access-log");
        });
    }
}
