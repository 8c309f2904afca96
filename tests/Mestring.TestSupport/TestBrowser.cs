using Microsoft.Playwright;

namespace Mestring.TestSupport;

/// <summary>
/// Playwright driving the machine's Chromium (<see cref="TestEnvironment.ChromiumPath"/>), headless, with
/// the flags this closed-network machine needs. Playwright's own browser download is never used.
/// </summary>
public sealed class TestBrowser : IAsyncDisposable
{
    public static readonly IReadOnlyList<string> ChromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
    ];

    private TestBrowser(IPlaywright playwright, IBrowser browser)
    {
        Playwright = playwright;
        Browser = browser;
    }

    public IPlaywright Playwright { get; }

    public IBrowser Browser { get; }

    public static async Task<TestBrowser> LaunchAsync()
    {
        TestEnvironment.EnsureBrowser();
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = TestEnvironment.ChromiumPath,
                Headless = true,
                Args = ChromiumArgs,
                Timeout = 60_000,
            });
            return new TestBrowser(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A new isolated context (own cookies) in Danish, optionally with a base URL for relative navigation.</summary>
    public Task<IBrowserContext> NewContextAsync(Uri? baseUrl = null, string locale = "da-DK") =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl?.ToString(),
            Locale = locale,
            TimezoneId = "Europe/Copenhagen",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });

    /// <summary>Saves a full-page PNG under <see cref="TestEnvironment.TestResultsDirectory"/>/screenshots and returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var folder = Path.Combine(TestEnvironment.TestResultsDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var safe = string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
        var path = Path.Combine(folder, safe + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <summary>Runs <paramref name="body"/>; if it throws, saves a screenshot named after the test and rethrows.</summary>
    public static async Task RunWithScreenshotOnFailureAsync(IPage page, string testName, Func<Task> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            await body();
        }
        catch (Exception failure)
        {
            string where;
            try
            {
                where = await ScreenshotAsync(page, testName + "-failure");
            }
            catch (PlaywrightException ex)
            {
                where = "(no screenshot: " + ex.Message + ")";
            }
            throw new BrowserTestFailedException($"{failure.Message}\nScreenshot: {where}\nPage: {page.Url}", failure);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
    }
}

/// <summary>A browser test failed; the message names the screenshot taken at the moment of failure.</summary>
public sealed class BrowserTestFailedException : Exception
{
    public BrowserTestFailedException()
    {
    }

    public BrowserTestFailedException(string message)
        : base(message)
    {
    }

    public BrowserTestFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
