using System.Net;
using Mestring.TestSupport;
using Mestring.Web.Tests.Support;

namespace Mestring.Web.Tests.Children;

/// <summary>Children's casework through the API: notification → investigation → decision → plan, the deadlines, and who sees what.</summary>
public class ChildrenApiTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private const string Noah = "Noah Berg";
    private static DateTimeOffset Now => TimeProvider.System.GetUtcNow();
    private static readonly string[] Kinds = ["notification-24h", "investigation-4m", "plan-3m", "follow-up-3m", "youth-plan-16", "transition-18"];
    private static readonly string[] Statuses = ["due", "overdue", "met", "met-late"];

    [Fact]
    public async Task Caseworker_NotificationToInvestigationToDecisionToPlan_ShowsInTheDeadlines()
    {
        using var cw = await app.As(DemoUsers.Caseworker2);
        var child = await DemoFacts.CitizenIdAsync(cw, Noah);
        var received = Now.AddHours(-30);
        var notification = (await cw.PostAsync($"/api/v1/children/{child}/notifications", new
        {
            notifierKind = "professional", anonymous = false, notifierName = "Sundhedsplejerske Hansen", notifierRole = "Sundhedspleje",
            concern = "Noah har blå mærker på armen.", receivedAt = received,
        })).Str("id");
        await cw.PostAsync($"/api/v1/children/notifications/{notification}/assessment", new { acuteDanger = false, assessment = "Ingen akut fare." }, HttpStatusCode.NoContent);
        await cw.PostAsync($"/api/v1/children/notifications/{notification}/acknowledgement", new { }, HttpStatusCode.NoContent);
        var listed = (await cw.GetAsync($"/api/v1/children/{child}/notifications")).Arr().First(n => n.Str("id") == notification)!;
        Assert.Equal("Sundhedsplejerske Hansen", listed.Str("notifier"));
        Assert.True(listed["repeatCount"]!.GetValue<int>() >= 2);

        var investigation = (await cw.PostAsync($"/api/v1/children/{child}/investigations",
            new { kind = "undersoegelse", source = "notification", notificationId = notification, reason = "Blå mærker" })).Str("id");
        var started = await cw.GetAsync($"/api/v1/children/investigations/{investigation}");
        Assert.Equal(received.ToUnixTimeSeconds(), DateTimeOffset.Parse(started.Str("awareAt"), System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds());
        foreach (var theme in new[] { "health", "safe-care", "social-network" })
        {
            await cw.PostAsync($"/api/v1/children/investigations/{investigation}/findings", new { theme, resources = "Ressource", concerns = "Bekymring" }, HttpStatusCode.NoContent);
        }
        await cw.PostAsync($"/api/v1/children/investigations/{investigation}/child-view", new { words = "Jeg faldt på cyklen." }, HttpStatusCode.NoContent);
        await cw.PostAsync($"/api/v1/children/investigations/{investigation}/completion", new { text = "Støtte i hjemmet." }, HttpStatusCode.NoContent);

        var decision = (await cw.PostAsync($"/api/v1/children/{child}/decisions", new
        {
            section = "BL-32", supportType = "home-support", purpose = "Ro og rutiner i hjemmet", expectedDurationMonths = 6, parentsConsent = true,
            investigationId = investigation,
        })).Str("id");
        var decided = (await cw.GetAsync($"/api/v1/children/{child}/decisions")).Arr().First(d => d.Str("id") == decision)!;
        Assert.Equal("home-support", decided.Str("supportType"));
        Assert.Contains("Ankestyrelsen", decided.Str("complaintGuidance"), StringComparison.Ordinal);

        var record = (await cw.PostAsync($"/api/v1/children/{child}/plan-records", new
        {
            kind = "child-plan", plainSummary = "Du får en voksen, der hjælper derhjemme.", childWords = "Jeg vil have ro.", decisionId = decision,
        })).Str("id");
        Assert.Contains((await cw.GetAsync($"/api/v1/children/{child}/plan-records")).Arr(), r => r.Str("id") == record && r.Str("kind") == "child-plan");

        var deadlines = (await cw.GetAsync("/api/v1/children/deadlines")).Arr();
        Assert.All(deadlines, d =>
        {
            Assert.Contains(d.Str("kind"), Kinds);
            Assert.Contains(d.Str("status"), Statuses);
            Assert.True(d!.AsObject().ContainsKey("metAt"));
        });
        var mine = deadlines.Where(d => d.Str("citizenId") == child).ToList();
        Assert.Contains(mine, d => d.Str("kind") == "notification-24h" && d.Str("status") == "met");
        Assert.Contains(mine, d => d.Str("kind") == "investigation-4m" && d.Str("status") == "met");
        Assert.Contains(mine, d => d.Str("kind") == "plan-3m" && d.Str("status") == "met");
        Assert.Contains(mine, d => d.Str("kind") == "follow-up-3m" && d.Str("status") == "due" && d!["metAt"] is null);
    }

    [Fact]
    public async Task AnonymousNotifier_IsNeverStored_AndAProfessionalCannotBeAnonymous()
    {
        using var cw = await app.As(DemoUsers.Caseworker2);
        var child = await DemoFacts.CitizenIdAsync(cw, Noah);
        var id = (await cw.PostAsync($"/api/v1/children/{child}/notifications", new
        {
            notifierKind = "private", anonymous = true, notifierName = "Hemmelig Nabo", notifierContact = "12345678", concern = "Larm om natten.",
        })).Str("id");
        var one = await cw.GetAsync($"/api/v1/children/notifications/{id}");
        Assert.Null(one["notifier"]);
        Assert.Null(one["notifierContact"]);
        Assert.DoesNotContain("Hemmelig Nabo", (await cw.GetAsync($"/api/v1/children/{child}/notifications")).ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, await cw.StatusAsync(HttpMethod.Post, $"/api/v1/children/notifications/{id}/acknowledgement", new { }));

        var (status, body) = await cw.SendAsync(HttpMethod.Post, $"/api/v1/children/{child}/notifications",
            new { notifierKind = "professional", anonymous = true, concern = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("anonymous", body!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parent_SeesThePlanAndDecisions_NeverTheNotifications()
    {
        using var cw = await app.As(DemoUsers.Caseworker2);
        var child = await DemoFacts.CitizenIdAsync(cw, Noah);
        var other = await DemoFacts.CitizenIdAsync(cw, "Ole Mortensen");
        using var parent = await app.As("parent1");
        var view = await parent.GetAsync($"/api/v1/children/{child}/plan");
        Assert.Equal("parent", view.Str("viewer"));
        Assert.NotEmpty(view.Arr("records"));
        Assert.NotEmpty(view.Arr("decisions"));
        var text = view.ToJsonString();
        Assert.DoesNotContain("Birgitte", text, StringComparison.Ordinal);
        Assert.DoesNotContain("nabo", text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Forbidden, await parent.StatusAsync(HttpMethod.Get, $"/api/v1/children/{child}/notifications"));
        Assert.Equal(HttpStatusCode.Forbidden, await parent.StatusAsync(HttpMethod.Get, "/api/v1/children/deadlines"));
        Assert.Equal(HttpStatusCode.NotFound, await parent.StatusAsync(HttpMethod.Get, $"/api/v1/children/{other}/plan"));
    }

    [Fact]
    public async Task AnotherTeamsCaseworker_SeesNothingOfTheChild()
    {
        using var cw2 = await app.As(DemoUsers.Caseworker2);
        var child = await DemoFacts.CitizenIdAsync(cw2, Noah);
        using var cw1 = await app.As(DemoUsers.Caseworker1);
        Assert.Equal(HttpStatusCode.NotFound, await cw1.StatusAsync(HttpMethod.Get, $"/api/v1/children/{child}/notifications"));
        Assert.Equal(HttpStatusCode.NotFound, await cw1.StatusAsync(HttpMethod.Post, $"/api/v1/children/{child}/notifications",
            new { notifierKind = "private", anonymous = true, concern = "x" }));
        Assert.DoesNotContain((await cw1.GetAsync("/api/v1/children/deadlines")).Arr(), d => d.Str("citizenId") == child);
    }

    [Fact]
    public async Task BadInput_Is400WithTheField_AndBrokenRulesAre409()
    {
        using var cw = await app.As(DemoUsers.Caseworker2);
        var child = await DemoFacts.CitizenIdAsync(cw, Noah);
        async Task Expect(HttpStatusCode expected, string field, object body, string url = "decisions")
        {
            var (status, problem) = await cw.SendAsync(HttpMethod.Post, $"/api/v1/children/{child}/{url}", body);
            Assert.True(status == expected, $"{status}: {problem?.ToJsonString()}");
            Assert.Contains(field, problem!.ToJsonString(), StringComparison.Ordinal);
        }
        await Expect(HttpStatusCode.BadRequest, "notifierKind", new { notifierKind = "neighbour", anonymous = true, concern = "x" }, "notifications");
        await Expect(HttpStatusCode.BadRequest, "receivedAt", new { notifierKind = "private", anonymous = true, concern = "x", receivedAt = Now.AddDays(2) }, "notifications");
        await Expect(HttpStatusCode.BadRequest, "section", new { section = "BL-99", purpose = "x", expectedDurationMonths = 3, parentsConsent = true });
        await Expect(HttpStatusCode.BadRequest, "supportType", new { section = "BL-32", supportType = "money", purpose = "x", expectedDurationMonths = 3, parentsConsent = true });
        await Expect(HttpStatusCode.BadRequest, "expectedDurationMonths", new { section = "BL-32", supportType = "respite", purpose = "x", expectedDurationMonths = 0, parentsConsent = true });
        await Expect(HttpStatusCode.Conflict, "parentsConsent", new { section = "BL-32", supportType = "respite", purpose = "x", expectedDurationMonths = 3, parentsConsent = false });
        await Expect(HttpStatusCode.Conflict, "investigationId", new { section = "BL-46", purpose = "Anbringelse", expectedDurationMonths = 12, parentsConsent = true });
        await Expect(HttpStatusCode.BadRequest, "parentsConsent", new { section = "BL-47", purpose = "Anbringelse", expectedDurationMonths = 12, parentsConsent = true });
        await Expect(HttpStatusCode.BadRequest, "notificationId", new { kind = "undersoegelse", source = "notification", notificationId = Guid.NewGuid() }, "investigations");
        await Expect(HttpStatusCode.BadRequest, "awareAt", new { kind = "undersoegelse", source = "application" }, "investigations");
        await Expect(HttpStatusCode.BadRequest, "kind", new { kind = "plan", plainSummary = "x" }, "plan-records");
    }

    [Fact]
    public async Task Section47_IsPreparedForTheCommittee_AndItsDecisionRecorded()
    {
        using var cw = await app.As(DemoUsers.Caseworker2);
        var child = await DemoFacts.CitizenIdAsync(cw, Noah);
        var investigation = (await cw.PostAsync($"/api/v1/children/{child}/investigations",
            new { kind = "undersoegelse", source = "application", awareAt = Now.AddDays(-40) })).Str("id");
        await cw.PostAsync($"/api/v1/children/investigations/{investigation}/preliminary-assessment", new { text = "Foreløbig vurdering." }, HttpStatusCode.NoContent);
        var meeting = Now.AddDays(10);
        var id = (await cw.PostAsync($"/api/v1/children/{child}/decisions", new
        {
            section = "BL-47", purpose = "Anbringelse uden samtykke", expectedDurationMonths = 12, parentsConsent = false, investigationId = investigation, meetingAt = meeting,
        })).Str("id");
        var deadlines = (await cw.GetAsync($"/api/v1/children/{child}/deadlines")).Arr();
        var plan = deadlines.Where(d => d.Str("kind") == "plan-3m")
            .Select(d => DateTimeOffset.Parse(d.Str("dueAt"), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Contains(plan, due => Math.Abs((due - meeting).TotalSeconds) < 1);
        Assert.Equal(HttpStatusCode.BadRequest, await cw.StatusAsync(HttpMethod.Post, $"/api/v1/children/decisions/{id}/committee", new { outcome = "maybe", decidedAt = Now }));
        Assert.Equal(HttpStatusCode.NoContent, await cw.StatusAsync(HttpMethod.Post, $"/api/v1/children/decisions/{id}/committee", new { outcome = "approved", decidedAt = Now }));
        var recorded = (await cw.GetAsync($"/api/v1/children/{child}/decisions")).Arr().First(d => d.Str("id") == id)!;
        Assert.Equal("Børne- og ungeudvalget", recorded.Str("decidedBy"));
        Assert.Equal("approved", recorded.Str("outcome"));
    }
}
