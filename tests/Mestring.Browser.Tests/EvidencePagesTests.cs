using System.Text.Json;
using Mestring.TestSupport;
using Microsoft.Playwright;

namespace Mestring.Browser.Tests;

/// <summary>
/// The evidence pages (issue 5) in a real browser on the demo municipality's generated history, in Danish: each
/// chart is drawn and carries the same numbers as the table beside it, and the tables are real tables (caption,
/// column and row headers) with the plain-Danish verdicts. Language, keyboard and access: <see cref="EvidenceAccessTests"/>.
/// </summary>
[Collection(EvidenceApp.Name)]
public sealed class EvidencePagesTests(BrowserFixture app)
{
    /// <summary>VerdictRules' plain-Danish verdicts.</summary>
    private static readonly string[] DanishVerdicts = ["virker", "ingen påviselig effekt", "for få data", "virker modsat", "usikker: grupperne ligner ikke hinanden nok"];

    /// <summary>The start of EvidensView.Explain's explanation for each Danish verdict.</summary>
    private static readonly Dictionary<string, string> DanishExplanations = new(StringComparer.Ordinal)
    {
        ["virker"] = "Forskellen til almindelig indsats hos de samme tilbud er så stor",
        ["virker modsat"] = "Forskellen er tydelig, men i den forkerte retning",
        ["for få data"] = "For få forløb (under 30 med eller uden metoden)",
        ["ingen påviselig effekt"] = "Vi kan ikke se en forskel til almindelig indsats",
        ["usikker: grupperne ligner ikke hinanden nok"] = "Selv efter vægtning er borgerne med og uden metoden",
    };

