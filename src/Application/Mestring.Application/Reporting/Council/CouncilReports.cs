using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Mestring.Data.Tenancy;
using Mestring.Domain.Reporting;

namespace Mestring.Application.Reporting.Council;

/// <summary>
/// The council report: aggregates (spending and citizens by legal basis and year first) from the registered
/// <see cref="IAggregateSource"/>s, stored as a <see cref="ReportRecord"/> (inputs, data stamp, engine version, who, when,
/// figures hash) so that <see cref="ReproduceAsync"/> can make it again and say whether the figures are the same. Making,
/// reading and reproducing a report are audited as exports of aggregates.
/// </summary>
public sealed class CouncilReports(MestringDbContext db, AuditTrail audit, TimeProvider clock, IEnumerable<IAggregateSource> sources, IAuditActor actor)
{
    public const string Kind = "council";
    public const string EngineVersion = "mestring-reporting/1.0.0";
    public const string AuditResource = "council-report";

    /// <summary>For a job outside dependency injection (the CLI), audited as <paramref name="actor"/>.</summary>
    public static CouncilReports ForJob(MestringDbContext db, TimeProvider clock, IAuditActor actor) =>
        new(db, new AuditTrail(db, actor, new SystemTenantContext(), clock), clock, [new SpendingByLegalBasis(db)], actor);

    public async Task<Result<CouncilReport>> CreateAsync(Guid municipalityId, CouncilReportRequest request, CancellationToken ct)
    {
        var thisYear = clock.GetUtcNow().Year;
        var to = request.ToYear ?? thisYear;
        var from = request.FromYear ?? to - 4;
        if (to is < 1990 or > 2200)
        {
            return Error.Invalid("toYear", "must be a year between 1990 and 2200");
        }
        if (from < 1990 || from > to || to - from > 50)
        {
            return Error.Invalid("fromYear", "must be a year not after toYear and at most 50 years before it");
        }
        var inputs = new CouncilReportInputs(from, to, [.. sources.Select(s => s.Name).Order(StringComparer.Ordinal)]);
        var (tables, stamp) = await RunAsync(municipalityId, inputs, ct);
        var record = new ReportRecord(municipalityId, Kind, JsonSerializer.Serialize(inputs, CouncilReportJson.Default.CouncilReportInputs), stamp,
            Hash(tables), Figures(tables), EngineVersion, actor.UserName, clock.GetUtcNow());
        db.ReportRecords.Add(record);
        audit.Add("export", AuditResource, reason: $"council report {record.Id:D} made", municipalityId: municipalityId);
        await db.SaveChangesAsync(ct);
        return ToReport(record, inputs, tables);
    }

    public async Task<Result<CouncilReport>> GetAsync(Guid id, CancellationToken ct)
    {
        var record = await db.ReportRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (record is null)
        {
            return Error.NotFound("report");
        }
        var tables = JsonSerializer.Deserialize(record.FiguresJson, CouncilReportJson.Default.IReadOnlyListAggregateTable) ?? [];
        audit.Add("export", AuditResource, reason: $"council report {record.Id:D} read", municipalityId: record.MunicipalityId);
        await db.SaveChangesAsync(ct);
        return ToReport(record, Inputs(record), tables);
    }

    public async Task<IReadOnlyList<CouncilReport>> ListAsync(CancellationToken ct)
    {
        var records = await db.ReportRecords.AsNoTracking().Where(r => r.Kind == Kind).OrderByDescending(r => r.MadeAt).Take(50).ToListAsync(ct);
        return [.. records.Select(r => ToReport(r, Inputs(r), []))];
    }

    /// <summary>Makes the report again from its record; same figures means the same figures hash.</summary>
    public async Task<Result<ReproducedReport>> ReproduceAsync(Guid id, CancellationToken ct)
    {
        var record = await db.ReportRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (record is null)
        {
            return Error.NotFound("report");
        }
        var inputs = Inputs(record);
        var unknown = inputs.Sources.Except(sources.Select(s => s.Name), StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            return Error.Conflict("report.source-missing", $"the report used sources this version does not have: {string.Join(", ", unknown)}");
        }
        var (tables, stamp) = await RunAsync(record.MunicipalityId, inputs, ct);
        var hash = Hash(tables);
        audit.Add("export", AuditResource, reason: $"council report {record.Id:D} reproduced", municipalityId: record.MunicipalityId);
        await db.SaveChangesAsync(ct);
        var original = ToReport(record, inputs, JsonSerializer.Deserialize(record.FiguresJson, CouncilReportJson.Default.IReadOnlyListAggregateTable) ?? []);
        var again = original with
        {
            DataStamp = stamp, EngineVersion = EngineVersion, MadeBy = actor.UserName, MadeAt = clock.GetUtcNow(), FiguresHash = hash, Tables = tables,
        };
        return new ReproducedReport(original, again, hash == record.FiguresHash, stamp == record.DataStamp);
    }

    private async Task<(IReadOnlyList<AggregateTable> Tables, string Stamp)> RunAsync(Guid municipalityId, CouncilReportInputs inputs, CancellationToken ct)
    {
        var tables = new List<AggregateTable>();
        var stamps = new List<string>();
        foreach (var source in sources.Where(s => inputs.Sources.Contains(s.Name, StringComparer.Ordinal)).OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            tables.Add(await source.QueryAsync(municipalityId, inputs.FromYear, inputs.ToYear, ct));
            stamps.Add($"{source.Name}:{await source.StampAsync(municipalityId, ct)}");
        }
        return (tables, string.Join(" | ", stamps));
    }

    private static CouncilReportInputs Inputs(ReportRecord r) =>
        JsonSerializer.Deserialize(r.InputsJson, CouncilReportJson.Default.CouncilReportInputs) ?? throw new InvalidOperationException("Report inputs are unreadable.");

    private static CouncilReport ToReport(ReportRecord r, CouncilReportInputs inputs, IReadOnlyList<AggregateTable> tables) =>
        new(r.Id, r.Kind, inputs, r.DataStamp, r.EngineVersion, r.MadeBy, r.MadeAt, r.FiguresHash, tables);

    private static string Figures(IReadOnlyList<AggregateTable> tables) => JsonSerializer.Serialize(tables, CouncilReportJson.Default.IReadOnlyListAggregateTable);

    /// <summary>SHA-256 of the figures as canonical JSON (invariant numbers, fixed order).</summary>
    public static string Hash(IReadOnlyList<AggregateTable> tables) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Figures(tables))));
}
