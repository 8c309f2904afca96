using System.Net;
using Mestring.TestSupport;
using Mestring.Web.Tests.Support;

namespace Mestring.Web.Tests.Administration;

/// <summary>Issue 11: the network's contributions are edited on the plan under consent; providers share notes with the citizen.</summary>
public class NetworkAndSharedNotesTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task NetworkContribution_IsAdded_Changed_AndEnded_AsPlanVersions()
    {
        using var caseworker = await app.As(DemoUsers.Caseworker1);
        var sara = await DemoFacts.CitizenIdAsync(caseworker, DemoFacts.Citizen1Name);
        var network = $"/api/v1/citizens/{sara}/plan/network";
        var id = (await caseworker.PostAsync(network, new { contributor = "Lars Frivillig", kind = "Volunteer", task = "Går tur med Sara om tirsdagen" })).Str("id");

        var listed = (await caseworker.GetAsync(network)).Arr().Single(n => n.Str("id") == id);
        Assert.False(listed!["sharedUnderConsent"]!.GetValue<bool>());
        Assert.Null(listed["endedOn"]);
        var mother = (await caseworker.GetAsync(network)).Arr().Single(n => n.Str("contributor") == "Hanne Jensen (mor)");
        Assert.True(mother!["sharedUnderConsent"]!.GetValue<bool>());

        await caseworker.PutAsync($"{network}/{id}", new { contributor = "Lars Frivillig", kind = "UserOrganisation", task = "Følger Sara til klubben om tirsdagen" });
        var plan = await caseworker.GetAsync($"/api/v1/citizens/{sara}/plan");
        Assert.Contains(plan.Arr("network"), n => n.Str("id") == id && n.Str("task") == "Følger Sara til klubben om tirsdagen" && n.Str("kind") == "UserOrganisation");

        await caseworker.PostAsync($"{network}/{id}/end", new { }, HttpStatusCode.OK);
        plan = await caseworker.GetAsync($"/api/v1/citizens/{sara}/plan");
        Assert.DoesNotContain(plan.Arr("network"), n => n.Str("id") == id);
        Assert.NotNull((await caseworker.GetAsync(network)).Arr().Single(n => n.Str("id") == id)!["endedOn"]);
        var changes = (await caseworker.GetAsync($"/api/v1/citizens/{sara}/plan/versions")).Arr().Select(v => v.Str("change")).ToList();
        Assert.Contains("Netværksbidrag ændret: Lars Frivillig", changes);
        Assert.Contains("Netværksbidrag afsluttet: Lars Frivillig", changes);

        // An ended contribution is history: it is not changed or ended again.
        Assert.Equal(HttpStatusCode.Conflict, await caseworker.StatusAsync(HttpMethod.Put, $"{network}/{id}", new { contributor = "Lars", kind = "Volunteer", task = "x" }));
        Assert.Equal(HttpStatusCode.Conflict, await caseworker.StatusAsync(HttpMethod.Post, $"{network}/{id}/end", new { }));
    }

    [Fact]
    public async Task NetworkEditing_RefusesBadInput_AndOthers()
    {
        using var caseworker = await app.As(DemoUsers.Caseworker1);
        var sara = await DemoFacts.CitizenIdAsync(caseworker, DemoFacts.Citizen1Name);
        var network = $"/api/v1/citizens/{sara}/plan/network";
        var id = (await caseworker.PostAsync(network, new { contributor = "Ulla Nabo", kind = "Volunteer", task = "Handler ind om fredagen" })).Str("id");

        var (blank, body) = await caseworker.SendAsync(HttpMethod.Put, $"{network}/{id}", new { contributor = " ", kind = "Volunteer", task = "Handler ind" });
        Assert.Equal(HttpStatusCode.BadRequest, blank);
        Assert.Contains("contributor", body!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, await caseworker.StatusAsync(HttpMethod.Put, $"{network}/{id}", new { contributor = "Ulla", kind = "Cousin", task = "x" }));
        Assert.Equal(HttpStatusCode.BadRequest, await caseworker.StatusAsync(HttpMethod.Put, $"{network}/{id}", new { contributor = "Ulla", kind = "Volunteer", task = "x", goalId = Guid.NewGuid() }));
        Assert.Equal(HttpStatusCode.BadRequest, await caseworker.StatusAsync(HttpMethod.Post, $"{network}/{id}/end", new { endedOn = "2999-01-01" }));
        Assert.Equal(HttpStatusCode.NotFound, await caseworker.StatusAsync(HttpMethod.Post, $"{network}/{Guid.NewGuid()}/end", new { }));

        using var other = await app.As(DemoUsers.Caseworker2);
        Assert.Equal(HttpStatusCode.NotFound, await other.StatusAsync(HttpMethod.Get, network));
        Assert.Equal(HttpStatusCode.NotFound, await other.StatusAsync(HttpMethod.Post, $"{network}/{id}/end", new { }));
        using var citizen = await app.As(DemoUsers.Citizen1);
        Assert.Equal(HttpStatusCode.Forbidden, await citizen.StatusAsync(HttpMethod.Get, network));
        Assert.Null((await caseworker.GetAsync(network)).Arr().Single(n => n.Str("id") == id)!["endedOn"]);
    }

    [Fact]
    public async Task ProviderSharesANote_TheCitizenSeesOnlySharedNotes()
    {
        using var caseworker = await app.As(DemoUsers.Caseworker1);
        var sara = await DemoFacts.CitizenIdAsync(caseworker, DemoFacts.Citizen1Name);
        using var provider = await app.As(DemoUsers.Provider1);
        var order = (await provider.GetAsync("/api/v1/provider/orders")).Arr().First(o => o.Str("citizenId") == sara).Str("interventionId");

        await provider.PostAsync($"/api/v1/interventions/{order}/progress-notes", new { text = "Sara lavede lasagne helt selv.", sharedWithCitizen = true });
        await provider.PostAsync($"/api/v1/interventions/{order}/progress-notes", new { text = "Intern note: tal med teamet om weekenden." });

        using var citizen = await app.As(DemoUsers.Citizen1);
        var mine = (await citizen.GetAsync("/api/v1/me/progress-notes")).Arr();
        Assert.Contains(mine, n => n.Str("text") == "Sara lavede lasagne helt selv." && n.Str("provider") == DemoFacts.Provider1Name);
        Assert.DoesNotContain(mine, n => n.Str("text").StartsWith("Intern note", StringComparison.Ordinal));

        var internalNote = (await provider.GetAsync($"/api/v1/interventions/{order}/progress-notes")).Arr().First(n => n.Str("text").StartsWith("Intern note", StringComparison.Ordinal));
        Assert.False(internalNote!["sharedWithCitizen"]!.GetValue<bool>());
        var noteId = internalNote.Str("id");

        // Only the provider the order went to shares; the caseworker and the citizen cannot.
        Assert.Equal(HttpStatusCode.Forbidden, await caseworker.StatusAsync(HttpMethod.Put, $"/api/v1/progress-notes/{noteId}/sharing", new { shared = true }));
        Assert.Equal(HttpStatusCode.Forbidden, await citizen.StatusAsync(HttpMethod.Put, $"/api/v1/progress-notes/{noteId}/sharing", new { shared = true }));
        using var provider2 = await app.As("provider2");
        Assert.Equal(HttpStatusCode.NotFound, await provider2.StatusAsync(HttpMethod.Put, $"/api/v1/progress-notes/{noteId}/sharing", new { shared = true }));
        Assert.DoesNotContain((await citizen.GetAsync("/api/v1/me/progress-notes")).Arr(), n => n.Str("id") == noteId);

        Assert.Equal(HttpStatusCode.NoContent, await provider.StatusAsync(HttpMethod.Put, $"/api/v1/progress-notes/{noteId}/sharing", new { shared = true }));
        Assert.Contains((await citizen.GetAsync("/api/v1/me/progress-notes")).Arr(), n => n.Str("id") == noteId);
        Assert.Equal(HttpStatusCode.NoContent, await provider.StatusAsync(HttpMethod.Put, $"/api/v1/progress-notes/{noteId}/sharing", new { shared = false }));
        Assert.DoesNotContain((await citizen.GetAsync("/api/v1/me/progress-notes")).Arr(), n => n.Str("id") == noteId);

        // The citizen's read is in their own access log's source: the audit trail.
        using var admin = await app.As(DemoUsers.Caseworker2);
        Assert.Equal(HttpStatusCode.Forbidden, await admin.StatusAsync(HttpMethod.Get, "/api/v1/me/progress-notes"));
    }
}
