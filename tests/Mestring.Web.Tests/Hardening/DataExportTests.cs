using System.Net;
using Mestring.TestSupport;
using Mestring.Web.Tests.Support;

namespace Mestring.Web.Tests.Hardening;

/// <summary>Issue 16, GDPR art. 15: a citizen's data export, for the citizen themself and a caseworker with access; audited.</summary>
public class DataExportTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task TheCitizen_GetsTheirOwnData_AsJson_AndTheExportIsAudited()
    {
        using var caseworker = await app.As(DemoUsers.Caseworker1);
        var citizenId = await DemoFacts.CitizenIdAsync(caseworker, DemoFacts.Citizen1Name);
        await caseworker.PutAsync($"/api/v1/citizens/{citizenId}/plan/sections", new { sector = "Employment", text = "Praktik hos bageren fra maj", responsible = "Jobcentret" });

        using var citizen = await app.As(DemoUsers.Citizen1);
        var export = await citizen.GetAsync("/api/v1/me/data-export");
        Assert.Equal("gdpr-article-15-export", export.Str("kind"));
        Assert.Equal(citizenId, export.Str("citizenId"));
        Assert.Equal(DemoFacts.Citizen1Name, export["citizen"].Str("name"));
        Assert.Contains(export["records"]!["plan_versions"]!.AsArray(), v => v!["snapshotJson"]!.GetValue<string>().Contains("Praktik hos bageren fra maj", StringComparison.Ordinal));
        Assert.NotEmpty(export.Arr("accessLog"));
        Assert.Contains(export.Arr("accessLog"), a => a!["userName"]!.GetValue<string>() == DemoUsers.Caseworker1);

        var log = await citizen.GetAsync("/api/v1/me/access-log");
        Assert.Contains(log.AsArray(), e => e!["resource"]!.GetValue<string>() == "data-export" && e["action"]!.GetValue<string>() == "read");
    }

    [Fact]
    public async Task ACaseworkerWithAccess_GetsTheExport_OthersGetNotFound()
    {
        using var caseworker = await app.As(DemoUsers.Caseworker1);
        var citizenId = await DemoFacts.CitizenIdAsync(caseworker, DemoFacts.Citizen1Name);
        var export = await caseworker.GetAsync($"/api/v1/citizens/{citizenId}/data-export");
        Assert.Equal(DemoFacts.Citizen1Name, export["citizen"].Str("name"));
        Assert.NotNull(export["records"]!["plans"]);

        foreach (var other in new[] { DemoUsers.Caseworker2, DemoUsers.Provider1, DemoUsers.Manager1 })
        {
            using var api = await app.As(other);
            Assert.Equal(HttpStatusCode.NotFound, await api.StatusAsync(HttpMethod.Get, $"/api/v1/citizens/{citizenId}/data-export"));
        }
        using var notCitizen = await app.As(DemoUsers.Manager1);
        Assert.Equal(HttpStatusCode.Forbidden, await notCitizen.StatusAsync(HttpMethod.Get, "/api/v1/me/data-export"));
    }
}
