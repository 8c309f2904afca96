using System.Text.Json;

namespace Mestring.Web.Pages.Ui;

/// <summary>
/// Chart data for wwwroot/js/charts.js, written into a &lt;script type="application/json"&gt; data island
/// (the content security policy allows no inline script). The same numbers are always shown in a table too.
/// </summary>
public static class ChartJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>Serialises for embedding in HTML: '&lt;' and friends are escaped by the default encoder.</summary>
    public static string Serialize(object value) => JsonSerializer.Serialize(value, Options);
}

/// <summary>One goal's progression: function level per assessment and the citizen's own rating over time.</summary>
public sealed record ProgressChart(
    string Kind,
    IReadOnlyList<string> Labels,
    IReadOnlyList<int?> Levels,
    IReadOnlyList<int?> Ratings,
    int Target,
    string LevelLabel,
    string RatingLabel,
    string TargetLabel,
    IReadOnlyList<string> LevelNames);

/// <summary>A bar chart: one or two series over categories (null = suppressed, shown as a gap).</summary>
public sealed record BarChart(
    string Kind,
    IReadOnlyList<string> Labels,
    string SeriesLabel,
    IReadOnlyList<decimal?> Values,
    string? Series2Label = null,
    IReadOnlyList<decimal?>? Values2 = null);
