using System.Net;
using Mestring.Data.Database;
using Mestring.Economics.Catalogue;
using Mestring.TestSupport;
using Mestring.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Mestring.Web.Tests.Steering;

/// <summary>The steering API on the demo municipality: every analysis answers for a manager, never for a caseworker, and is audited.</summary>
public sealed class SteeringApiTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Every_analysis_answers_with_suppressed_aggregates_and_is_audited()
    {
        using var manager = await app.As(DemoUsers.Manager1);
        var list = await manager.GetAsync("/api/v1/steering");
        var analyses = list.Arr("analyses").Select(a => a!.GetValue<string>()).ToList();
        Assert.Equal(10, analyses.Count);
        var urls = analyses.Select(a => "/api/v1/steering/" + a)
            .Concat(new[] { "area", "basis", "target", "provider", "level" }.Select(d => "/api/v1/steering/overview?by=" + d))
            .Concat(new[] { "/api/v1/steering/progression?by=provider", "/api/v1/steering/specialisation?by=target",
                "/api/v1/steering/specialisation?by=basis", "/api/v1/steering/specialisation?by=movement" });
        foreach (var url in urls)
        {
            var table = await manager.GetAsync(url);
            var limit = table["suppressBelow"]!.GetValue<int>();
            Assert.Equal(5, limit);
            var columns = table.Arr("columns");
            foreach (var row in table.Arr("rows"))
            {
                var values = row.Arr("values");
                var hidden = row.Arr("hidden");
                Assert.Equal(columns.Count, values.Count);
                for (var c = 0; c < columns.Count; c++)
                {
                    if (hidden[c]!.GetValue<bool>())
                    {
                        Assert.Null(values[c]);
                    }
                    else if (columns[c]!["kind"]!.GetValue<string>() == "Count" && values[c] is { } v)
                    {
                        var n = v.GetValue<decimal>();
                        Assert.True(n == 0 || n >= limit, $"{url}: a count of {n} is shown");
                    }
                }
            }
        }
        var overview = await manager.GetAsync("/api/v1/steering/overview");
        Assert.True(overview.Arr("rows").Count >= 2, overview.Compact());
        Assert.NotNull(overview["reading"]);

        Assert.Equal(HttpStatusCode.BadRequest, await manager.StatusAsync(HttpMethod.Get, "/api/v1/steering/overview?by=name"));
        Assert.Equal(HttpStatusCode.NotFound, await manager.StatusAsync(HttpMethod.Get, "/api/v1/steering/names"));
        using var caseworker = await app.As(DemoUsers.Caseworker1);
        Assert.Equal(HttpStatusCode.Forbidden, await caseworker.StatusAsync(HttpMethod.Get, "/api/v1/steering/overview"));

        await using var db = MestringDbContextFactory.Create(DatabaseSettings.FromConnectionString(app.Factory.ConnectionString));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Resource == "steering/overview" && e.Action == "read" && e.UserId != ""));
    }

    [Fact]
    public async Task What_if_values_a_shift_through_the_investment_engine_with_its_uncertainty()
    {
        using var manager = await app.As(DemoUsers.Manager1);
        var growth = await manager.GetAsync("/api/v1/steering/growth");
        var basis = growth.Arr("rows").Select(r => r!.Str("key")).First(k => k.Length > 0);
        var method = KnowledgeCatalogue.Default.Methods[0].Id;
        var result = await manager.PostAsync("/api/v1/steering/what-if",
            new { amount = 2_000_000m, fromBasis = basis, methodId = method, costPerParticipant = 50_000m }, HttpStatusCode.OK);
        Assert.Equal(40, result["participants"]!.GetValue<int>());
        var npv = result["npv"]!.GetValue<double>();
        var p05 = result["npvP05"]!.GetValue<double>();
        var p95 = result["npvP95"]!.GetValue<double>();
        Assert.True(p05 < p95 && p05 <= npv + Math.Abs(npv) && npv - Math.Abs(npv) <= p95, result.Compact());
        Assert.True(result["pvCosts"]!.GetValue<double>() > 1_900_000, result.Compact());

        var (status, problem) = await manager.SendAsync(HttpMethod.Post, "/api/v1/steering/what-if", new { amount = -1m, fromBasis = basis, methodId = method });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("amount", problem!.ToJsonString(), StringComparison.Ordinal);
    }
}
