using Mestring.TestSupport;
using Microsoft.Playwright;

namespace Mestring.Browser.Tests;

/// <summary>
/// The steering dashboard in a real browser: the overview draws its chart with the table's numbers and one plain reading;
/// every analysis page and the what-if open in Danish and English at 390 px without sideways scrolling or raw keys.
/// </summary>
public sealed class SteeringPagesTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static readonly string[] Analyses =
        ["overview", "growth", "costliest", "levels", "progression", "goals", "quality", "transitions", "specialisation", "compare"];

    [BrowserFact]
    public async Task Manager_opens_the_dashboard_with_a_chart_a_table_and_a_reading()
    {
        var page = await app.NewPageAsAsync(DemoUsers.Manager1);
        await BrowserFixture.RunAsync(page, async () =>
        {
            var errors = new List<string>();
            page.PageError += (_, e) => errors.Add(e);
            await page.GotoAsync("/");
            await page.GetByRole(AriaRole.Link, new() { Name = "Styring" }).First.ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Udgift og borgere" }).First.ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Udgift og borgere", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("reading")).ToContainTextAsync("borgere støtte for i alt");
            var table = page.GetByTestId("steering-table");
            var rows = await PageData.BodyRowsAsync(table);
            Assert.True(rows.Count >= 2, "one row per year");
            var drawn = await PageData.DrawnChartAsync(page, page.Locator("canvas[data-chart='chart-steering']"));
            Assert.True(drawn.PaintedPixels > 1000, $"the chart was not drawn ({drawn})");
            Assert.Equal(rows.Select(r => r[0]), drawn.Labels);
            await BrowserFixture.ScreenshotAsync(page, "90-steering-overview");
            Assert.True(errors.Count == 0, "script errors: " + string.Join("; ", errors));
        });
    }

    [BrowserTheory]
    [InlineData("da-DK")]
    [InlineData("en-GB")]
    public async Task Every_analysis_opens_at_390_px_without_raw_keys(string locale)
    {
        var page = await app.NewPageAsAsync(DemoUsers.Manager1, locale: locale);
        await page.SetViewportSizeAsync(390, 844);
        await BrowserFixture.RunAsync(page, async () =>
        {
            var paths = Analyses.Select(a => "/ledelse/styring/" + a)
                .Concat(["/ledelse/styring/overview?by=basis", "/ledelse/styring/specialisation?by=target", "/ledelse/styring/specialisation?by=movement",
                    "/ledelse/styring", "/ledelse/styring/hvad-hvis"]);
            foreach (var path in paths)
            {
                var response = await page.GotoAsync(path);
                Assert.True(response!.Status == 200, $"{path}: {response.Status}");
                var text = await page.Locator("main").InnerTextAsync();
                Assert.DoesNotContain("Steering.", text, StringComparison.Ordinal);
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
                Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow} px at 390 px");
            }
        });
    }

    [BrowserFact]
    public async Task Caseworker_is_refused_the_steering_pages()
    {
        var page = await app.NewPageAsAsync(DemoUsers.Caseworker1);
        await BrowserFixture.RunAsync(page, async () =>
        {
            await page.GotoAsync("/ledelse/styring/overview");
            Assert.Equal("/adgang-naegtet", new Uri(page.Url).AbsolutePath);
        });
    }
}
