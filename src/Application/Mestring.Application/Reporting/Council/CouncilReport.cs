using System.Text.Json.Serialization;

namespace Mestring.Application.Reporting.Council;

/// <summary>What the council report is asked for: a span of years (default: the last five up to this year).</summary>
public sealed record CouncilReportRequest(int? FromYear = null, int? ToYear = null);

/// <summary>The inputs stored in the report record, exactly as the figures were made from them.</summary>
public sealed record CouncilReportInputs(int FromYear, int ToYear, IReadOnlyList<string> Sources);

/// <summary>A report with its record: inputs, data stamp, engine version, who made it and when, and its figures.</summary>
public sealed record CouncilReport(Guid Id, string Kind, CouncilReportInputs Inputs, string DataStamp, string EngineVersion, string MadeBy,
    DateTimeOffset MadeAt, string FiguresHash, IReadOnlyList<AggregateTable> Tables);

/// <summary>A report made again from its record: the new figures, and whether they and the data equal the original's.</summary>
public sealed record ReproducedReport(CouncilReport Original, CouncilReport Reproduced, bool SameFigures, bool SameData);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = false)]
[JsonSerializable(typeof(CouncilReportInputs))]
[JsonSerializable(typeof(IReadOnlyList<AggregateTable>))]
internal sealed partial class CouncilReportJson : JsonSerializerContext;
