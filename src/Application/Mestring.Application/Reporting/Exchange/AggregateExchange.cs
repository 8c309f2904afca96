using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mestring.Application.Reporting.Council;
using Mestring.Data.Tenancy;
using Mestring.Domain.Reporting;

namespace Mestring.Application.Reporting.Exchange;

/// <summary>
/// The shared, anonymised aggregate exchange between municipalities: export the own aggregates (suppressed as on every
/// aggregate page), import another municipality's file (checked: format, version, no unsuppressed small cell, no negative
/// figure), and compare the own municipality with the others. Exports and imports are audited.
/// </summary>
public sealed partial class AggregateExchange(MestringDbContext db, AuditTrail audit, TimeProvider clock)
{
    public const string AuditResource = "aggregate-exchange";
    private const long MaxFileBytes = 10_000_000;

    public static AggregateExchange ForJob(MestringDbContext db, TimeProvider clock, IAuditActor actor) =>
        new(db, new AuditTrail(db, actor, new SystemTenantContext(), clock), clock);

    [GeneratedRegex("^[0-9A-Za-z-]{1,16}$")]
    private static partial Regex MunicipalityCode();

    public async Task<Result<AggregateFile>> ExportAsync(Guid municipalityId, int? fromYear, int? toYear, CancellationToken ct)
    {
        var municipality = await db.Municipalities.AsNoTracking().FirstOrDefaultAsync(m => m.Id == municipalityId, ct);
        if (municipality is null)
        {
            return Error.NotFound("municipality");
        }
        var now = clock.GetUtcNow();
        var to = toYear ?? now.Year;
        var from = fromYear ?? to - 9;
        if (from > to || to - from > 50 || from < 1990)
        {
            return Error.Invalid("fromYear", "must be a year not after toYear and at most 50 years before it");
        }
        var table = await new SpendingByLegalBasis(db).QueryAsync(municipalityId, from, to, ct);
        var file = new AggregateFile(AggregateFile.FormatName, AggregateFile.CurrentVersion, municipality.Code,
            new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero), Suppression.Below,
            [new AggregateMeasure(table.Source, [.. table.Cells.Select(c => new AggregateFileCell(c.Group, c.Year, c.Citizens, c.Spending, c.Suppressed))])]);
        audit.Add("export", AuditResource, reason: $"aggregates {from}-{to}", municipalityId: municipalityId);
        await db.SaveChangesAsync(ct);
        return file;
    }

    public async Task<Result<AggregateImportSummary>> ImportAsync(Guid municipalityId, Stream json, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await json.CopyToAsync(buffer, ct);
        if (buffer.Length > MaxFileBytes)
        {
            return Error.Invalid("file", "is larger than 10 MB");
        }
        AggregateFile? file;
        try
        {
            file = JsonSerializer.Deserialize(buffer.ToArray(), AggregateExchangeJson.Default.AggregateFile);
        }
        catch (JsonException e)
        {
            // The serializer's message names .NET types; say only where in the file it went wrong.
            return Error.Invalid("file", $"is not an aggregate file: unreadable value at {e.Path ?? "$"} (line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1})");
        }
        if (Check(file) is { } invalid)
        {
            return invalid;
        }
        var own = await db.Municipalities.AsNoTracking().FirstOrDefaultAsync(m => m.Id == municipalityId, ct);
        if (own is null)
        {
            return Error.NotFound("municipality");
        }
        if (string.Equals(own.Code, file!.Municipality, StringComparison.OrdinalIgnoreCase))
        {
            return Error.Invalid("municipality", "is the own municipality; import other municipalities' files");
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
        var now = clock.GetUtcNow();
        foreach (var measure in file.Measures)
        {
            await db.ImportedAggregates.Where(a => a.MunicipalityId == municipalityId && a.SourceMunicipality == file.Municipality && a.Measure == measure.Measure)
                .ExecuteDeleteAsync(ct);
            db.ImportedAggregates.AddRange(measure.Cells.Select(c =>
                new ImportedAggregate(municipalityId, file.Municipality, measure.Measure, c.LegalBasis, c.Year, c.Citizens, c.Spending, now, hash)));
        }
        var cells = file.Measures.Sum(m => m.Cells.Count);
        audit.Add("import", AuditResource, reason: $"aggregates of municipality {file.Municipality}: {cells} cells", municipalityId: municipalityId);
        await db.SaveChangesAsync(ct);
        return new AggregateImportSummary(file.Municipality, cells, file.Measures.Sum(m => m.Cells.Count(c => c.Suppressed)), [.. file.Measures.Select(m => m.Measure)]);
    }

    private static Error? Check(AggregateFile? file)
    {
        if (file is null || file.Format != AggregateFile.FormatName)
        {
            return Error.Invalid("format", $"must be '{AggregateFile.FormatName}'");
        }
        if (file.Version != AggregateFile.CurrentVersion)
        {
            return Error.Invalid("version", $"version {file.Version} is not supported (this version reads {AggregateFile.CurrentVersion})");
        }
        if (file.Municipality is null || !MunicipalityCode().IsMatch(file.Municipality))
        {
            return Error.Invalid("municipality", "must be a municipality code");
        }
        if (file.SuppressBelow < Suppression.Below)
        {
            return Error.Invalid("suppressBelow", $"must be at least {Suppression.Below}");
        }
        foreach (var cell in (file.Measures ?? []).SelectMany(m => m.Cells ?? []))
        {
            if (cell.Citizens is > 0 and var n && n < file.SuppressBelow)
            {
                return Error.Invalid("cells", $"a cell of {cell.LegalBasis} {cell.Year} has fewer than {file.SuppressBelow} citizens and is not suppressed");
            }
            if (cell.Suppressed != (cell.Citizens is null) || cell.Citizens < 0 || cell.Spending < 0 || string.IsNullOrWhiteSpace(cell.LegalBasis)
                || cell.Year is < 1900 or > 2200)
            {
                return Error.Invalid("cells", $"the cell {cell.LegalBasis} {cell.Year} is not a valid aggregate cell");
            }
        }
        return (file.Measures?.Count ?? 0) == 0 ? Error.Invalid("measures", "must hold at least one measure") : null;
    }
}
