using System.Net;
using Mestring.TestSupport;
using Mestring.Web.Tests.Support;
using ApiClient = Mestring.Web.Tests.Support.Api;

namespace Mestring.Web.Tests.Administration;

/// <summary>Issue 11's readable casework: the citizen's access log names people, the caseload search, progress notes.</summary>
public class CaseworkReadTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task AccessLog_NamesThePerson_TheirRoleAndOrganisation_InPlainWords()
    {
        using var caseworker = await app.As(DemoUsers.Caseworker1);
        var sara = await DemoFacts.CitizenIdAsync(caseworker, DemoFacts.Citizen1Name);
        await caseworker.GetAsync($"/api/v1/citizens/{sara}/plan");
        using var citizen = await app.As(DemoUsers.Citizen1);
        var entry = (await citizen.GetAsync("/api/v1/me/access-log")).Arr().First(e => e.Str("userName") == DemoUsers.Caseworker1 && e.Str("resource") == "plan");
        Assert.Equal("Mette Hansen", entry.Str("name"));
        Assert.Equal("Caseworker", entry.Str("role"));
        Assert.Equal("Voksenteam Nord", entry.Str("organisation"));
        Assert.Equal("Så planen", entry.Str("use"));
        Assert.Equal("read", entry.Str("action"));
    }

    [Theory]
    [InlineData("sara", "Sara Jensen")]
    [InlineData("JENSEN", "Sara Jensen")]
    [InlineData("d0002", "Peter Holm")]
    [InlineData("150592-1234", "Sara Jensen")]
    [InlineData("0303854321", "Peter Holm")]
    public async Task CaseloadSearch_IsCaseInsensitive_ByNameCprOrCaseNumber(string search, string expected)
    {
        using var caseworker = await app.As(DemoUsers.Caseworker1);
        var found = (await caseworker.GetAsync($"/api/v1/citizens?search={Uri.EscapeDataString(search)}")).Arr();
        Assert.Equal([expected], found.Select(c => c.Str("name")));
    }

    [Fact]
    public async Task CaseloadSearch_StaysWithinTheCaseload()
    {
        using var caseworker = await app.As(DemoUsers.Caseworker2);
        Assert.Empty((await caseworker.GetAsync("/api/v1/citizens?search=sara")).Arr());
    }

    [Fact]
    public async Task ProgressNotes_RoundTrip_FromProviderToCaseworker_AndNoOneElse()
    {
        using var caseworker = await app.As(DemoUsers.Caseworker1);
        var sara = await DemoFacts.CitizenIdAsync(caseworker, DemoFacts.Citizen1Name);
        var plan = await caseworker.GetAsync($"/api/v1/citizens/{sara}/plan");
        using var provider = await app.As(DemoUsers.Provider1);
        var inbox = (await provider.GetAsync("/api/v1/provider/orders")).Arr();
        var order = inbox.First(o => o.Str("citizenId") == sara).Str("interventionId");
        var goal = plan.Arr("interventions").First(i => i.Str("id") == order)!["goalIds"]!.AsArray()[0]!.GetValue<string>();

        await provider.PostAsync($"/api/v1/interventions/{order}/progress-notes", new { text = "Gik en tur i byen sammen og øvede bussen.", goalId = goal, deliveredUnits = 2 });

        var seenByCaseworker = (await caseworker.GetAsync($"/api/v1/interventions/{order}/progress-notes")).Arr();
        Assert.Contains(seenByCaseworker, n => n.Str("text") == "Gik en tur i byen sammen og øvede bussen." && n.Str("by") == "Bo Andersen" && n.Str("goalId") == goal);
        Assert.Contains((await provider.GetAsync($"/api/v1/interventions/{order}/progress-notes")).Arr(), n => n.Str("text").StartsWith("Gik en tur", StringComparison.Ordinal));
        Assert.Contains((await caseworker.GetAsync($"/api/v1/citizens/{sara}/progress-notes")).Arr(), n => n.Str("text").StartsWith("Gik en tur", StringComparison.Ordinal));

        using var other = await app.As(DemoUsers.Caseworker2);
        Assert.Equal(HttpStatusCode.NotFound, await other.StatusAsync(HttpMethod.Get, $"/api/v1/interventions/{order}/progress-notes"));
        using var manager = await app.As(DemoUsers.Manager1);
        Assert.Equal(HttpStatusCode.Forbidden, await manager.StatusAsync(HttpMethod.Get, $"/api/v1/interventions/{order}/progress-notes"));
        using var provider2 = await app.As("provider2");
        Assert.Equal(HttpStatusCode.NotFound, await provider2.StatusAsync(HttpMethod.Get, $"/api/v1/interventions/{order}/progress-notes"));
    }
}
