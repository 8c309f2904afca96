using System.Net;
using Mestring.TestSupport;
using Mestring.Web.Tests.Support;

namespace Mestring.Web.Tests.Evidence;

/// <summary>The evidence API: managers and administrators read it; caseworkers, providers and citizens get 403; the contract's keys.</summary>
public class EvidenceApiTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static readonly string[] Endpoints = ["/api/v1/evidence/methods", "/api/v1/evidence/providers", "/api/v1/evidence/stop-list"];

    [Fact]
    public async Task ManagerAndAdmin_Get200_OthersGet403()
    {
        foreach (var user in new[] { DemoUsers.Manager1, DemoUsers.Admin })
        {
            using var api = await app.As(user);
            foreach (var url in Endpoints)
            {
                Assert.Equal(HttpStatusCode.OK, await api.StatusAsync(HttpMethod.Get, url));
            }
        }
        foreach (var user in new[] { DemoUsers.Caseworker1, DemoUsers.Provider1, DemoUsers.Citizen1 })
        {
            using var api = await app.As(user);
            foreach (var url in Endpoints)
            {
                Assert.Equal(HttpStatusCode.Forbidden, await api.StatusAsync(HttpMethod.Get, url));
            }
        }
    }

    [Fact]
    public async Task Methods_IsAnArrayOfContractRows()
    {
        using var manager = await app.As(DemoUsers.Manager1);
        var rows = (await manager.GetAsync("/api/v1/evidence/methods")).AsArray();
        foreach (var row in rows)
        {
            foreach (var key in new[] { "method", "interventionType", "targetGroup", "outcome", "catalogueOutcome", "unit", "estimate", "se", "ciLow", "ciHigh", "n", "verdict", "computedAt" })
            {
                Assert.True(row!.AsObject().ContainsKey(key), key);
            }
        }
        // Served from the cache while the data are unchanged: the same computedAt.
        var again = (await manager.GetAsync("/api/v1/evidence/methods")).AsArray();
        Assert.Equal(rows.Count, again.Count);
        if (rows.Count > 0)
        {
            Assert.Equal(rows[0]!["computedAt"]!.ToJsonString(), again[0]!["computedAt"]!.ToJsonString());
        }
    }
}

/// <summary>The JSON rows carry the contract's keys (checked on a computed row, since the demo world may have none).</summary>
public class EvidenceJsonTests
{
    [Fact]
    public void MethodRow_HasTheContractKeys_AndNullForNonFinite()
    {
        var row = new Mestring.Application.Evidence.MethodEffectRow("Housing First", "SEL-85 | x | y", null, "acute_admissions_12m", "akut_indlaeggelse", "pr. år",
            -0.15, 0.05, -0.25, -0.05, 400, 150, 3, "virker", "works", 0.003, 0.01, 12000, null);
        var node = System.Text.Json.Nodes.JsonNode.Parse(Mestring.Application.Evidence.EvidenceJson.Methods([row], "2026-01-01T00:00:00Z"))!.AsArray()[0]!.AsObject();
        foreach (var key in new[] { "method", "interventionType", "targetGroup", "outcome", "catalogueOutcome", "unit", "estimate", "se", "ciLow", "ciHigh", "n", "verdict", "computedAt" })
        {
            Assert.True(node.ContainsKey(key), key);
        }
        Assert.Equal("akut_indlaeggelse", node["catalogueOutcome"]!.GetValue<string>());
        Assert.Equal(-0.15, node["estimate"]!.GetValue<double>());
        Assert.Null(node["costPerUnit"]);
        Assert.Null(node["targetGroup"]);
    }
}
