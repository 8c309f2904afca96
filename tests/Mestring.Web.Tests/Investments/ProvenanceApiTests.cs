using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Mestring.TestSupport;
using Mestring.Web.Tests.Support;

namespace Mestring.Web.Tests.Investments;

/// <summary>The provenance of every figure survives save, read-back and both exports (SQLite and PostgreSQL).</summary>
internal static class ProvenanceScenarios
{
    private const string Base = "/api/v1/investment-cases";

    /// <summary>
    /// The spec example with a local effect from the municipality's evaluation (absoluteChange + se), a baseline
    /// from the target group's history, catalogue-default prices on one outcome and no provenance on the other.
    /// </summary>
    public const string CaseWithLocalEffect = """
        {
          "name": "Housing First med lokal evaluering",
          "priceYear": 2025, "horizonYears": 10, "discountRate": 0.035,
          "participants": 40, "successRate": 1, "deadweight": 0.1,
          "costs": [ { "holder": "kommune.social", "fromYear": 0, "toYear": 2, "perParticipant": 50000 } ],
          "outcomes": [
            { "id": "herberg_nat", "baselinePerParticipant": 96.5,
              "prices": [ { "holder": "kommune.social", "unitCost": 870, "se": 120 } ],
              "baselineProvenance": { "kind": "target-group-history", "legalBasis": "SEL-110", "eventType": "shelter_night", "yearsBefore": 2, "n": 57, "se": 6.1, "value": 96.5, "computedAt": "2026-11-22T18:00:00Z" },
              "priceProvenance": { "kind": "catalogue-default", "catalogueVersion": "2025.1", "priceYear": 2024, "indexedTo": 2025 } },
            { "id": "akut_indlaeggelse", "baselinePerParticipant": 1.4,
              "prices": [ { "holder": "region.sundhed", "unitCost": 32000 } ] }
          ],
          "effects": [
            { "outcome": "herberg_nat", "absoluteChange": -31.2, "se": 9.4, "fromYear": 1, "toYear": 10, "effectSource": "local",
              "provenance": { "kind": "local-evaluation", "method": "Housing First", "interventionType": "SEL-107", "outcome": "shelter_nights",
                              "unit": "nights", "estimate": -31.2, "se": 9.4, "n": 143, "verdict": "effekt", "computedAt": "2026-11-20T09:15:00Z" } },
            { "outcome": "akut_indlaeggelse", "relativeChange": -0.25, "se": 0.1, "fromYear": 1, "toYear": 5, "effectSource": "catalogue",
              "provenance": { "kind": "catalogue-default", "method": "housing_first", "source": "Literature", "isDefault": true } }
          ]
        }
        """;

