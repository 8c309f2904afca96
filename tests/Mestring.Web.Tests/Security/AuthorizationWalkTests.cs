using System.Net;
using System.Text.Json.Nodes;
using Mestring.TestSupport;
using Mestring.Web.Tests.Support;

namespace Mestring.Web.Tests.Security;

/// <summary>
/// Walks every operation in the OpenAPI document as every role (and anonymously) with real ids filled in,
/// and checks that no response carries personal data the role has no relationship to, and that nothing
/// fails with a server error.
/// </summary>
public class AuthorizationWalkTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    // Names and CPR numbers of every demo citizen: none may appear where the role has no relationship. A CPR number
    // counts with or without its hyphen, but not as digits inside a longer number (an estimate such as 0.0220899…).
    private static readonly Dictionary<string, string[]> Citizens = new(StringComparer.Ordinal)
    {
        ["Sara Jensen"] = ["1505921234"],
        ["Peter Holm"] = ["0303854321"],
        ["Amira Hassan"] = ["2208992788"],
        ["Lars Nielsen"] = ["1107784411"],
        ["Camilla Berg"] = ["0412884562"],
        ["Noah Berg"] = ["1903134234"],
        ["Ole Mortensen"] = ["2701672533"],
    };

    // Who may see whom: caseworker1 is in Voksenteam Nord (Sara, Peter, Amira, Lars); caseworker2 in the
    // children's team (Camilla, Noah, Ole); provider1 serves Sara and Peter; citizen1 is Sara.
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        [DemoUsers.Caseworker1] = ["Sara Jensen", "Peter Holm", "Amira Hassan", "Lars Nielsen"],
        [DemoUsers.Caseworker2] = ["Camilla Berg", "Noah Berg", "Ole Mortensen"],
        [DemoUsers.Provider1] = ["Sara Jensen", "Peter Holm"],
        [DemoUsers.Citizen1] = ["Sara Jensen"],
        [DemoUsers.Manager1] = [],
        [DemoUsers.Admin] = [],
        ["auditor1"] = [],
        // parent1 is Camilla Berg (her own name in /auth/me) with custody of Noah: his plan and decisions, nothing else.
        ["parent1"] = ["Camilla Berg", "Noah Berg"],
        // child1 is Noah himself (13): his own plan in plain words, nothing else — and his access log names his mother
        // (parent1, Camilla Berg), who read his plan as a parent with custody.
        ["child1"] = ["Noah Berg", "Camilla Berg"],
        // Attached to the demo's generated population: none of the hand-made citizens.
        ["caseworker3"] = [],
        ["provider2"] = [],
        ["citizen2"] = [],
        ["anonymous"] = [],
    };

    [Fact]
    public async Task EveryEndpoint_AsEveryRole_LeaksNoPersonalData()
    {
        using var anonymous = app.Anonymous();
        var document = await anonymous.GetAsync("/openapi/v1.json");
        var operations = Operations(document).ToList();
        Assert.True(operations.Count >= 25, $"the OpenAPI document lists only {operations.Count} operations");

        var ids = await KnownIdsAsync();
        var failures = new List<string>();
        foreach (var user in Allowed.Keys)
        {
            using var api = user == "anonymous" ? app.Anonymous() : await app.As(user);
            foreach (var (method, template) in operations)
            {
                if (template.EndsWith("/auth/logout", StringComparison.Ordinal))
                {
                    continue; // would end the walk's own session
                }
                foreach (var url in Fill(template, ids))
                {
                    var (status, body) = await api.SendAsync(method, url, method == HttpMethod.Get ? null : new { });
                    if ((int)status >= 500)
                    {
                        failures.Add($"{user} {method} {url}: {(int)status}");
                    }
                    var text = body?.ToJsonString() ?? "";
                    foreach (var (name, cprs) in Citizens.Where(c => !Allowed[user].Contains(c.Key)))
                    {
                        if (text.Contains(name, StringComparison.Ordinal) || cprs.Any(c => ShowsCpr(text, c)))
                        {
                            failures.Add($"{user} {method} {url} ({(int)status}) shows {name}");
                        }
                    }
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static bool ShowsCpr(string text, string cpr) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, $"(?<![0-9.]){cpr[..6]}-?{cpr[6..]}(?![0-9])");

    private static IEnumerable<(HttpMethod Method, string Path)> Operations(JsonNode document)
    {
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, _) in item!.AsObject())
            {
                if (method is "get" or "post" or "put" or "delete" or "patch")
                {
                    yield return (new HttpMethod(method.ToUpperInvariant()), path);
                }
            }
        }
    }

    // Every placeholder is tried with each known id of its kind, so that each role meets both related and unrelated data.
    private static IEnumerable<string> Fill(string template, IReadOnlyDictionary<string, IReadOnlyList<string>> ids)
    {
        var urls = new List<string> { template };
        foreach (var (name, values) in ids)
        {
            var placeholder = "{" + name + "}";
            urls = [.. urls.SelectMany(u => u.Contains(placeholder, StringComparison.Ordinal) ? values.Select(v => u.Replace(placeholder, v, StringComparison.Ordinal)) : [u])];
        }
        return urls.Select(u => System.Text.RegularExpressions.Regex.Replace(u, "{[^}]+}", "1"));
    }

    private async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> KnownIdsAsync()
    {
        using var cw1 = await app.As(DemoUsers.Caseworker1);
        using var cw2 = await app.As(DemoUsers.Caseworker2);
        var citizens = (await cw1.GetAsync("/api/v1/citizens")).Arr().Concat((await cw2.GetAsync("/api/v1/citizens")).Arr()).Select(c => c.Str("id")).ToList();
        var goals = new List<string>();
        var interventions = new List<string>();
        var followUps = new List<string>();
        var consents = new List<string>();
        var children = new List<string>();
        foreach (var id in citizens)
        {
            var caseworker = (await cw1.SendAsync(HttpMethod.Get, $"/api/v1/citizens/{id}/plan")).Status == HttpStatusCode.OK ? cw1 : cw2;
            var plan = await caseworker.GetAsync($"/api/v1/citizens/{id}/plan");
            goals.AddRange(plan.Arr("goals").Select(g => g.Str("id")));
            interventions.AddRange(plan.Arr("interventions").Select(i => i.Str("id")));
            followUps.AddRange((await caseworker.GetAsync($"/api/v1/citizens/{id}/follow-ups")).Arr().Select(f => f.Str("id")));
            consents.AddRange((await caseworker.GetAsync($"/api/v1/citizens/{id}/consents")).Arr().Select(c => c.Str("id")));
            foreach (var kind in new[] { "notifications", "investigations", "decisions" })
            {
                var (status, list) = await caseworker.SendAsync(HttpMethod.Get, $"/api/v1/children/{id}/{kind}");
                children.AddRange(status == HttpStatusCode.OK ? list.Arr().Select(c => c.Str("id")) : []);
            }
        }
        // The administrator's API takes user ids: every login of the municipality is tried too (an empty body changes nothing).
        using var admin = await app.As(DemoUsers.Admin);
        var users = (await admin.GetAsync("/api/v1/admin/users")).Arr().Select(u => u.Str("id")).ToList();
        return new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["citizenId"] = citizens,
            ["id"] = [.. interventions, .. followUps, .. consents, .. citizens, .. users, .. children],
            ["goalId"] = goals,
            ["number"] = ["1", "2"],
        };
    }
}
