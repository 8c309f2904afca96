using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mestring.TestSupport;
using Mestring.Web.Tests.Support;
using ApiClient = Mestring.Web.Tests.Support.Api;

namespace Mestring.Web.Tests.Administration;

/// <summary>The administrator's user API (issue 11): create → log in at once; deactivate → 401, still named in the log; admins only.</summary>
public class AdminApiTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private const string Password = "Stærk-kode-2026!";

    [Fact]
    public async Task CreatedUser_CanLogInAtOnce_AndIsListedWithRolesAndTeams()
    {
        using var admin = await app.As(DemoUsers.Admin);
        var created = await admin.PostAsync("/api/v1/admin/users", new
        {
            userName = "mhansen", displayName = "Mette Hansen", password = Password, roles = new[] { "Caseworker" }, teams = new[] { "Voksenteam Nord" },
        });
        var id = created.Str("id");
        Assert.Equal("Mette Hansen", created.Str("displayName"));

        using var mette = new ApiClient(await app.Factory.CreateClientAs("mhansen", Password));
        var me = await mette.GetAsync("/api/v1/auth/me");
        Assert.Equal("Caseworker", me.Str("role"));
        Assert.Equal("Mette Hansen", me.Str("displayName"));
        // The team membership gives her the team's caseload.
        Assert.Contains((await mette.GetAsync("/api/v1/citizens")).Arr(), c => c.Str("name") == DemoFacts.Citizen1Name);

        var listed = (await admin.GetAsync("/api/v1/admin/users")).Arr().Single(u => u.Str("id") == id);
        Assert.Equal(["Caseworker"], listed!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(["Voksenteam Nord"], listed["teams"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.True(listed["active"]!.GetValue<bool>());
    }

    [Fact]
    public async Task DeactivatedUser_Gets401_AndStaysNamedInTheAuditLog()
    {
        using var admin = await app.As(DemoUsers.Admin);
        var id = (await admin.PostAsync("/api/v1/admin/users", new
        {
            userName = "kortvarig", displayName = "Karl Kortvarig", password = Password, roles = new[] { "Caseworker" }, teams = new[] { "Voksenteam Nord" },
        })).Str("id");
        using (var karl = new ApiClient(await app.Factory.CreateClientAs("kortvarig", Password)))
        {
            await karl.GetAsync("/api/v1/citizens");
        }

        var changed = await admin.PutAsync($"/api/v1/admin/users/{id}", new { active = false, reason = "Fratrådt" });
        Assert.False(changed["active"]!.GetValue<bool>());

        using var anonymous = app.Anonymous();
        using var login = await anonymous.Client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "kortvarig", password = Password });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);

        // Never deleted: still listed (inactive) and still named in the audit log.
        Assert.Contains((await admin.GetAsync("/api/v1/admin/users")).Arr(), u => u.Str("id") == id && !u!["active"]!.GetValue<bool>());
        Assert.Contains((await admin.GetAsync("/api/v1/audit?userName=kortvarig&take=50")).Arr(), e => e.Str("resource") == "caseload");
        Assert.Contains((await admin.GetAsync("/api/v1/audit?userName=admin&take=50")).Arr(),
            e => e.Str("resource") == "user" && e.Str("action") == "update" && e!["reason"]?.GetValue<string>() is { } why
                && why.Contains("kortvarig", StringComparison.Ordinal) && why.Contains("Fratrådt", StringComparison.Ordinal));

        // Reactivated, the login works again.
        await admin.PutAsync($"/api/v1/admin/users/{id}", new { active = true, reason = "Genansat" });
        using var again = new ApiClient(await app.Factory.CreateClientAs("kortvarig", Password));
        Assert.Equal(HttpStatusCode.OK, await again.StatusAsync(HttpMethod.Get, "/api/v1/auth/me"));
    }

    [Fact]
    public async Task PasswordReset_ReplacesThePassword()
    {
        using var admin = await app.As(DemoUsers.Admin);
        var id = (await admin.PostAsync("/api/v1/admin/users", new
        {
            userName = "glemsom", displayName = "Gitte Glemsom", password = Password, roles = new[] { "Manager" }, teams = Array.Empty<string>(),
        })).Str("id");
        Assert.Equal(HttpStatusCode.BadRequest, await admin.StatusAsync(HttpMethod.Post, $"/api/v1/admin/users/{id}/password-reset", new { password = "kort" }));
        await admin.PostAsync($"/api/v1/admin/users/{id}/password-reset", new { password = "Ny-stærk-kode-77" }, HttpStatusCode.OK);

        using var anonymous = app.Anonymous();
        using var old = await anonymous.Client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "glemsom", password = Password });
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        using var gitte = new ApiClient(await app.Factory.CreateClientAs("glemsom", "Ny-stærk-kode-77"));
        Assert.Equal("Manager", (await gitte.GetAsync("/api/v1/auth/me")).Str("role"));
    }

    [Fact]
    public async Task BadRequests_NameTheField_AndADuplicateIs409()
    {
        using var admin = await app.As(DemoUsers.Admin);
        await AssertFieldAsync(admin, new { userName = "ny1", displayName = "Ny Person", password = Password, roles = new[] { "Wizard" }, teams = Array.Empty<string>() }, "roles");
        await AssertFieldAsync(admin, new { userName = "ny2", displayName = "Ny Person", password = "abc", roles = new[] { "Caseworker" }, teams = Array.Empty<string>() }, "password");
        await AssertFieldAsync(admin, new { userName = "ny3", displayName = "Ny Person", password = Password, roles = new[] { "Caseworker" }, teams = new[] { "Intet team" } }, "teams");
        await AssertFieldAsync(admin, new { userName = "ny4", displayName = "Ny Person", password = Password, roles = new[] { "Provider" }, teams = Array.Empty<string>() }, "providerId");
        await AssertFieldAsync(admin, new { userName = "", displayName = "Ny Person", password = Password, roles = new[] { "Caseworker" } }, "userName");
        var (status, body) = await admin.SendAsync(HttpMethod.Post, "/api/v1/admin/users",
            new { userName = DemoUsers.Caseworker1, displayName = "Dublet", password = Password, roles = new[] { "Caseworker" }, teams = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("userName", body!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task OnlyAdministrators_MayUseTheAdminApi()
    {
        foreach (var user in new[] { DemoUsers.Caseworker1, DemoUsers.Manager1, DemoUsers.Citizen1, DemoUsers.Provider1, "auditor1" })
        {
            using var api = await app.As(user);
            Assert.Equal(HttpStatusCode.Forbidden, await api.StatusAsync(HttpMethod.Get, "/api/v1/admin/users"));
            Assert.Equal(HttpStatusCode.Forbidden, await api.StatusAsync(HttpMethod.Post, "/api/v1/admin/users",
                new { userName = "snyd", displayName = "Snyd", password = Password, roles = new[] { "Admin" }, teams = Array.Empty<string>() }));
        }
        using var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, await anonymous.StatusAsync(HttpMethod.Get, "/api/v1/admin/users"));
    }

    [Fact]
    public async Task ProviderUser_IsLinkedToItsProvider_AndSeesItsInbox()
    {
        using var admin = await app.As(DemoUsers.Admin);
        var provider = await DemoFacts.ProviderIdAsync(admin, DemoFacts.Provider1Name);
        var created = await admin.PostAsync("/api/v1/admin/users", new
        {
            userName = "bostotte2", displayName = "Birgit Bostøtte", password = Password, roles = new[] { "Provider" }, teams = Array.Empty<string>(), providerId = provider,
        });
        Assert.Equal(DemoFacts.Provider1Name, created.Str("providerName"));
        using var birgit = new ApiClient(await app.Factory.CreateClientAs("bostotte2", Password));
        Assert.Contains((await birgit.GetAsync("/api/v1/citizens")).Arr(), c => c.Str("name") == DemoFacts.Citizen1Name);
    }

    private static async Task AssertFieldAsync(ApiClient admin, object body, string field)
    {
        var (status, problem) = await admin.SendAsync(HttpMethod.Post, "/api/v1/admin/users", body);
        Assert.True(status == HttpStatusCode.BadRequest, $"{field}: {(int)status} {problem?.ToJsonString()}");
        Assert.True(problem?["errors"]?[field] is JsonArray, $"no error for {field}: {problem?.ToJsonString()}");
    }
}
