using Mestring.Domain.Common;

namespace Mestring.Domain.Reporting;

/// <summary>
/// A report as it was made: its kind, its inputs (JSON), the data stamp it was made on (last change time, row counts and
/// a hash of the rows it read), the engine version, the hash of its figures, and who made it when. Reproducing it runs the
/// same kind with the same inputs; equal figures give the same hash. Aggregates only, owned by the municipality.
/// </summary>
public sealed class ReportRecord : TenantEntity
{
    private ReportRecord() { }

    public ReportRecord(Guid municipalityId, string kind, string inputsJson, string dataStamp, string figuresHash, string figuresJson, string engineVersion,
        string madeBy, DateTimeOffset madeAt)
    {
        MunicipalityId = municipalityId;
        Kind = Guard.NotBlank(kind, "kind", 64);
        InputsJson = Guard.NotBlank(inputsJson, "inputs", 10_000);
        DataStamp = Guard.NotBlank(dataStamp, "dataStamp", 2_000);
        FiguresHash = Guard.NotBlank(figuresHash, "figuresHash", 128);
        FiguresJson = Guard.NotBlank(figuresJson, "figuresJson", 10_000_000);
        EngineVersion = Guard.NotBlank(engineVersion, "engineVersion", 64);
        MadeBy = Guard.NotBlank(madeBy, "madeBy", 256);
        MadeAt = madeAt;
    }

    public string Kind { get; private set; } = "";
    public string InputsJson { get; private set; } = "";
    public string DataStamp { get; private set; } = "";
    public string FiguresHash { get; private set; } = "";

    /// <summary>The figures as made (canonical JSON): what the report showed, whatever the data are later.</summary>
    public string FiguresJson { get; private set; } = "";
    public string EngineVersion { get; private set; } = "";
    public string MadeBy { get; private set; } = "";
    public DateTimeOffset MadeAt { get; private set; }
}
