using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Mestring.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Mestring.Web.Tests.Hardening;

/// <summary>Issue 16, defects 4 and 6: sessions end server-side and expire; login is throttled per client, never by locking the account.</summary>
public sealed class SessionAndLoginTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private HardenedFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(TestDb.Sqlite);
        _factory = new HardenedFactory(_database);
        _ = _factory.Server;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }

    private static async Task<HttpStatusCode> LoginAsync(HttpClient client, string userName, string password)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName, password });
        return response.StatusCode;
    }

    [Fact]
    public async Task Logout_EndsTheSession_ASavedCookieNoLongerReads()
    {
        using var raw = _factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        using var login = await raw.PostAsJsonAsync("/api/v1/auth/login", new { userName = DemoUsers.Caseworker1, password = DemoUsers.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var cookie = login.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("mestring.auth=", StringComparison.Ordinal)).Split(';')[0];

        async Task<HttpStatusCode> ReadAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/citizens");
            request.Headers.Add("Cookie", cookie);
            using var response = await raw.SendAsync(request);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, await ReadAsync());
        using (var logout = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/logout"))
        {
            logout.Headers.Add("Cookie", cookie);
            using var response = await raw.SendAsync(logout);
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, await ReadAsync());
    }

    [Fact]
    public async Task Session_EndsAfterTheIdleTimeout_AndAfterTheAbsoluteLifetimeDespiteActivity()
    {
        using var idle = await _factory.CreateClientAs(DemoUsers.Manager1);
        Assert.Equal(HttpStatusCode.OK, (await idle.GetAsync(new Uri("/api/v1/auth/me", UriKind.Relative))).StatusCode);
        _factory.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(HttpStatusCode.Unauthorized, (await idle.GetAsync(new Uri("/api/v1/auth/me", UriKind.Relative))).StatusCode);

        using var busy = await _factory.CreateClientAs(DemoUsers.Manager1);
        for (var minutes = 0; minutes < 470; minutes += 10)
        {
            _factory.Clock.Advance(TimeSpan.FromMinutes(10));
            using var response = await busy.GetAsync(new Uri("/api/v1/auth/me", UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"after {minutes + 10} minutes of activity: {(int)response.StatusCode}");
        }
        _factory.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(HttpStatusCode.Unauthorized, (await busy.GetAsync(new Uri("/api/v1/auth/me", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task WrongPasswords_ThrottleTheGuessingClient_NotTheAccount_AndUnknownNamesAnswerTheSame()
    {
        using var attacker = await _factory.ClientFromAsync("203.0.113.7");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await LoginAsync(attacker, DemoUsers.Caseworker2, "wrong-password"));
            Assert.Equal(HttpStatusCode.Unauthorized, await LoginAsync(attacker, "nobody-by-that-name", "wrong-password"));
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, await LoginAsync(attacker, DemoUsers.Caseworker2, "wrong-password"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await LoginAsync(attacker, "nobody-by-that-name", "wrong-password"));

        using var owner = await _factory.ClientFromAsync("198.51.100.20");
        Assert.Equal(HttpStatusCode.OK, await LoginAsync(owner, DemoUsers.Caseworker2, DemoUsers.Password));
    }

    [Fact]
    public async Task UnknownNames_TakeAsLongAsWrongPasswords()
    {
        using var client = await _factory.ClientFromAsync("192.0.2.55");
        await LoginAsync(client, DemoUsers.Citizen1, "warm-up-wrong");
        var known = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < 4; i++)
        {
            var watch = Stopwatch.StartNew();
            await LoginAsync(client, DemoUsers.Citizen1 + (i % 2 == 0 ? "" : " "), "wrong-password-" + i);
            known.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            await LoginAsync(client, "ghost" + i, "wrong-password-" + i);
            unknown.Add(watch.Elapsed.TotalMilliseconds);
        }
        known.Sort();
        unknown.Sort();
        Assert.True(unknown[1] >= 0.4 * known[1], $"unknown median {unknown[1]:0.0} ms, known {known[1]:0.0} ms");
    }
}
