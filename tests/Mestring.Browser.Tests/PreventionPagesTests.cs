using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Mestring.TestSupport;
using Microsoft.Playwright;

namespace Mestring.Browser.Tests;

/// <summary>
/// Prevention in a real browser: the manager's aggregate view (chart and table agree, small cells withheld, no
/// names) and the caseworker's worklist, which refuses in Danish while early detection is switched off — the
/// demo municipality's default — and logs the attempt.
/// </summary>
public sealed partial class PreventionPagesTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Manager_sees_the_areas_as_a_chart_and_a_table_with_the_same_shares_and_small_cells_withheld()
    {
        var page = await app.NewPageAsAsync(DemoUsers.Manager1);
        await BrowserFixture.RunAsync(page, async () =>
        {
            var errors = new List<string>();
            page.PageError += (_, e) => errors.Add(e);
            var response = await page.GotoAsync("/forebyggelse");
            Assert.Equal(200, response!.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Forebyggelse: hvor familieforholdene samler sig", Level = 1 })).ToBeVisibleAsync();
            var lead = await page.Locator("p.lead").InnerTextAsync();
            var minimum = int.Parse(MinimumCell().Match(lead).Groups[1].Value, CultureInfo.InvariantCulture);

            var table = page.GetByRole(AriaRole.Table, new() { NameRegex = new Regex("^Børn med familieforhold pr\\. område \\(registerår \\d{4}\\)$") });
            await Assertions.Expect(table).ToBeVisibleAsync();
            var headers = await PageData.ColumnHeadersAsync(table);
            Assert.Equal("Område", headers[0]);
            Assert.Equal(["Mindst to forhold", "Andel med mindst to"], headers[^2..]);
            Assert.Equal(8, headers.Count);
            var rows = await PageData.BodyRowsAsync(table);
            Assert.Equal("Hele kommunen", rows[^1][0]);
            await Assertions.Expect(table.GetByRole(AriaRole.Rowheader)).ToHaveCountAsync(rows.Count);

            // Every count is either withheld ("under 5", or "skjult" to protect another cell) or at least the minimum cell
            // size: no one can be recognised.
            static bool Withheld(string cell) => cell == "skjult" || cell.StartsWith("under ", StringComparison.Ordinal);
            foreach (var cell in rows.SelectMany(r => r.Skip(1).Take(r.Count - 2)))
            {
                Assert.True(Withheld(cell) || int.Parse(cell.Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) >= minimum,
                    $"a count of '{cell}' is below the minimum cell size {minimum}");
            }
            Assert.Contains(rows, r => r[1] == $"under {minimum}");
            // Nor can a withheld cell be worked out from the total: in each column, none or at least two area cells are withheld.
            for (var column = 1; column < headers.Count - 1; column++)
            {
                var withheld = rows.SkipLast(1).Count(r => Withheld(r[column]));
                Assert.True(withheld != 1, $"column '{headers[column]}': a single withheld cell equals the total minus the visible ones");
            }
            var page1Text = await page.Locator("main").InnerTextAsync();
            Assert.DoesNotContain("Sara Jensen", page1Text, StringComparison.Ordinal);

            // The bar chart is drawn and shows exactly the areas with a share, with the table's percentages.
            var canvas = page.Locator("canvas[data-chart='chart-areas']");
            await Assertions.Expect(canvas).ToHaveAttributeAsync("aria-label", "Søjlediagram. Tallene står i tabellen under.");
            var drawn = await PageData.DrawnChartAsync(page, canvas);
            Assert.True(drawn.PaintedPixels > 1000, $"the area chart was not drawn ({drawn})");
            var withShare = rows.SkipLast(1).Where(r => r[^1] != "–").ToList();
            Assert.NotEmpty(withShare);
            Assert.Equal(withShare.Select(r => r[0]), drawn.Labels);
            Assert.Equal(withShare.Count, drawn.PointsPerDataset[0]);
            var island = await PageData.IslandAsync(page, "chart-areas");
            var values = island.GetProperty("values").EnumerateArray().Select(v => v.GetDouble()).ToList();
            for (var i = 0; i < withShare.Count; i++)
            {
                Assert.Equal(withShare[i][^1], values[i].ToString("0.0", CultureInfo.GetCultureInfo("da")) + " %");
            }
            await BrowserFixture.ScreenshotAsync(page, "80-prevention-areas");
            Assert.True(errors.Count == 0, "script errors: " + string.Join("; ", errors));
        });
    }

    [BrowserFact]
    public async Task Caseworker_gets_the_danish_refusal_while_early_detection_is_off_and_the_attempt_is_logged()
    {
        var before = TimeProvider.System.GetUtcNow().AddSeconds(-5);
        var page = await app.NewPageAsAsync(DemoUsers.Caseworker1);
        await BrowserFixture.RunAsync(page, async () =>
        {
            var response = await page.GotoAsync("/forebyggelse/arbejdsliste");
            Assert.Equal(200, response!.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tidlig opsporing – din arbejdsliste", Level = 1 })).ToBeVisibleAsync();
            var refusal = page.GetByRole(AriaRole.Status);
            await Assertions.Expect(refusal).ToContainTextAsync("Tidlig opsporing er slået fra i kommunen.");
            await Assertions.Expect(refusal).ToContainTextAsync("før kommunen har slået det til med en konkret hjemmel");
            await Assertions.Expect(refusal).ToContainTextAsync("Forsøget er registreret i loggen.");
            // Nothing about any child: no list, no links to a child's page.
            await Assertions.Expect(page.Locator("main table")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator("main a[href^='/forebyggelse/arbejdsliste/']")).ToHaveCountAsync(0);
            await BrowserFixture.ScreenshotAsync(page, "81-prevention-worklist-off");
        });

        // The page's promise that the attempt is logged holds.
        using var auditor = await app.Factory.CreateClientAs(DemoUsers.Admin);
        var entries = await auditor.GetFromJsonAsync<List<AuditRow>>($"/api/v1/audit?userName={DemoUsers.Caseworker1}&take=50");
        Assert.Contains(entries!, e => e.At >= before && e.Reason == "tidlig opsporing er slået fra");
    }

    [BrowserFact]
    public async Task Manager_is_refused_the_caseworkers_worklist()
    {
        var page = await app.NewPageAsAsync(DemoUsers.Manager1);
        await BrowserFixture.RunAsync(page, async () =>
        {
            await page.GotoAsync("/forebyggelse/arbejdsliste");
            Assert.Equal("/adgang-naegtet", new Uri(page.Url).AbsolutePath);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Du har ikke adgang til siden", Level = 1 })).ToBeVisibleAsync();
        });
    }

    [GeneratedRegex("Tal under (\\d+) vises ikke")]
    private static partial Regex MinimumCell();

    private sealed record AuditRow(DateTimeOffset At, string UserName, string Action, string Resource, string? Reason);
}
