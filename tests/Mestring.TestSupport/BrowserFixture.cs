using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Mestring.TestSupport;

/// <summary>
/// xunit class/collection fixture: a fresh database (SQLite unless <see cref="DatabaseProvider"/> is overridden),
/// the web app on a real Kestrel socket at http://127.0.0.1:PORT, and headless Chromium through Playwright.
/// Where Chromium is missing and not required, it starts nothing (the <c>[BrowserFact]</c> tests skip).
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    private TestDatabase? _database;
    private MestringWebFactory? _factory;
    private TestBrowser? _browser;

    /// <summary>The database the app runs on in this fixture.</summary>
    protected virtual TestDb DatabaseProvider => TestDb.Sqlite;

    /// <summary>The app's base address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl => Factory.ServerAddress ?? throw NotStarted();

    public MestringWebFactory Factory => _factory ?? throw NotStarted();

    public TestDatabase Database => _database ?? throw NotStarted();

    public TestBrowser Browser => _browser ?? throw NotStarted();

    public async Task InitializeAsync()
    {
        if (TestEnvironment.BrowserSkipReason is not null)
        {
            return;
        }
        _database = await TestDatabase.CreateAsync(DatabaseProvider);
        _factory = new MestringWebFactory(_database);
        ConfigureFactory(_factory);
        _factory.StartOnLoopback();
        _browser = await TestBrowser.LaunchAsync();
    }

    /// <summary>Override to change app settings (<see cref="MestringWebFactory.Settings"/>) before the app starts.</summary>
    protected virtual void ConfigureFactory(MestringWebFactory factory)
    {
    }

    /// <summary>A new page in its own context (own cookies), locale da-DK, relative URLs against <see cref="BaseUrl"/>.</summary>
    public async Task<IPage> NewPageAsync(string locale = "da-DK")
    {
        var context = await Browser.NewContextAsync(BaseUrl, locale);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// A new page already logged in as <paramref name="userName"/> (through <c>POST /api/v1/auth/login</c> in the
    /// page's own context, so the browser holds the auth cookie).
    /// </summary>
    public async Task<IPage> NewPageAsAsync(string userName, string password = DemoUsers.Password, string locale = "da-DK")
    {
        var page = await NewPageAsync(locale);
        var response = await page.Context.APIRequest.PostAsync(new Uri(BaseUrl, "/api/v1/auth/login").ToString(), new APIRequestContextOptions
        {
            DataObject = new { userName, password },
        });
        if (!response.Ok)
        {
            throw new InvalidOperationException($"Login as '{userName}' failed: {response.Status} {await response.TextAsync()}");
        }
        return page;
    }

    /// <summary>Saves a screenshot under TestResults/screenshots and returns its path.</summary>
    public static Task<string> ScreenshotAsync(IPage page, string name) => TestBrowser.ScreenshotAsync(page, name);

    /// <summary>Runs the test body and saves a screenshot (named after the calling test) if it fails.</summary>
    public static Task RunAsync(IPage page, Func<Task> body, [CallerMemberName] string testName = "") =>
        TestBrowser.RunWithScreenshotOnFailureAsync(page, testName, body);

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }

    private static InvalidOperationException NotStarted() =>
        new("BrowserFixture did not start: " + (TestEnvironment.BrowserSkipReason ?? "InitializeAsync has not run or failed"));
}
