using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace Mestring.Browser.Tests;

/// <summary>What a chart canvas holds after Chart.js has drawn it.</summary>
/// <param name="Labels">The chart's category labels (empty for a scatter chart).</param>
/// <param name="PointsPerDataset">How many drawn elements each dataset has.</param>
/// <param name="PaintedPixels">Non-transparent pixels on the canvas: 0 means nothing was drawn.</param>
internal sealed record DrawnChart(int Width, int Height, IReadOnlyList<string> Labels, IReadOnlyList<int> PointsPerDataset, int PaintedPixels);

/// <summary>Reads tables, chart data islands and drawn charts out of a page, for comparing the chart with its table.</summary>
internal static class PageData
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>The visible text of every body cell, row by row (header cells included, in column order).</summary>
    public static async Task<List<List<string>>> BodyRowsAsync(ILocator table)
    {
        var json = await table.EvaluateAsync<string>(
            "t => JSON.stringify([...t.tBodies].flatMap(b => [...b.rows]).map(r => [...r.cells].map(c => c.innerText.replace(/\\s+/g, ' ').trim())))");
        return JsonSerializer.Deserialize<List<List<string>>>(json, Web)!;
    }

    /// <summary>The text of the table's column headers.</summary>
    public static async Task<List<string>> ColumnHeadersAsync(ILocator table)
    {
        var json = await table.EvaluateAsync<string>(
            "t => JSON.stringify([...t.querySelectorAll('thead th')].map(c => c.innerText.replace(/\\s+/g, ' ').trim()))");
        return JsonSerializer.Deserialize<List<string>>(json, Web)!;
    }

    /// <summary>The JSON data island (script type=application/json) with the given id, as the page ships it to the chart.</summary>
    public static async Task<JsonElement> IslandAsync(IPage page, string id)
    {
        var text = await page.Locator($"script[type='application/json'][id='{id}']").TextContentAsync();
        return JsonDocument.Parse(text!).RootElement.Clone();
    }

    /// <summary>
    /// Waits until Chart.js has a chart on the canvas with at least one drawn element, then reports what it drew.
    /// Fails (Playwright timeout) when the chart never appears, e.g. because a script was blocked or threw.
    /// </summary>
    public static async Task<DrawnChart> DrawnChartAsync(IPage page, ILocator canvas)
    {
        var handle = await canvas.ElementHandleAsync();
        await page.WaitForFunctionAsync(
            "c => window.Chart && Chart.getChart(c) && Chart.getChart(c).data.datasets.some((d, i) => Chart.getChart(c).getDatasetMeta(i).data.length > 0)",
            handle, new() { Timeout = 15_000 });
        var json = await handle.EvaluateAsync<string>("""
            c => {
                const chart = Chart.getChart(c);
                const pixels = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                let painted = 0;
                for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) painted++; }
                return JSON.stringify({
                    width: c.width, height: c.height,
                    labels: (chart.data.labels || []).map(String),
                    pointsPerDataset: chart.data.datasets.map((d, i) => chart.getDatasetMeta(i).data.length),
                    paintedPixels: painted
                });
            }
            """);
        return JsonSerializer.Deserialize<DrawnChart>(json, Web)!;
    }

    /// <summary>A number as the pages print it (EvidensView.N): fixed decimals in the given UI culture.</summary>
    public static string Number(double value, int decimals, string culture) =>
        value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.GetCultureInfo(culture));

    /// <summary>Parses a number as a page printed it in the given culture ("23.740.549 kr.", "-0,011").</summary>
    public static double ParseNumber(string text, string culture) =>
        double.Parse(text.Replace("kr.", "", StringComparison.Ordinal).Replace("%", "", StringComparison.Ordinal).Trim(),
            NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.GetCultureInfo(culture));

    /// <summary>The index of a column by its header text; fails when the page no longer has that column.</summary>
    public static int Column(List<string> headers, string header)
    {
        var index = headers.IndexOf(header);
        Assert.True(index >= 0, $"no column '{header}' in [{string.Join(" | ", headers)}]");
        return index;
    }
}