    [BrowserFact]
    public async Task Methods_page_draws_a_forest_plot_per_outcome_with_the_same_numbers_in_a_danish_table()
    {
        var page = await app.NewPageAsAsync(DemoUsers.Manager1);
        await BrowserFixture.RunAsync(page, async () =>
        {
            var errors = new List<string>();
            page.PageError += (_, e) => errors.Add(e);
            var response = await page.GotoAsync("/evidens");
            Assert.Equal(200, response!.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Metoder der virker", Level = 1 })).ToBeVisibleAsync();

            var sections = page.Locator("section.card:has(canvas[data-evidence-chart])");
            var count = await sections.CountAsync();
            Assert.True(count > 0, "the demo history gives at least one outcome with a forest plot");
            var verdicts = new List<string>();
            for (var s = 0; s < count; s++)
            {
                var section = sections.Nth(s);
                var canvas = section.Locator("canvas[data-evidence-chart]");
                await Assertions.Expect(canvas).ToHaveAttributeAsync("role", "img");
                await Assertions.Expect(canvas).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("^Forest plot: estimat og 95 %-interval pr\\. metode\\. Tallene står i tabellen under\\."));
                var island = await PageData.IslandAsync(page, (await canvas.GetAttributeAsync("data-evidence-chart"))!);
                var labels = Strings(island, "labels");

                var table = section.Locator("> .table-wrap table");
                var caption = (await table.Locator("caption").InnerTextAsync()).Trim();
                Assert.False(string.IsNullOrWhiteSpace(caption));
                // The caption is the table's accessible name: a screen reader announces what the numbers are.
                await Assertions.Expect(section.GetByRole(AriaRole.Table, new() { Name = caption, Exact = true })).ToHaveCountAsync(1);
                var headers = await PageData.ColumnHeadersAsync(table);
                var (method, estimate, interval, verdict, meaning) = (PageData.Column(headers, "Metode"), PageData.Column(headers, "Estimat"),
                    PageData.Column(headers, "95 %-interval"), PageData.Column(headers, "Vurdering"), PageData.Column(headers, "Hvad betyder det?"));
                await Assertions.Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = "Vurdering" })).ToHaveCountAsync(1);
                var rows = await PageData.BodyRowsAsync(table);
                await Assertions.Expect(table.GetByRole(AriaRole.Rowheader)).ToHaveCountAsync(rows.Count);

                // The chart on screen shows exactly the methods with an interval, and the table has their numbers.
                var drawn = await PageData.DrawnChartAsync(page, canvas);
                Assert.True(drawn.Width > 0 && drawn.Height > 0 && drawn.PaintedPixels > 1000, $"{caption}: the forest plot was not drawn ({drawn})");
                Assert.Equal(labels, drawn.Labels);
                Assert.All(drawn.PointsPerDataset, n => Assert.Equal(labels.Count, n));
                // A row without an interval (too few to compute one) has nothing to draw; every other row is in the chart.
                var withInterval = rows.Where(r => r[interval] != "– – –").Select(r => r[method]).ToList();
                Assert.True(withInterval.SequenceEqual(labels), $"{caption}: table rows with an interval [{string.Join(" | ", withInterval)}], chart [{string.Join(" | ", labels)}]; rows: {string.Join(" / ", rows.Select(r => string.Join(";", r)))}");
                for (var i = 0; i < labels.Count; i++)
                {
                    var row = rows.Single(r => r[method] == labels[i]);
                    Assert.Equal(PageData.Number(Double(island, "estimates", i), 3, "da"), row[estimate]);
                    Assert.Equal($"{PageData.Number(Double(island, "low", i), 3, "da")} – {PageData.Number(Double(island, "high", i), 3, "da")}", row[interval]);
                }
                foreach (var row in rows)
                {
                    Assert.Contains(row[verdict], DanishVerdicts);
                    Assert.StartsWith(DanishExplanations[row[verdict]], row[meaning], StringComparison.Ordinal);
                    verdicts.Add(row[verdict]);
                }

                // The same comparison per target group sits in a closed disclosure; opened, it is a captioned table too.
                var details = section.Locator("details");
                if (await details.CountAsync() > 0)
                {
                    var groups = details.Locator("table");
                    await Assertions.Expect(groups).Not.ToBeVisibleAsync();
                    await details.Locator("summary").ClickAsync();
                    await Assertions.Expect(groups).ToBeVisibleAsync();
                    var groupCaption = (await groups.Locator("caption").InnerTextAsync()).Trim();
                    await Assertions.Expect(section.GetByRole(AriaRole.Table, new() { Name = groupCaption, Exact = true })).ToHaveCountAsync(1);
                    var groupHeaders = await PageData.ColumnHeadersAsync(groups);
                    var groupRows = await PageData.BodyRowsAsync(groups);
                    Assert.NotEmpty(groupRows);
                    Assert.All(groupRows, r => Assert.Contains(r[PageData.Column(groupHeaders, "Vurdering")], DanishVerdicts));
                    Assert.All(groupRows, r => Assert.Contains(rows, m => m[method] == r[PageData.Column(groupHeaders, "Metode")]));
                }
            }
            // On 15 years of history not every method can be "too few data".
            Assert.Contains(verdicts, v => v != "for få data");
            await BrowserFixture.ScreenshotAsync(page, "70-evidence-methods");
            Assert.True(errors.Count == 0, "script errors: " + string.Join("; ", errors));
        });
    }

    [BrowserFact]
    public async Task Providers_page_draws_a_funnel_plot_with_the_same_providers_and_numbers_as_its_table()
    {
        var page = await app.NewPageAsAsync(DemoUsers.Manager1);
        await BrowserFixture.RunAsync(page, async () =>
        {
            var response = await page.GotoAsync("/evidens/tilbud");
            Assert.Equal(200, response!.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tilbud sammenlignet", Level = 1 })).ToBeVisibleAsync();
            var canvas = page.Locator("canvas[data-evidence-chart='funnel']");
            await Assertions.Expect(canvas).ToHaveAttributeAsync("role", "img");
            await Assertions.Expect(canvas).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("^Tragtdiagram: "));
            var island = await PageData.IslandAsync(page, "funnel");

            var table = page.GetByRole(AriaRole.Table, new() { Name = "Tilbud efter justeret resultat (pseudonymiseret tilbuds-id)" });
            await Assertions.Expect(table).ToBeVisibleAsync();
            var headers = await PageData.ColumnHeadersAsync(table);
            var (provider, courses, raw, adjustedColumn, worse) = (PageData.Column(headers, "Tilbud"), PageData.Column(headers, "Antal forløb"), PageData.Column(headers, "Rå forskel"),
                PageData.Column(headers, "Justeret (krympet)"), PageData.Column(headers, "Tydeligt dårligere"));
            Assert.True(PageData.Column(headers, "95 %-interval") >= 0);
            var rows = await PageData.BodyRowsAsync(table);
            Assert.True(rows.Count >= 5, $"the demo municipality has several providers to compare, got {rows.Count}");
            // Pseudonymised ids only, never a provider's name.
            Assert.All(rows, r => Assert.Matches("^T\\d{5}$", r[provider]));

            var points = island.GetProperty("points").EnumerateArray().Select(p => (Flagged: false, P: p))
                .Concat(island.GetProperty("flagged").EnumerateArray().Select(p => (Flagged: true, P: p))).ToList();
            Assert.Equal(rows.Count, points.Count);
            foreach (var (flagged, p) in points)
            {
                var row = rows.Single(r => r[provider] == p.GetProperty("id").GetString());
                Assert.Equal(p.GetProperty("x").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), row[courses]);
                Assert.Equal(PageData.Number(p.GetProperty("y").GetDouble(), 3, "da"), row[raw]);
                // Not flagged is "Nej", or the balance gate's "usikker: …" where the provider's case mix could not be matched.
                Assert.True(flagged ? row[worse] == "Ja" : row[worse] == "Nej" || row[worse].StartsWith("usikker", StringComparison.Ordinal), row[worse]);
            }
            // Ordered by the adjusted result, lowest (worst) first, as the caption says.
            var adjusted = rows.Select(r => PageData.ParseNumber(r[adjustedColumn], "da")).ToList();
            Assert.Equal(adjusted.Order().ToList(), adjusted);

            var drawn = await PageData.DrawnChartAsync(page, canvas);
            Assert.True(drawn.PaintedPixels > 1000, $"the funnel plot was not drawn ({drawn})");
            Assert.Equal(island.GetProperty("points").GetArrayLength(), drawn.PointsPerDataset[0]);
            Assert.Equal(island.GetProperty("flagged").GetArrayLength(), drawn.PointsPerDataset[1]);
            Assert.True(drawn.PointsPerDataset.Skip(2).All(n => n > 1), "the confidence bands are drawn as lines");
            await BrowserFixture.ScreenshotAsync(page, "71-evidence-providers");
        });
    }

    [BrowserFact]
    public async Task Providers_are_flagged_exactly_by_the_margin_the_page_states()
    {
        var page = await app.NewPageAsAsync(DemoUsers.Manager1);
        await BrowserFixture.RunAsync(page, async () =>
        {
            await page.GotoAsync("/evidens/tilbud");
            var rule = await page.GetByText("Et tilbud markeres som tydeligt dårligere").InnerTextAsync();
            var margin = PageData.ParseNumber(System.Text.RegularExpressions.Regex.Match(rule, "mere end ([0-9,]+) funktionsniveau").Groups[1].Value, "da");
            var table = page.GetByRole(AriaRole.Table, new() { Name = "Tilbud efter justeret resultat (pseudonymiseret tilbuds-id)" });
            var headers = await PageData.ColumnHeadersAsync(table);
            var (interval, worse) = (PageData.Column(headers, "95 %-interval"), PageData.Column(headers, "Tydeligt dårligere"));
            foreach (var row in await PageData.BodyRowsAsync(table))
            {
                var high = PageData.ParseNumber(row[interval].Split(" – ")[1], "da");
                Assert.True((high < -margin) == (row[worse] == "Ja"), $"{row[0]}: interval {row[interval]}, margin {margin}, flagged '{row[worse]}'");
            }
        });
    }

    [BrowserFact]
    public async Task Stop_list_is_a_captioned_table_of_methods_without_a_detectable_effect_ranked_by_spend()
    {
        var page = await app.NewPageAsAsync(DemoUsers.Manager1);
        await BrowserFixture.RunAsync(page, async () =>
        {
            var response = await page.GotoAsync("/evidens/stopliste");
            Assert.Equal(200, response!.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Stopliste", Level = 1 })).ToBeVisibleAsync();
            var table = page.GetByRole(AriaRole.Table, new() { Name = "Stopliste efter samlet udgift" });
            await Assertions.Expect(table).ToBeVisibleAsync();
            var headers = await PageData.ColumnHeadersAsync(table);
            var (kind, name, total, interval, courses, why) = (PageData.Column(headers, "Art"), PageData.Column(headers, "Navn"), PageData.Column(headers, "Samlet udgift"),
                PageData.Column(headers, "95 %-interval"), PageData.Column(headers, "Antal forløb"), PageData.Column(headers, "Hvorfor"));
            var rows = await PageData.BodyRowsAsync(table);
            Assert.NotEmpty(rows);
            await Assertions.Expect(table.GetByRole(AriaRole.Rowheader)).ToHaveCountAsync(rows.Count);

            var spend = new List<double>();
            foreach (var row in rows)
            {
                Assert.Contains(row[kind], new[] { "Metode", "Indsatstype" });
                Assert.EndsWith(" kr.", row[total], StringComparison.Ordinal);
                spend.Add(PageData.ParseNumber(row[total], "da"));
                // "No effect distinguishable from zero": its own interval, or the one against similar citizens where the
                // page shows that comparison, holds 0; "enough data": at least 30 courses.
                var compared = headers.IndexOf("Sammenlignet med lignende borgere");
                Assert.True(HoldsZero(row[interval]) || (compared >= 0 && row[compared] != "–" && HoldsZero(row[compared].Split('(', ')')[1])),
                    $"{row[name]}: interval {row[interval]} excludes 0" + (compared >= 0 ? $", and so does the comparison {row[compared]}" : ""));
                Assert.True(int.Parse(row[courses], System.Globalization.CultureInfo.InvariantCulture) >= 30, $"{row[name]}: only {row[courses]} courses");
                Assert.False(string.IsNullOrWhiteSpace(row[why]));
            }
            Assert.Equal(spend.OrderDescending().ToList(), spend);
            await BrowserFixture.ScreenshotAsync(page, "72-evidence-stop-list");
        });
    }

    /// <summary>Whether a printed Danish interval "low – high" holds zero.</summary>
    private static bool HoldsZero(string interval)
    {
        var bounds = interval.Split(" – ");
        return bounds.Length == 2 && bounds.All(b => b != "–")
            && PageData.ParseNumber(bounds[0], "da") <= 0 && PageData.ParseNumber(bounds[1], "da") >= 0;
    }

    private static List<string> Strings(JsonElement island, string name) =>
        [.. island.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];

    private static double Double(JsonElement island, string name, int index) => island.GetProperty(name)[index].GetDouble();
}
