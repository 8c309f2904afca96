using System.Net;
using Mestring.Data;
using Mestring.Data.Database;
using Mestring.TestSupport;
using Mestring.Web.Tests.Prevention;
using Mestring.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Mestring.Web.Tests.Children;

/// <summary>
/// The access boundaries of the children's pages and API: the child signed in (from 12) sees only their own plan in plain
/// words — no decisions, no notifications, no one else; the parent sees the plan, decisions and the deadlines the family
/// is owed, never the notifications or investigations; the team's worklist names children, the team leader's does not.
/// </summary>
public class ChildAccessAndPagesTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static readonly string[] OwedKinds = ["plan-3m", "follow-up-3m", "youth-plan-16", "transition-18"];

    private async Task<string> PageAsync(Mestring.Web.Tests.Support.Api api, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await api.Client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(expected, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static async Task DeniedAsync(Mestring.Web.Tests.Support.Api api, string url)
    {
        using var response = await api.Client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/adgang-naegtet", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Child_SeesOnlyTheirOwnPlan_InPlainWords()
    {
        using var cw = await app.As(DemoUsers.Caseworker2);
        var noah = await DemoFacts.CitizenIdAsync(cw, "Noah Berg");
        var ole = await DemoFacts.CitizenIdAsync(cw, "Ole Mortensen");
        using var child = await app.As("child1");
        var view = await child.GetAsync($"/api/v1/children/{noah}/plan");
        Assert.Equal("child", view.Str("viewer"));
        Assert.NotEmpty(view.Arr("records"));
        Assert.Empty(view.Arr("decisions"));
        Assert.All(view.Arr("deadlines"), d => Assert.Contains(d.Str("kind"), OwedKinds));
        var text = view.ToJsonString();
        Assert.DoesNotContain("Birgitte", text, StringComparison.Ordinal);
        Assert.DoesNotContain("nabo", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Ankestyrelsen", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await child.StatusAsync(HttpMethod.Get, $"/api/v1/children/{ole}/plan"));
        Assert.Equal(HttpStatusCode.Forbidden, await child.StatusAsync(HttpMethod.Get, $"/api/v1/children/{noah}/notifications"));
        Assert.Equal(HttpStatusCode.Forbidden, await child.StatusAsync(HttpMethod.Get, $"/api/v1/children/{noah}/decisions"));
        Assert.Equal(HttpStatusCode.Forbidden, await child.StatusAsync(HttpMethod.Get, "/api/v1/children/deadlines"));

        var page = await PageAsync(child, "/minplan/barn");
        Assert.Contains("Hej Noah!", page, StringComparison.Ordinal);
        Assert.Contains("Jeg vil gerne i skole hver dag.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("nabo", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Familiebehandling", page, StringComparison.Ordinal);
        await DeniedAsync(child, "/boern");
        await DeniedAsync(child, $"/boern/sag/{noah}");
        await DeniedAsync(child, $"/foraelder/{noah}");

        // An adult citizen has no plan under Barnets Lov and is told so.
        using var sara = await app.As(DemoUsers.Citizen1);
        Assert.Contains("Du har ikke en plan efter barnets lov", await PageAsync(sara, "/minplan/barn"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parent_SeesPlanDecisionsAndOwedDeadlines_NeverNotificationsOrInvestigations()
    {
        using var cw = await app.As(DemoUsers.Caseworker2);
        var noah = await DemoFacts.CitizenIdAsync(cw, "Noah Berg");
        using var parent = await app.As("parent1");
        var view = await parent.GetAsync($"/api/v1/children/{noah}/plan");
        Assert.NotEmpty(view.Arr("deadlines"));
        Assert.All(view.Arr("deadlines"), d => Assert.Contains(d.Str("kind"), OwedKinds));

        var page = await PageAsync(parent, $"/foraelder/{noah}");
        Assert.Contains("Noah Berg", page, StringComparison.Ordinal);
        Assert.Contains("Familiebehandling", page, StringComparison.Ordinal);
        Assert.Contains("Ankestyrelsen", page, StringComparison.Ordinal);
        Assert.Contains("Barnets plan skal være klar", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Birgitte", page, StringComparison.Ordinal);
        Assert.DoesNotContain("nabo", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Underretning", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Mor er kærlig", page, StringComparison.Ordinal); // a finding of the investigation
        Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", System.Text.RegularExpressions.Regex.Replace(page, "<[^>]+>", " "));

        using (var start = await parent.Client.GetAsync(new Uri("/foraelder", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Redirect, start.StatusCode); // one child: straight to the child's page
            Assert.Equal($"/foraelder/{noah}", start.Headers.Location!.OriginalString);
        }
        var ole = await DemoFacts.CitizenIdAsync(cw, "Ole Mortensen");
        await PageAsync(parent, $"/foraelder/{ole}", HttpStatusCode.NotFound);
        await DeniedAsync(parent, $"/boern/sag/{noah}");
        await DeniedAsync(parent, "/minplan/barn");
    }

    [Fact]
    public async Task Worklist_NamesTheTeamsChildren_TheTeamLeaderSeesCountsOnly()
    {
        using var cw = await app.As(DemoUsers.Caseworker2);
        var page = await PageAsync(cw, "/boern");
        Assert.Contains("Overskredet – eskaleret til teamleder", page, StringComparison.Ordinal);
        Assert.Contains("Noah Berg", page, StringComparison.Ordinal); // the anonymous notification of 2 days ago is not assessed
        Assert.Contains("Andel frister overholdt pr. team og måned", page, StringComparison.Ordinal);
        var noah = await DemoFacts.CitizenIdAsync(cw, "Noah Berg");
        var casePage = await PageAsync(cw, $"/boern/sag/{noah}");
        Assert.Contains("Vurdering af underretning (24 timer)", casePage, StringComparison.Ordinal);
        Assert.Contains("En nabo er bekymret", casePage, StringComparison.Ordinal);
        Assert.Contains("Jeg kan godt lide skolen", await PageAsync(cw, $"/boern/sag/{noah}/undersoegelse/{await InvestigationAsync(Guid.Parse(noah))}"), StringComparison.Ordinal);

        using var other = await app.As(DemoUsers.Caseworker1);
        Assert.DoesNotContain("Noah Berg", await PageAsync(other, "/boern"), StringComparison.Ordinal);
        await PageAsync(other, $"/boern/sag/{noah}", HttpStatusCode.NotFound);

        using var manager = await app.As(DemoUsers.Manager1);
        var leader = await PageAsync(manager, "/boern");
        Assert.Contains("Eskaleringer pr. team", leader, StringComparison.Ordinal);
        Assert.Contains("Børn og unge Syd", leader, StringComparison.Ordinal);
        Assert.DoesNotContain("Noah", leader, StringComparison.Ordinal);
        await DeniedAsync(manager, $"/boern/sag/{noah}");
    }

    [Fact]
    public async Task EarlyDetection_OpensASection19Afdaekning_WithTheScreeningAsReason_Audited()
    {
        var cs = app.Factory.ConnectionString;
        var (noah, _) = await WorklistScenarios.AddFamilyAsync(cs);
        using var cw = await app.As(DemoUsers.Caseworker2);
        var url = $"/api/v1/children/{noah}/afdaekning-from-screening";
        var (off, problem) = await cw.SendAsync(HttpMethod.Post, url, new { reason = "Skolen har også ringet." });
        Assert.Equal(HttpStatusCode.Conflict, off);
        Assert.Equal("prevention-off", problem!.Str("code"));

        await WorklistScenarios.EnableAsync(cs);
        Assert.Equal(HttpStatusCode.BadRequest, await cw.StatusAsync(HttpMethod.Post, url, new { reason = " " }));
        var id = (await cw.PostAsync(url, new { reason = "Skolen har også ringet." })).Str("id");
        var investigation = (await cw.GetAsync($"/api/v1/children/{noah}/investigations")).Arr().First(i => i.Str("id") == id)!;
        Assert.Equal("afdaekning", investigation.Str("kind"));
        Assert.Equal("screening", investigation.Str("source"));
        Assert.StartsWith("Tidlig opsporing: niveau", investigation.Str("reason"), StringComparison.Ordinal);
        Assert.EndsWith("Begrundelse: Skolen har også ringet.", investigation.Str("reason"), StringComparison.Ordinal);
        var (again, refusal) = await cw.SendAsync(HttpMethod.Post, url, new { reason = "Igen." });
        Assert.Equal(HttpStatusCode.Conflict, again);
        Assert.Equal("children.afdaekning-open", refusal!.Str("code"));

        await using (var db = Open(cs))
        {
            var created = await db.AuditEntries.Where(a => a.CitizenId == noah && a.Action == "create" && a.Reason == "§19 afdækning fra tidlig opsporing").ToListAsync();
            Assert.NotEmpty(created);
            Assert.All(created, a => Assert.Equal("caseworker2", a.UserName));
            Assert.Contains(await db.AuditEntries.Where(a => a.CitizenId == noah && a.Resource == "prevention-screening" && a.Action == "read").ToListAsync(), a => a.UserName == "caseworker2");
        }
        using var other = await app.As(DemoUsers.Caseworker1);
        Assert.Equal(HttpStatusCode.NotFound, await other.StatusAsync(HttpMethod.Post, url, new { reason = "x" }));

        // The worklist's page offers it as one form on the child's page.
        Assert.Contains($"/forebyggelse/arbejdsliste/{noah}/afdaekning", await PageAsync(cw, $"/forebyggelse/arbejdsliste/{noah}"), StringComparison.Ordinal);
    }

    private async Task<Guid> InvestigationAsync(Guid citizenId)
    {
        await using var db = Open(app.Factory.ConnectionString);
        return await db.ChildInvestigations.Where(i => i.CitizenId == citizenId && i.ChildView != null).Select(i => i.Id).FirstAsync();
    }

    private static MestringDbContext Open(string cs) => MestringDbContextFactory.Create(DatabaseSettings.FromConnectionString(cs));
}
