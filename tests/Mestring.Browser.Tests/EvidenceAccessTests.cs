using System.Text.Json;
using Mestring.TestSupport;
using Microsoft.Playwright;

namespace Mestring.Browser.Tests;

/// <summary>
/// The evidence pages in English, with the keyboard on a phone-sized screen, and for the roles the evidence policy
/// leaves out (Manager, Admin and Supervision only).
/// </summary>
[Collection(EvidenceApp.Name)]
public sealed class EvidenceAccessTests(BrowserFixture app)
{
    private static readonly string[] EnglishVerdicts = ["works", "no detectable effect", "too few data", "works the opposite way", "uncertain: the groups are not alike enough"];

    private static readonly string[] EnglishExplanations =
    [
        "The difference from care as usual", "The difference is clear, but in the wrong direction",
        "Too few courses", "No difference from care as usual can be seen", "Even after weighting, the citizens with and without the method differ",
    ];

    [BrowserFact]
    public async Task Language_switch_turns_the_evidence_pages_english()
    {
        var page = await app.NewPageAsAsync(DemoUsers.Manager1);
        await BrowserFixture.RunAsync(page, async () =>
        {
            await page.GotoAsync("/evidens");
            await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            Assert.EndsWith("/evidens", page.Url, StringComparison.Ordinal);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Methods that work", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("canvas[data-evidence-chart]").First)
                .ToHaveAttributeAsync("aria-label", "Forest plot: estimate and 95 % interval per method. The figures are in the table below.");
            var table = page.Locator("section.card > .table-wrap table").First;
            var headers = await PageData.ColumnHeadersAsync(table);
            var (method, estimate, verdict, meaning) = (PageData.Column(headers, "Method"), PageData.Column(headers, "Estimate"), PageData.Column(headers, "Verdict"), PageData.Column(headers, "What does it mean?"));
            Assert.True(PageData.Column(headers, "95 % interval") >= 0);
            var rows = await PageData.BodyRowsAsync(table);
            Assert.All(rows, r => Assert.Contains(r[verdict], EnglishVerdicts));
            Assert.All(rows, r => Assert.Contains(EnglishExplanations, e => r[meaning].StartsWith(e, StringComparison.Ordinal)));
            // Numbers follow the language too: the chart's first estimate with an English decimal point.
            var island = await PageData.IslandAsync(page, (await page.Locator("canvas[data-evidence-chart]").First.GetAttributeAsync("data-evidence-chart"))!);
            var first = Strings(island, "labels")[0];
            Assert.Equal(PageData.Number(Double(island, "estimates", 0), 3, "en"), rows.Single(r => r[method] == first)[estimate]);
            await BrowserFixture.ScreenshotAsync(page, "73-evidence-methods-english");

            await page.GetByRole(AriaRole.Link, new() { Name = "Providers compared" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Providers compared", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Funnel plot" })).ToBeVisibleAsync();
            var providerTable = page.GetByRole(AriaRole.Table, new() { Name = "Providers by adjusted result (pseudonymised provider id)" });
            var clearlyWorse = PageData.Column(await PageData.ColumnHeadersAsync(providerTable), "Clearly worse");
            // "Yes", "No", or the balance gate's "uncertain: …" where the provider's case mix could not be matched.
            Assert.All(await PageData.BodyRowsAsync(providerTable), r => Assert.True(r[clearlyWorse] is "Yes" or "No" || r[clearlyWorse].StartsWith("uncertain", StringComparison.Ordinal), r[clearlyWorse]));

            await page.GetByRole(AriaRole.Link, new() { Name = "Stop list" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Stop list", Level = 1 })).ToBeVisibleAsync();
            var stopTable = page.GetByRole(AriaRole.Table, new() { Name = "Stop list by total spend" });
            var kind = PageData.Column(await PageData.ColumnHeadersAsync(stopTable), "Kind");
            Assert.All(await PageData.BodyRowsAsync(stopTable), r => Assert.Contains(r[kind], new[] { "Method", "Intervention type" }));

            await page.GetByRole(AriaRole.Link, new() { Name = "Dansk" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Stopliste", Level = 1 })).ToBeVisibleAsync();
        });
    }

    [BrowserFact]
    public async Task English_evidence_pages_leave_no_danish_units_wrong_words_or_machine_timestamps()
    {
        var page = await app.NewPageAsAsync(DemoUsers.Manager1);
        await BrowserFixture.RunAsync(page, async () =>
        {
            await page.GotoAsync("/evidens");
            var danishUnits = await CaptionUnitsAsync(page);
            await page.GotoAsync("/sprog?culture=en&returnUrl=/evidens");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Methods that work", Level = 1 })).ToBeVisibleAsync();
            var englishUnits = await CaptionUnitsAsync(page);
            Assert.Equal(danishUnits.Count, englishUnits.Count);
            Assert.All(danishUnits.Zip(englishUnits), u => Assert.NotEqual(u.First, u.Second));
            Assert.DoesNotMatch("\\d{4}-\\d{2}-\\d{2}T", await page.Locator("main").InnerTextAsync());
            foreach (var path in new[] { "/evidens/tilbud", "/evidens/stopliste" })
            {
                await page.GotoAsync(path);
                Assert.DoesNotContain("History", await PageData.ColumnHeadersAsync(page.GetByRole(AriaRole.Table).First));
            }
        });
    }

    [BrowserFact]
    public async Task Keyboard_reaches_the_links_disclosures_and_every_table_that_must_scroll_on_a_phone()
    {
        var page = await app.NewPageAsAsync(DemoUsers.Manager1);
        await BrowserFixture.RunAsync(page, async () =>
        {
            // On a phone the seven-column tables scroll sideways; a scroll area a keyboard cannot reach hides numbers.
            await page.SetViewportSizeAsync(390, 844);
            foreach (var (path, links) in new[]
            {
                ("/evidens", new[] { "Tilbud sammenlignet", "Stopliste" }),
                ("/evidens/tilbud", new[] { "Metoder der virker", "Stopliste" }),
                ("/evidens/stopliste", new[] { "Metoder der virker", "Tilbud sammenlignet" }),
            })
            {
                await page.GotoAsync(path);
                var scrolling = await KeyboardWalk.ScrollingTablesAsync(page);
                Assert.True(scrolling.Length > 0, $"{path}: expected a table wider than a phone");
                var reached = await KeyboardWalk.TabThroughAsync(page);
                foreach (var link in links)
                {
                    Assert.Contains(reached, r => r.Link == link);
                }
                foreach (var wrap in scrolling)
                {
                    Assert.True(reached.Any(r => r.TableWrap == wrap), $"{path}: the scrolling table {wrap} is not reachable with Tab; stops: {string.Join(", ", reached)}");
                }
                // Every disclosure (e.g. the per-target-group comparison) is a Tab stop of its own ...
                var summaries = await page.Locator("main summary").CountAsync();
                Assert.Equal(summaries, reached.Count(r => r.Summary));
                if (summaries == 0)
                {
                    continue;
                }
                // ... that opens with Enter, after which the table inside is reachable as well.
                await page.GotoAsync(path);
                for (var i = 0; i <= reached.FindIndex(r => r.Summary); i++)
                {
                    await page.Keyboard.PressAsync("Tab");
                }
                var details = page.Locator("main details").First;
                await Assertions.Expect(details.Locator("summary")).ToBeFocusedAsync();
                await page.Keyboard.PressAsync("Enter");
                await Assertions.Expect(details).ToHaveAttributeAsync("open", "");
                await Assertions.Expect(details.Locator("table")).ToBeVisibleAsync();
                var inner = await details.Locator(".table-wrap").EvaluateAsync<int>("w => [...document.querySelectorAll('.table-wrap')].indexOf(w)");
                if ((await KeyboardWalk.ScrollingTablesAsync(page)).Contains(inner))
                {
                    await page.Keyboard.PressAsync("Tab");
                    Assert.Equal(inner, await page.EvaluateAsync<int>(
                        "() => { const w = document.activeElement.closest('.table-wrap'); return w ? [...document.querySelectorAll('.table-wrap')].indexOf(w) : -1; }"));
                }
            }
            await BrowserFixture.ScreenshotAsync(page, "75-evidence-phone-keyboard");
        });
    }

    [BrowserFact]
    public async Task Caseworker_is_refused_the_evidence_pages_and_their_api_while_an_administrator_gets_in()
    {
        var page = await app.NewPageAsAsync(DemoUsers.Caseworker1);
        await BrowserFixture.RunAsync(page, async () =>
        {
            foreach (var path in new[] { "/evidens", "/evidens/tilbud", "/evidens/stopliste" })
            {
                var response = await page.GotoAsync(path);
                Assert.Equal(path, new Uri(response!.Request.RedirectedFrom!.Url).AbsolutePath);
                Assert.Equal("/adgang-naegtet", new Uri(page.Url).AbsolutePath);
                await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Du har ikke adgang til siden", Level = 1 })).ToBeVisibleAsync();
                await Assertions.Expect(page.Locator("table, canvas")).ToHaveCountAsync(0);
            }
            await BrowserFixture.ScreenshotAsync(page, "74-evidence-refused-caseworker");
            foreach (var api in new[] { "/api/v1/evidence/methods", "/api/v1/evidence/providers", "/api/v1/evidence/stop-list" })
            {
                var answer = await page.Context.APIRequest.GetAsync(new Uri(app.BaseUrl, api).ToString());
                Assert.Equal(403, answer.Status);
            }
        });

        var admin = await app.NewPageAsAsync(DemoUsers.Admin);
        await BrowserFixture.RunAsync(admin, async () =>
        {
            var response = await admin.GotoAsync("/evidens/stopliste");
            Assert.Equal(200, response!.Status);
            await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Stopliste", Level = 1 })).ToBeVisibleAsync();
        });
    }

    /// <summary>The unit part (after " – ") of every main table caption on /evidens.</summary>
    private static async Task<List<string>> CaptionUnitsAsync(IPage page) =>
        [.. (await page.Locator("section.card > .table-wrap caption").AllInnerTextsAsync()).Select(c => c.Split(" – ")[^1].Trim())];

    private static List<string> Strings(JsonElement island, string name) =>
        [.. island.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];

    private static double Double(JsonElement island, string name, int index) => island.GetProperty(name)[index].GetDouble();
}
