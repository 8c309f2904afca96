using Mestring.Domain.Common;

namespace Mestring.Domain.Reporting;

/// <summary>
/// One cell of another municipality's aggregate file (docs/aggregate-exchange.md): a measure by legal basis and year with
/// its citizen count and spending, each null when the sender suppressed it. Counts and sums only, never persons.
/// </summary>
public sealed class ImportedAggregate : TenantEntity
{
    private ImportedAggregate() { }

    public ImportedAggregate(Guid municipalityId, string sourceMunicipality, string measure, string legalBasis, int year, int? citizens,
        decimal? spending, DateTimeOffset importedAt, string fileHash)
    {
        MunicipalityId = municipalityId;
        SourceMunicipality = Guard.NotBlank(sourceMunicipality, "municipality", 16);
        Measure = Guard.NotBlank(measure, "measure", 64);
        LegalBasis = Guard.NotBlank(legalBasis, "legalBasis", 64);
        Year = year is >= 1900 and <= 2200 ? year : throw ValidationException.For("year", "must be a year");
        Citizens = citizens is null or >= 0 ? citizens : throw ValidationException.For("citizens", "must not be negative");
        Spending = spending is null or >= 0 ? spending : throw ValidationException.For("spending", "must not be negative");
        ImportedAt = importedAt;
        FileHash = Guard.NotBlank(fileHash, "fileHash", 128);
    }

    public string SourceMunicipality { get; private set; } = "";
    public string Measure { get; private set; } = "";
    public string LegalBasis { get; private set; } = "";
    public int Year { get; private set; }
    public int? Citizens { get; private set; }
    public decimal? Spending { get; private set; }
    public DateTimeOffset ImportedAt { get; private set; }
    public string FileHash { get; private set; } = "";
}
