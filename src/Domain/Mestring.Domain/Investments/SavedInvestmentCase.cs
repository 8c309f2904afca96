using Mestring.Domain.Common;

namespace Mestring.Domain.Investments;

/// <summary>
/// A social investment case as it was shown: the input JSON, the engine version, the Monte Carlo draws and
/// seed, and the result JSON the engine produced. Re-running the input with the same engine version, draws
/// and seed reproduces every figure. Holds aggregates only (no personal data), owned by the municipality.
/// </summary>
public sealed class SavedInvestmentCase : TenantEntity
{
    public const int NameMaxLength = 200;

    private SavedInvestmentCase() { }

    public SavedInvestmentCase(
        Guid municipalityId,
        string name,
        string inputJson,
        string engineVersion,
        int draws,
        long seed,
        string resultJson,
        InvestmentSummary summary,
        string createdBy,
        DateTimeOffset createdAt)
    {
        if (draws < 0)
        {
            throw ValidationException.For("draws", "must not be negative");
        }
        MunicipalityId = municipalityId;
        Name = Guard.NotBlank(name, "name", NameMaxLength);
        InputJson = Guard.NotBlank(inputJson, "inputJson", 1_000_000);
        EngineVersion = Guard.NotBlank(engineVersion, "engineVersion", 64);
        Draws = draws;
        Seed = seed;
        ResultJson = Guard.NotBlank(resultJson, "resultJson", 10_000_000);
        Npv = summary.Npv;
        Bcr = summary.Bcr;
        BreakEvenYear = summary.BreakEvenYear;
        CreatedBy = Guard.NotBlank(createdBy, "createdBy", 256);
        CreatedAt = createdAt;
    }

    public string Name { get; private set; } = "";
    /// <summary>The case exactly as evaluated (spec JSON).</summary>
    public string InputJson { get; private set; } = "";
    /// <summary>The engine that produced <see cref="ResultJson"/> (e.g. mestring-economics/1.0.0).</summary>
    public string EngineVersion { get; private set; } = "";
    /// <summary>Monte Carlo draws (0 = none).</summary>
    public int Draws { get; private set; }
    public long Seed { get; private set; }
    /// <summary>The result JSON as the engine wrote it.</summary>
    public string ResultJson { get; private set; } = "";
    /// <summary>Copied from the result for lists.</summary>
    public double Npv { get; private set; }
    public double? Bcr { get; private set; }
    public int? BreakEvenYear { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
}

/// <summary>The headline figures of a result, kept beside the JSON so that lists need not parse it.</summary>
public sealed record InvestmentSummary(double Npv, double? Bcr, int? BreakEvenYear);
