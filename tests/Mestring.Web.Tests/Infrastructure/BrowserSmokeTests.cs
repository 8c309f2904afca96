using Mestring.TestSupport;

namespace Mestring.Web.Tests.Infrastructure;

/// <summary>Self-tests of the shared test infrastructure: Playwright drives the machine's Chromium.</summary>
public sealed class BrowserSmokeTests
{
    [BrowserFact]
    public async Task Chromium_launches_and_renders_a_data_url_in_Danish()
    {
        await using var browser = await TestBrowser.LaunchAsync();
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await TestBrowser.RunWithScreenshotOnFailureAsync(page, nameof(Chromium_launches_and_renders_a_data_url_in_Danish), async () =>
        {
            await page.GotoAsync("data:text/html;charset=utf-8,<html lang=da><h1 id=t>Hej æøå</h1><p id=n></p><script>document.getElementById('n').textContent = (1234.5).toLocaleString()</script></html>");
            Assert.Equal("Hej æøå", await page.InnerTextAsync("#t"));
            // The context's locale reaches the page: Danish number format.
            Assert.Equal("1.234,5", await page.InnerTextAsync("#n"));
        });

        var shot = await TestBrowser.ScreenshotAsync(page, "infrastructure-data-url");
        Assert.True(new FileInfo(shot).Length > 0);
    }
}
