using System.Net;
using Mestring.TestSupport;

namespace Mestring.Web.Tests.Infrastructure;

/// <summary>Self-tests of the shared test infrastructure: the app starts on a fresh database of each kind.</summary>
public sealed class WebFactoryTests
{
    [Theory]
    [TestDbData(TestDb.Sqlite)]
    [TestDbData(TestDb.Postgres)]
    public async Task App_starts_on_a_fresh_database_and_a_demo_user_can_log_in(TestDb provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var factory = new MestringWebFactory(database);

        using var anonymous = factory.CreateAnonymousClient();
        using var health = await anonymous.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);

        using var caseworker = await factory.CreateClientAs(DemoUsers.Caseworker1);
        using var caseload = await caseworker.GetAsync(new Uri("/api/v1/citizens", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, caseload.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_clear_message()
    {
        await using var database = await TestDatabase.CreateAsync(TestDb.Sqlite);
        await using var factory = new MestringWebFactory(database);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => factory.CreateClientAs(DemoUsers.Caseworker1, "wrong-password"));
        Assert.Contains("caseworker1", error.Message, StringComparison.Ordinal);
    }
}

/// <summary>The app on a real Kestrel socket, reached by Chromium.</summary>
public sealed class BrowserFixtureTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task App_serves_on_a_loopback_socket_that_the_browser_reaches()
    {
        Assert.Equal("127.0.0.1", fixture.BaseUrl.Host);
        Assert.NotEqual(0, fixture.BaseUrl.Port);

        var page = await fixture.NewPageAsync();
        await BrowserFixture.RunAsync(page, async () =>
        {
            var response = await page.GotoAsync("/health");
            Assert.NotNull(response);
            Assert.Equal(200, response.Status);
        });
    }

    [BrowserFact]
    public async Task A_page_logged_in_through_the_api_carries_the_auth_cookie()
    {
        var page = await fixture.NewPageAsAsync(DemoUsers.Citizen1);
        var cookies = await page.Context.CookiesAsync();
        Assert.NotEmpty(cookies);
    }
}
