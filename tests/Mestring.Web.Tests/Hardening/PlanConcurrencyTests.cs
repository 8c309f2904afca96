using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mestring.TestSupport;
using Mestring.Web.Tests.Investments;
using Mestring.Web.Tests.Support;

namespace Mestring.Web.Tests.Hardening;

/// <summary>
/// Issue 16, concurrency: two saves from the same plan version — the second is a 409 with a clear message (Danish on the
/// page and in the problem's detail), and nothing of it overwrites the first.
/// </summary>
public class PlanConcurrencyTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static HttpRequestMessage SectionPut(string citizenId, string text, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/v1/citizens/{citizenId}/plan/sections", UriKind.Relative))
        {
            Content = JsonContent.Create(new { sector = "Employment", text, responsible = "Jobcenter" }),
        };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return request;
    }

    private static async Task<(int Version, string ETag)> ReadAsync(Support.Api api, string citizenId)
    {
        using var response = await api.Client.GetAsync(new Uri($"/api/v1/citizens/{citizenId}/plan", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var plan = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (plan["version"]!.GetValue<int>(), response.Headers.ETag!.ToString());
    }

    [Fact]
    public async Task TwoApiSavesFromTheSameVersion_TheSecondIs409_AndTheFirstIsKept()
    {
        using var first = await app.As(DemoUsers.Caseworker1);
        using var second = await app.As(DemoUsers.Caseworker1);
        var citizenId = await DemoFacts.CitizenIdAsync(first, DemoFacts.Citizen1Name);
        var (version, etag) = await ReadAsync(first, citizenId);
        Assert.Equal($"\"{version}\"", etag);

        using (var ok = await first.Client.SendAsync(SectionPut(citizenId, "Praktik i kantinen to dage om ugen", etag)))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }
        using var refused = await second.Client.SendAsync(SectionPut(citizenId, "Ingen praktik endnu", etag));
        var text = await refused.Content.ReadAsStringAsync();
        Assert.True(refused.StatusCode == HttpStatusCode.Conflict, text);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!;
        Assert.Equal("plan-version-conflict", problem["code"]!.GetValue<string>());
        Assert.Equal("version", problem["field"]!.GetValue<string>());
        Assert.Equal(version, problem["expectedVersion"]!.GetValue<int>());
        Assert.Equal(version + 1, problem["currentVersion"]!.GetValue<int>());
        Assert.Contains("Planen er ændret af en anden", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("changed by someone else", problem["title"]!.GetValue<string>(), StringComparison.Ordinal);

        var plan = await first.GetAsync($"/api/v1/citizens/{citizenId}/plan");
        Assert.Equal(version + 1, plan["version"]!.GetValue<int>());
        Assert.Equal("Praktik i kantinen to dage om ugen", plan.Arr("sections").Single(s => s!["sector"]!.GetValue<string>() == "Employment")!["text"]!.GetValue<string>());

        // Saving again from the current ETag works; no If-Match keeps the old behaviour (last write wins).
        var (_, current) = await ReadAsync(second, citizenId);
        using var again = await second.Client.SendAsync(SectionPut(citizenId, "Ingen praktik endnu", current));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        using var unconditional = await second.Client.SendAsync(SectionPut(citizenId, "Praktik fra marts", null));
        Assert.Equal(HttpStatusCode.OK, unconditional.StatusCode);
    }

    [Fact]
    public async Task ParallelSavesFromOneVersion_ExactlyOneWins()
    {
        var clients = new List<Support.Api>();
        for (var i = 0; i < 4; i++)
        {
            clients.Add(await app.As(DemoUsers.Caseworker1));
        }
        try
        {
            var citizenId = await DemoFacts.CitizenIdAsync(clients[0], DemoFacts.Citizen1Name);
            var (version, etag) = await ReadAsync(clients[0], citizenId);
            var answers = await Task.WhenAll(clients.Select(async (c, i) =>
            {
                using var response = await c.Client.SendAsync(SectionPut(citizenId, $"Udkast nummer {i}", etag));
                return response.StatusCode;
            }));
            var seen = string.Join(", ", answers.Select(s => (int)s));
            Assert.True(answers.Count(s => s == HttpStatusCode.OK) == 1 && answers.Count(s => s == HttpStatusCode.Conflict) == 3, seen);
            var (after, _) = await ReadAsync(clients[0], citizenId);
            Assert.Equal(version + 1, after);
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("\"-1\"")]
    [InlineData("\"99999999999\"")]
    public async Task AnIfMatchThatIsNotAVersion_Is400NamingTheHeader(string ifMatch)
    {
        using var caseworker = await app.As(DemoUsers.Caseworker1);
        var citizenId = await DemoFacts.CitizenIdAsync(caseworker, DemoFacts.Citizen1Name);
        using var response = await caseworker.Client.SendAsync(SectionPut(citizenId, "Tekst", ifMatch));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        Assert.NotNull(JsonNode.Parse(text)!["errors"]!["If-Match"]);
    }

    [Fact]
    public async Task ThePlanEditor_TellsTheSecondWriter_AndKeepsTheirText()
    {
        using var caseworker = await app.As(DemoUsers.Caseworker1);
        var citizenId = await DemoFacts.CitizenIdAsync(caseworker, DemoFacts.Citizen1Name);
        var page = $"/sagsbehandler/borger/{citizenId}/plan";
        var tabA = HtmlForm.Fields(await caseworker.Client.GetStringAsync(new Uri(page, UriKind.Relative)), "<form method=\"post\" id=\"plan-sections\"");
        var tabB = HtmlForm.Fields(await caseworker.Client.GetStringAsync(new Uri(page, UriKind.Relative)), "<form method=\"post\" id=\"plan-sections\"");
        var opened = HtmlForm.Value(tabA, "Version");

        HtmlForm.Set(tabA, "Sections[Health].Text", "Egen læge følger op på medicinen hver måned");
        using (var saved = await caseworker.Client.PostAsync(new Uri(page, UriKind.Relative), new FormUrlEncodedContent(tabA)))
        {
            Assert.Contains(saved.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Redirect, HttpStatusCode.Found });
        }

        HtmlForm.Set(tabB, "Sections[Health].Text", "Psykiatrien overtager medicinen");
        using var refused = await caseworker.Client.PostAsync(new Uri(page, UriKind.Relative), new FormUrlEncodedContent(tabB));
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("error-summary", html, StringComparison.Ordinal);
        Assert.Contains($"Planen er ændret af en anden, efter du åbnede version {opened}", html, StringComparison.Ordinal);
        Assert.Contains(">Psykiatrien overtager medicinen</textarea>", html, StringComparison.Ordinal); // the typed text is kept
        Assert.Contains("Den gemte tekst er nu:", html, StringComparison.Ordinal);
        Assert.Contains("Egen læge følger op på medicinen hver måned", html, StringComparison.Ordinal);

        var plan = await caseworker.GetAsync($"/api/v1/citizens/{citizenId}/plan");
        Assert.Equal("Egen læge følger op på medicinen hver måned", plan.Arr("sections").Single(s => s!["sector"]!.GetValue<string>() == "Health")!["text"]!.GetValue<string>());
    }
}
