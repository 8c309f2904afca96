using System.Net;
using System.Net.Http.Json;
using Mestring.TestSupport;
using Mestring.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Mestring.Web.Tests.Hardening;

/// <summary>
/// Issue 16, privacy: a realistic run (failed and good logins, citizen search and read, plan read and writes, bad input,
/// a conflict, logout) with every log line captured — and none holds a CPR number, a citizen's name, the free text
/// typed, a password or a cookie. The register import's output is checked in the CLI tests.
/// </summary>
public sealed class SensitiveLogTests : IAsyncLifetime
{
    private const string Cpr = "1505921234";
    private const string CitizenName = "Sara Jensen";
    private const string WrongPassword = "Forkert-Kodeord-77!";
    private const string GoalWords = "Jeg vil selv handle i Netto om tirsdagen";
    private const string SectionText = "Hjemmeplejen kommer kl. 7 og hjælper med insulinen";
    private const string Responsible = "Hanne Østergaard";
    private const string BadInputText = "Hemmelig tekst i et ugyldigt felt";

    private TestDatabase _database = null!;
    private LogCapturingFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(TestDb.Sqlite);
        _factory = new LogCapturingFactory(_database);
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task ARealisticRun_LogsNoCprNameFreeTextPasswordOrCookie()
    {
        using var anonymous = _factory.CreateAnonymousClient();
        foreach (var (user, password) in new[] { (DemoUsers.Caseworker1, WrongPassword), ("sara.jensen." + Cpr, WrongPassword) })
        {
            using var refused = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { userName = user, password });
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        // A login whose cookie we read ourselves, then use by hand.
        using var raw = _factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        using var login = await raw.PostAsJsonAsync("/api/v1/auth/login", new { userName = DemoUsers.Caseworker1, password = DemoUsers.Password });
        var cookie = login.Headers.GetValues("Set-Cookie").First().Split(';')[0];
        var cookieValue = cookie[(cookie.IndexOf('=', StringComparison.Ordinal) + 1)..];
        Assert.True(cookieValue.Length > 20);
        using (var withCookie = new HttpRequestMessage(HttpMethod.Get, "/api/v1/citizens"))
        {
            withCookie.Headers.Add("Cookie", cookie);
            using var listed = await raw.SendAsync(withCookie);
            Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        }

        using var caseworker = await Support.Api.LoginAsync(_factory, DemoUsers.Caseworker1);
        await caseworker.GetAsync("/api/v1/citizens?search=" + Cpr);
        var citizenId = await DemoFacts.CitizenIdAsync(caseworker, CitizenName);
        await caseworker.GetAsync($"/api/v1/citizens/{citizenId}");
        await caseworker.GetAsync($"/api/v1/citizens/{citizenId}/plan");
        await caseworker.PostAsync($"/api/v1/citizens/{citizenId}/plan/goals", DemoFacts.Goal(GoalWords));
        await caseworker.PutAsync($"/api/v1/citizens/{citizenId}/plan/sections", new { sector = "Health", text = SectionText, responsible = Responsible });
        var (status, _) = await caseworker.SendAsync(HttpMethod.Put, $"/api/v1/citizens/{citizenId}/plan/sections", new { sector = "Ukendt", text = BadInputText, responsible = Responsible });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        using (var broken = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/citizens/{citizenId}/plan/sections")
        {
            Content = new StringContent($"{{\"sector\":\"Health\",\"text\":\"{BadInputText} {Cpr}\",", System.Text.Encoding.UTF8, "application/json"),
        })
        {
            using var brokenAnswer = await caseworker.Client.SendAsync(broken);
            Assert.Equal(HttpStatusCode.BadRequest, brokenAnswer.StatusCode);
        }
        using (var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/citizens/{citizenId}/plan/sections")
        {
            Content = JsonContent.Create(new { sector = "Health", text = SectionText + " (gammel)", responsible = Responsible }),
        })
        {
            stale.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
            using var conflict = await caseworker.Client.SendAsync(stale);
            Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        }
        await caseworker.GetAsync($"/api/v1/citizens/{citizenId}/plan");
        using var page = await caseworker.Client.GetAsync(new Uri($"/sagsbehandler/borger/{citizenId}/plan", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        using var logout = await caseworker.Client.PostAsync(new Uri("/api/v1/auth/logout", UriKind.Relative), null);

        var lines = _factory.Capture.Lines.ToList();
        Assert.True(lines.Count > 100, $"only {lines.Count} log lines captured: the capture does not work");
        var forbidden = new[]
        {
            Cpr, "150592-1234", CitizenName, GoalWords, SectionText, Responsible, BadInputText, DemoUsers.Password, WrongPassword, cookieValue,
        };
        var leaks = lines.SelectMany(line => forbidden.Where(f => line.Contains(f, StringComparison.OrdinalIgnoreCase)).Select(f => $"«{f}» in: {line[..Math.Min(line.Length, 400)]}")).ToList();
        Assert.True(leaks.Count == 0, $"{leaks.Count} of {lines.Count} log lines hold sensitive data:\n" + string.Join('\n', leaks.Take(15)));
    }
}