    public static async Task LocalEffectProvenanceSurvivesSaveReadBackAndExport(AppFixture app)
    {
        using var manager = await app.As(DemoUsers.Manager1);
        var request = "{ \"name\": \"Proveniens\", \"draws\": 200, \"seed\": 5, \"case\": " + CaseWithLocalEffect + " }";
        var (status, created) = await PostRawAsync(manager, Base, request);
        Assert.True(status == HttpStatusCode.Created, created);
        var id = JsonNode.Parse(created)!.Str("id");

        // The stored case is the input exactly, provenance objects included.
        var saved = await manager.GetAsync($"{Base}/{id}");
        Assert.Equal(JsonNode.Parse(CaseWithLocalEffect)!.Compact(), saved["case"]!.Compact());
        var effect = saved["case"]!["effects"]![0]!;
        Assert.Equal(-31.2, effect["absoluteChange"]!.GetValue<double>());
        Assert.Equal(9.4, effect["se"]!.GetValue<double>());
        Assert.Equal("local-evaluation", effect["provenance"].Str("kind"));
        Assert.Equal(143, effect["provenance"]!["n"]!.GetValue<int>());
        Assert.Equal("2026-11-20T09:15:00Z", effect["provenance"].Str("computedAt"));

        // The summary marks which figures are local and which are catalogue defaults.
        var provenance = saved["provenance"]!;
        Assert.Equal(2, provenance["localFigures"]!.GetValue<int>());            // local effect + history baseline
        Assert.Equal(2, provenance["catalogueDefaultFigures"]!.GetValue<int>()); // herberg prices + catalogue effect
        var figures = provenance.Arr("figures");
        Assert.Equal(6, figures.Count); // 2 baselines, 2 price sets, 2 effects
        var localEffect = figures.Single(f => f.Str("path") == "$.effects[0]");
        Assert.Equal("local-evaluation", localEffect.Str("kind"));
        Assert.True(localEffect!["local"]!.GetValue<bool>());
        Assert.Equal("Housing First", localEffect["details"].Str("method"));
        Assert.Equal("143", localEffect["details"].Str("n"));
        Assert.Equal("effekt", localEffect["details"].Str("verdict"));
        Assert.Equal("target-group-history", figures.Single(f => f.Str("path") == "$.outcomes[0].baselinePerParticipant").Str("kind"));
        Assert.Equal("manual", figures.Single(f => f.Str("path") == "$.outcomes[1].baselinePerParticipant").Str("kind"));
        Assert.Equal("manual", figures.Single(f => f.Str("path") == "$.outcomes[1].prices").Str("kind"));
        Assert.True(figures.Single(f => f.Str("path") == "$.effects[1]")!["catalogueDefault"]!.GetValue<bool>());

        using var json = await manager.Client.GetAsync(new Uri($"{Base}/{id}/export.json", UriKind.Relative));
        var exported = JsonNode.Parse(await json.Content.ReadAsStringAsync())!;
        Assert.Equal(provenance.Compact(), exported["provenance"]!.Compact());
        Assert.Equal(saved["case"]!.Compact(), exported["case"]!.Compact());

        using var xlsx = await manager.Client.GetAsync(new Uri($"{Base}/{id}/export.xlsx", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var rows = SheetRows(await xlsx.Content.ReadAsByteArrayAsync(), "Kilder");
        var effectRow = rows.Single(r => r.Contains("$.effects[0]"));
        Assert.Contains("lokal evaluering", effectRow);
        Assert.Contains("ja", effectRow);
        Assert.Contains(effectRow, c => c.Contains("n: 143", StringComparison.Ordinal) && c.Contains("verdict: effekt", StringComparison.Ordinal));
        Assert.Contains("katalog (standard)", rows.Single(r => r.Contains("$.effects[1]")));
        Assert.Contains("lokal (målgruppens historik)", rows.Single(r => r.Contains("$.outcomes[0].baselinePerParticipant")));

        // The case page shows the same badges.
        using var page = await manager.Client.GetAsync(new Uri($"/investering/{id}", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("data-provenance=\"local-evaluation\"", html, StringComparison.Ordinal);
        Assert.Contains("data-provenance=\"catalogue-default\"", html, StringComparison.Ordinal);
        Assert.Contains("data-provenance=\"target-group-history\"", html, StringComparison.Ordinal);
    }

    /// <summary>The text of every row of a sheet (inline strings and numbers as written).</summary>
    private static List<List<string>> SheetRows(byte[] workbook, string sheetName)
    {
        using var stream = new MemoryStream(workbook);
        using var document = SpreadsheetDocument.Open(stream, false);
        var part = document.WorkbookPart!;
        var sheet = part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var worksheet = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet;
        var shared = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        return [.. worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c =>
            c.DataType?.Value == CellValues.SharedString ? shared[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
            : c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList())];
    }

    private static async Task<(HttpStatusCode Status, string Text)> PostRawAsync(Support.Api api, string url, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative)) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        using var response = await api.Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}

public sealed class ProvenanceApiSqliteTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact] public Task LocalEffect_Provenance_SurvivesSave_ReadBack_AndExports() => ProvenanceScenarios.LocalEffectProvenanceSurvivesSaveReadBackAndExport(app);
}

public sealed class ProvenanceApiPostgresTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [PostgresFact] public Task LocalEffect_Provenance_SurvivesSave_ReadBack_AndExports() => ProvenanceScenarios.LocalEffectProvenanceSurvivesSaveReadBackAndExport(app);
}
