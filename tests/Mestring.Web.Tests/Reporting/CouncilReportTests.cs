using System.Net;
using System.Text.Json.Nodes;
using Mestring.Application.Reporting.Council;
using Mestring.TestSupport;
using Mestring.Web.Tests.Support;

namespace Mestring.Web.Tests.Reporting;

public sealed class CouncilReportTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task A_council_report_is_stored_with_its_record_and_reproduced_with_the_same_figures()
    {
        using var manager = await app.As("manager1");

        var report = await manager.PostAsync("/api/v1/reports/council", new { fromYear = 2020, toYear = 2026 });

        var id = report.Str("id");
        Assert.Equal(CouncilReports.EngineVersion, report.Str("engineVersion"));
        Assert.Equal("manager1", report.Str("madeBy"));
        Assert.StartsWith("spending-by-legal-basis:interventions=", report.Str("dataStamp"), StringComparison.Ordinal);
        Assert.Equal(64, report.Str("figuresHash").Length);
        Assert.Equal(2020, report["inputs"]!["fromYear"]!.GetValue<int>());
        var again = await manager.PostAsync($"/api/v1/reports/council/{id}/reproduce", new { }, HttpStatusCode.OK);
        Assert.True(again["sameFigures"]!.GetValue<bool>());
        Assert.True(again["sameData"]!.GetValue<bool>());
        Assert.Equal(report["tables"]!.ToJsonString(), again["reproduced"]!["tables"]!.ToJsonString());
        var stored = await manager.GetAsync($"/api/v1/reports/council/{id}");
        Assert.Equal(report.Str("figuresHash"), stored.Str("figuresHash"));
    }

    [Fact]
    public async Task The_workbook_is_an_xlsx_and_bad_requests_are_refused()
    {
        using var manager = await app.As("manager1");
        var id = (await manager.PostAsync("/api/v1/reports/council", new { })).Str("id");

        var (status, _) = await manager.SendAsync(HttpMethod.Get, $"/api/v1/reports/council/{id}/xlsx");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.BadRequest, await manager.StatusAsync(HttpMethod.Post, "/api/v1/reports/council", new { fromYear = 2026, toYear = 2020 }));
        Assert.Equal(HttpStatusCode.NotFound, await manager.StatusAsync(HttpMethod.Post, $"/api/v1/reports/council/{Guid.NewGuid()}/reproduce"));
    }

    [Fact]
    public async Task No_small_cell_is_shown_or_recoverable_from_the_yearly_total()
    {
        using var manager = await app.As("manager1");
        var report = await manager.PostAsync("/api/v1/reports/council", new { fromYear = 2015, toYear = 2026 });
        var table = report["tables"]!.AsArray().Single()!;
        var cells = table["cells"]!.AsArray().Select(c => c!).ToList();

        Assert.All(cells, c => Assert.True(c["citizens"] is null || c["citizens"]!.GetValue<int>() >= Suppression.Below));
        foreach (var year in cells.GroupBy(c => c["year"]!.GetValue<int>()))
        {
            Assert.NotEqual(1, year.Count(c => c["suppressed"]!.GetValue<bool>()));
        }
    }

    [Fact]
    public void Suppression_withholds_small_cells_and_one_partner_per_year()
    {
        var cells = Suppression.Apply([("SEL-85", 2024, 3, 100m), ("SEL-107", 2024, 6, 600m), ("SEL-108", 2024, 9, 900m), ("SEL-85", 2025, 12, 1200m)]);

        Assert.Equal([true, false, true, false], cells.Select(c => c.Suppressed).ToArray()); // order: year, then basis
        Assert.Equal(["SEL-107", "SEL-108", "SEL-85", "SEL-85"], cells.Select(c => c.Group).ToArray());
        Assert.Null(cells[0].Citizens);
        Assert.Equal(9, cells[1].Citizens);
        Assert.Null(cells[2].Spending);
    }

    [Fact]
    public async Task Aggregates_are_exported_imported_as_another_municipality_and_compared()
    {
        using var manager = await app.As("manager1");
        var (status, _) = await manager.SendAsync(HttpMethod.Get, "/api/v1/aggregates/export?fromYear=2015&toYear=2026");
        Assert.Equal(HttpStatusCode.OK, status);
        var file = await manager.GetAsync("/api/v1/aggregates/export?fromYear=2015&toYear=2026");
        Assert.Equal("mestring-aggregates", file.Str("format"));
        Assert.Equal(HttpStatusCode.BadRequest, await manager.StatusAsync(HttpMethod.Post, "/api/v1/aggregates/import", file));

        var other = JsonNode.Parse(file.ToJsonString())!;
        other["municipality"] = "0999";
        var imported = await manager.PostAsync("/api/v1/aggregates/import", other, HttpStatusCode.OK);
        Assert.Equal("0999", imported.Str("municipality"));
        var comparison = await manager.GetAsync("/api/v1/aggregates/comparison?fromYear=2015&toYear=2026");
        Assert.Equal(["0999"], comparison.Arr("others").Select(o => o!.GetValue<string>()).ToArray());
        Assert.All(comparison.Arr("rows").Where(r => r!["ownCitizens"] is not null), r =>
            Assert.Equal(r!["ownCitizens"]!.GetValue<int>(), r["othersCitizens"]!.GetValue<int>()));

        var leaky = JsonNode.Parse(other.ToJsonString())!;
        leaky["measures"]![0]!["cells"]!.AsArray().Add(new JsonObject { ["legalBasis"] = "SEL-85", ["year"] = 2030, ["citizens"] = 2, ["spending"] = 10, ["suppressed"] = false });
        Assert.Equal(HttpStatusCode.BadRequest, await manager.StatusAsync(HttpMethod.Post, "/api/v1/aggregates/import", leaky));
    }
}
