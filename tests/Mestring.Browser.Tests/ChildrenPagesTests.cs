using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Mestring.TestSupport;
using Microsoft.Playwright;

namespace Mestring.Browser.Tests;

/// <summary>
/// Children's casework in a real browser (issue 15): the caseworker's journey from a notification to barnets plan, the
/// parent's page and a child signing in — each page checked at 390 px in Danish and English (no horizontal scrolling,
/// no ISO timestamps or codes in the text, no serious axe violations).
/// </summary>
public sealed partial class ChildrenPagesTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")]
    private static partial Regex IsoTimestamp();

    [GeneratedRegex(@"\b(notification-24h|investigation-4m|plan-3m|follow-up-3m|youth-plan-16|transition-18|met-late|BL-3\d|BL-4\d|undersoegelse|afdaekning)\b")]
    private static partial Regex RawCode();

    /// <summary>The checks of the menu crawl, for one page as it stands.</summary>
    private static async Task CheckAsync(IPage page, string where, List<string> failures)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        if (overflow > 1)
        {
            failures.Add($"{where}: scrolls horizontally by {overflow} px");
        }
        var text = await page.Locator("main").InnerTextAsync();
        foreach (var pattern in new[] { IsoTimestamp(), RawCode() })
        {
            if (pattern.Match(text) is { Success: true } m)
            {
                failures.Add($"{where}: raw text '{m.Value}'");
            }
        }
        var axe = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        failures.AddRange(axe.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{where}: axe {v.Impact} {v.Id} (e.g. {v.Nodes.FirstOrDefault()?.Target})"));
    }

    /// <summary>Visits each path as the user at 390 px in Danish and English and runs the checks.</summary>
    private async Task<List<string>> CheckPagesAsync(string user, IEnumerable<string> paths)
    {
        var failures = new List<string>();
        foreach (var locale in new[] { "da-DK", "en-GB" })
        {
            var page = await app.NewPageAsAsync(user, locale: locale);
            await page.SetViewportSizeAsync(390, 844);
            foreach (var path in paths)
            {
                var response = await page.GotoAsync(path);
                if (response is null || response.Status != 200)
                {
                    failures.Add($"{user} {locale} {path}: status {response?.Status}");
                    continue;
                }
                await CheckAsync(page, $"{user} {locale} {path}", failures);
            }
            await page.Context.CloseAsync();
        }
        return failures;
    }

    [BrowserFact]
    public async Task Caseworker_receives_a_notification_assesses_it_investigates_decides_and_makes_barnets_plan()
    {
        var page = await app.NewPageAsAsync(DemoUsers.Caseworker2);
        string caseUrl = "";
        await BrowserFixture.RunAsync(page, async () =>
        {
            await page.GotoAsync("/boern");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Børnesager: frister", Level = 1 })).ToBeVisibleAsync();
            // The unassessed anonymous notification of two days ago is overdue and escalated.
            var escalated = page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Overskredet – eskaleret til teamleder") }) });
            await Assertions.Expect(escalated).ToContainTextAsync("Noah Berg");
            await Assertions.Expect(page.Locator("canvas[data-chart='chart-share-met']")).ToBeVisibleAsync();
            await BrowserFixture.ScreenshotAsync(page, "90-children-worklist");
            await escalated.GetByRole(AriaRole.Link, new() { Name = "Noah Berg" }).First.ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Børnesag: Noah Berg", Level = 1 })).ToBeVisibleAsync();
            caseUrl = new Uri(page.Url).AbsolutePath;

            // Receive a notification from a school.
            await page.GetByRole(AriaRole.Link, new() { Name = "Modtag underretning" }).ClickAsync();
            await page.GetByLabel(new Regex("^En fagperson")).CheckAsync();
            await page.GetByLabel("Underretterens navn").FillAsync("Lise Skolelærer");
            await page.GetByLabel("Fagpersonens rolle (fx skole)").FillAsync("Skole");
            await page.GetByLabel("Bekymringen").FillAsync("Noah har sovet i timerne hele ugen.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Registrér underretningen" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Underretningen er modtaget");

            // Assess it within 24 hours.
            await page.GetByRole(AriaRole.Button, new() { Name = "Registrér vurderingen" }).ClickAsync();
            await Assertions.Expect(page.Locator(".field-error").First).ToContainTextAsync("akut fare");
            await page.GetByLabel("Nej, ingen akut fare").CheckAsync();
            await page.GetByLabel("Begrundelse").FillAsync("Ingen akut fare; skolen og mor kontaktes.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Registrér vurderingen" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Vurderingen er registreret.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Registrér at der er sendt kvittering" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Kvitteringen til underretteren er registreret.");

            // Open the §20 investigation from it: the form has the notification chosen.
            await page.GetByRole(AriaRole.Link, new() { Name = "Åbn afdækning eller undersøgelse" }).ClickAsync();
            await Assertions.Expect(page.GetByLabel("Underretning", new() { Exact = true })).ToBeCheckedAsync();
            await Assertions.Expect(page.GetByLabel("Underretningen (ved underretning)").Locator("option:checked")).ToContainTextAsync("Noah har sovet");
            await page.GetByRole(AriaRole.Button, new() { Name = "Åbn", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "§ 20 børnefaglig undersøgelse", Level = 1 })).ToBeVisibleAsync();

            // Completing before the triangle is covered is refused in Danish.
            await page.GetByLabel("Tekst", new() { Exact = true }).FillAsync("Konklusion for tidligt.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Afslut med konklusion" }).ClickAsync();
            await Assertions.Expect(page.Locator(".error-summary, [role=alert]").First).ToContainTextAsync("Alle tre sider af trekanten");
            foreach (var (theme, resources) in new[] { ("Sundhedsforhold", "Sund og rask."), ("Trygt omsorgsmiljø", "Mor søger selv hjælp."), ("Socialt netværk", "Mormor hjælper.") })
            {
                await page.GetByLabel("Tema").SelectOptionAsync(new SelectOptionValue { Label = theme });
                await page.GetByLabel("Ressourcer").FillAsync(resources);
                await page.GetByRole(AriaRole.Button, new() { Name = "Gem vurderingen" }).ClickAsync();
                await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Vurderingen er gemt.");
            }
            await page.GetByLabel("Skriv med barnets egne ord").FillAsync("Jeg er bare så træt om morgenen.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Gem barnets ord" }).ClickAsync();
            await Assertions.Expect(page.Locator(".child-words")).ToContainTextAsync("Jeg er bare så træt om morgenen.");
            await page.GetByLabel("Tekst", new() { Exact = true }).FillAsync("Familien har brug for støtte om aftenen.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Afslut med konklusion" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Undersøgelsen er afsluttet.");
            await BrowserFixture.ScreenshotAsync(page, "91-children-investigation");

            // Decide a §32 measure on it.
            await page.GetByRole(AriaRole.Link, new() { Name = "Træf afgørelse" }).ClickAsync();
            await page.GetByLabel("§ 32 støttende indsats").CheckAsync();
            await page.GetByLabel("Støttende indsats (ved § 32)").SelectOptionAsync(new SelectOptionValue { Label = "Aflastning" });
            await page.GetByLabel("Formål").FillAsync("Aflastning hver anden weekend, så mor får hvilet.");
            await page.GetByLabel("Forventet varighed i måneder").FillAsync("6");
            await page.GetByRole(AriaRole.Button, new() { Name = "Registrér afgørelsen" }).ClickAsync();
            await Assertions.Expect(page.Locator(".error-summary, [role=alert]").First).ToContainTextAsync("samtykke");
            await page.GetByLabel(new Regex("^Forældremyndighedsindehaverne har givet samtykke")).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Registrér afgørelsen" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Afgørelsen er registreret.");

            // Barnets plan, in plain words.
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Sagens trin" }).GetByRole(AriaRole.Link, new() { Name = "Barnets plan" }).ClickAsync();
            await page.GetByLabel("Planen i almindelige ord").FillAsync("Du får aflastning hver anden weekend, så du og mor kan hvile.");
            await page.GetByLabel("Barnets egne ord").FillAsync("Jeg glæder mig til weekenderne.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Gem planen" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Planen er gemt som en ny version.");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Jeg glæder mig til weekenderne.");
            var timeline = page.Locator("ol.deadline-timeline");
            await Assertions.Expect(timeline.Locator("li", new() { HasTextString = "Noah har sovet" })).ToHaveCountAsync(0); // the list shows kinds, not concerns
            await Assertions.Expect(timeline).ToContainTextAsync("Vurdering af underretning (24 timer)");
            await Assertions.Expect(timeline).ToContainTextAsync("Overholdt");
            await Assertions.Expect(timeline).ToContainTextAsync("Overskredet");
            await BrowserFixture.ScreenshotAsync(page, "92-children-case");
        });

        var failures = await CheckPagesAsync(DemoUsers.Caseworker2, ["/boern", caseUrl, caseUrl + "/underretning", caseUrl + "/undersoegelse", caseUrl + "/afgoerelse", caseUrl + "/plan"]);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        var leader = await CheckPagesAsync(DemoUsers.Manager1, ["/boern"]);
        Assert.True(leader.Count == 0, string.Join(Environment.NewLine, leader));
    }

    [BrowserFact]
    public async Task Parent_signs_in_and_sees_the_childs_plan_decisions_and_owed_deadlines_but_no_notifications()
    {
        var page = await app.NewPageAsync();
        await BrowserFixture.RunAsync(page, async () =>
        {
            await Pages.LoginAsync(page, "parent1");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Noah Bergs sag", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmenu" })).ToContainTextAsync("Mine børn");
            var owed = page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Det har I krav på – og hvornår" }) });
            await Assertions.Expect(owed).ToContainTextAsync("Barnets plan skal være klar");
            await Assertions.Expect(owed.Locator("svg.deadline-timeline__track").First).ToBeAttachedAsync();
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Familiebehandling");
            await page.GetByText("Sådan klager du").First.ClickAsync();
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Ankestyrelsen");
            var text = await page.Locator("main").InnerTextAsync();
            Assert.DoesNotContain("nabo", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Birgitte", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Underretning", text, StringComparison.Ordinal);
            await BrowserFixture.ScreenshotAsync(page, "93-parent-child");
            await page.GotoAsync("/boern");
            Assert.Contains("/adgang-naegtet", page.Url, StringComparison.Ordinal);
        });
        var failures = await CheckPagesAsync("parent1", ["/foraelder"]);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [BrowserFact]
    public async Task Child_signs_in_and_sees_only_their_own_plan_in_plain_words()
    {
        var page = await app.NewPageAsync();
        await BrowserFixture.RunAsync(page, async () =>
        {
            await Pages.LoginAsync(page, "child1");
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmenu" }).GetByRole(AriaRole.Link, new() { Name = "Plan efter barnets lov" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Min plan fra kommunen", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Hej Noah!");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Jeg vil gerne i skole hver dag.");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("116 111");
            var text = await page.Locator("main").InnerTextAsync();
            Assert.DoesNotContain("nabo", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Familiebehandling", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Camilla", text, StringComparison.Ordinal);
            await BrowserFixture.ScreenshotAsync(page, "94-child-own-plan");

            // Nothing of anyone else's: the caseworker's and the parent's pages are closed to the child.
            foreach (var closed in new[] { "/boern", "/foraelder", "/sagsbehandler" })
            {
                await page.GotoAsync(closed);
                Assert.Contains("/adgang-naegtet", page.Url, StringComparison.Ordinal);
            }
        });
        var failures = await CheckPagesAsync("child1", ["/minplan/barn"]);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
