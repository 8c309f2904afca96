using System.Net;
using System.Net.Http.Json;
using Mestring.TestSupport;
using Mestring.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Mestring.Web.Tests.Hardening;

/// <summary>Issue 16, defects 5, 7 and 11: cross-site writes refused, forwarded headers from known proxies only, Secure cookies and HSTS in Production, no stack disclosure.</summary>
public class TransportAndHeaderTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Theory]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    [InlineData("Origin", "https://evil.example")]
    [InlineData("Origin", "null")]
    public async Task BodylessPosts_FromAnotherSite_AreRefused(string header, string value)
    {
        using var manager = await app.As(DemoUsers.Manager1);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/investment-cases/catalogue/reset");
        request.Headers.Add(header, value);
        using var response = await manager.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("cross-site", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameOriginWrites_StillWork()
    {
        using var manager = await app.As(DemoUsers.Manager1);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/investment-cases/catalogue/reset");
        request.Headers.Add("Origin", "https://localhost");
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        using var response = await manager.Client.SendAsync(request);
        Assert.NotEqual(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Responses_CarryAPermissionsPolicy()
    {
        using var anonymous = app.Anonymous();
        using var response = await anonymous.Client.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kestrel_SendsNoServerHeader_AndForwardedProtoIsIgnoredFromUnknownProxies()
    {
        await using var database = await TestDatabase.CreateAsync(TestDb.Sqlite);
        await using var factory = new MestringWebFactory(database);
        factory.StartOnLoopback();
        using var client = factory.CreateAnonymousClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login")
        {
            Content = JsonContent.Create(new { userName = DemoUsers.Caseworker1, password = DemoUsers.Password }),
        };
        request.Headers.Add("X-Forwarded-Proto", "https");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"), string.Join(",", response.Headers.Select(h => h.Key)));
        Assert.DoesNotContain("secure", response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("mestring.auth", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ForwardedProto_FromAConfiguredProxy_MakesTheCookieSecure()
    {
        await using var database = await TestDatabase.CreateAsync(TestDb.Sqlite);
        await using var factory = new MestringWebFactory(database);
        factory.Settings["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1";
        factory.StartOnLoopback();
        using var client = factory.CreateAnonymousClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login")
        {
            Content = JsonContent.Create(new { userName = DemoUsers.Caseworker1, password = DemoUsers.Password }),
        };
        request.Headers.Add("X-Forwarded-Proto", "https");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("secure", response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("mestring.auth", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Production_CookieIsAlwaysSecure_AndHttpsAnswersCarryHsts()
    {
        await using var database = await TestDatabase.CreateAsync(TestDb.Sqlite);
        await using var factory = new HardenedFactory(database, "Production");
        using var plain = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://mestring.example"), HandleCookies = false, AllowAutoRedirect = false });
        using var login = await plain.PostAsJsonAsync("/api/v1/auth/login", new { userName = DemoUsers.Caseworker1, password = DemoUsers.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("secure", login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("mestring.auth", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);

        using var tls = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://mestring.example"), AllowAutoRedirect = false });
        using var health = await tls.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.True(health.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task OpenApiDocument_Documents401And403Everywhere_And400409415OnWrites()
    {
        using var anonymous = app.Anonymous();
        var document = await anonymous.GetAsync("/openapi/v1.json");
        var missing = new List<string>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var responses = operation!["responses"]!.AsObject();
                var expected = new List<string> { "401", "403" };
                if (method is "post" or "put" or "patch" or "delete")
                {
                    expected.AddRange(["400", "409", "415"]);
                }
                missing.AddRange(expected.Where(code => !responses.ContainsKey(code)).Select(code => $"{method} {path} {code}"));
            }
        }
        Assert.True(missing.Count == 0, string.Join("\n", missing));
        var version = document["paths"]!["/api/v1/citizens/{citizenId}/plan/versions/{number}"]!["get"]!["responses"]!.AsObject();
        Assert.True(version.ContainsKey("200") && version.ContainsKey("404"));
    }
}
