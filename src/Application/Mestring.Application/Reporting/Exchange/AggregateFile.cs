using System.Text.Json.Serialization;

namespace Mestring.Application.Reporting.Exchange;

/// <summary>
/// The inter-municipal aggregate file (docs/aggregate-exchange.md, format <c>mestring-aggregates</c> version 1): counts and
/// sums only, at the granularity of legal basis × year, small cells suppressed by the sender (null, <c>suppressed</c> true).
/// </summary>
public sealed record AggregateFile(string Format, int Version, string Municipality, DateTimeOffset GeneratedAt, int SuppressBelow,
    IReadOnlyList<AggregateMeasure> Measures)
{
    public const string FormatName = "mestring-aggregates";
    public const int CurrentVersion = 1;
}

/// <summary>One measure (e.g. <c>spending-by-legal-basis</c>) and its cells.</summary>
public sealed record AggregateMeasure(string Measure, IReadOnlyList<AggregateFileCell> Cells);

/// <summary>A cell: citizens (count of persons) and spending (DKK, rounded to whole kroner), both null when suppressed.</summary>
public sealed record AggregateFileCell(string LegalBasis, int Year, int? Citizens, decimal? Spending, bool Suppressed);

/// <summary>What an import stored.</summary>
public sealed record AggregateImportSummary(string Municipality, int Cells, int Suppressed, IReadOnlyList<string> Measures);

/// <summary>Own municipality against the others' aggregates, per legal basis and year.</summary>
public sealed record AggregateComparisonRow(string LegalBasis, int Year, int? OwnCitizens, decimal? OwnSpending, decimal? OwnSpendingPerCitizen,
    int OtherMunicipalities, int? OthersCitizens, decimal? OthersSpending, decimal? OthersSpendingPerCitizen);

public sealed record AggregateComparison(string Measure, string Municipality, IReadOnlyList<string> Others, IReadOnlyList<AggregateComparisonRow> Rows);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(AggregateFile))]
public sealed partial class AggregateExchangeJson : JsonSerializerContext;
