using System.Diagnostics;
using Mestring.Data.Tenancy;
using Mestring.Domain.Organisation;
using Mestring.Fhir;

namespace Mestring.Application.Reporting;

/// <summary>What to export: where, from which day, for which municipality, and the municipality's STS organisation id.</summary>
public sealed record FfbExportRequest(string OutDirectory, DateOnly? Since, Guid MunicipalityId, string? StsOrganisationId, DateOnly? Until = null);

/// <summary>One day's delivery as written.</summary>
public sealed record FfbDayReport(DateOnly Day, int Bundles, int Resources, int Withdrawn, int SkippedWithoutCpr, int Invalid, IReadOnlyList<FfbLoggedIssue> Issues, TimeSpan Elapsed,
    IReadOnlyList<TimeSpan> Phases);

/// <summary>The export: the deliveries written (one per day), how long it took, and whether the STS id was a stand-in.</summary>
public sealed record FfbExportReport(IReadOnlyList<FfbDayReport> Days, TimeSpan Elapsed, bool StsOrganisationIsStandIn);

/// <summary>
/// National reporting of FFB data to KL Gateway (KLFFBReporting): for each day from <c>since</c> (or from the delivery
/// log, or — the very first time — today with everyone's current picture) to today, one delivery-report bundle per
/// citizen whose data changed that day, written as <c>DIR/{day}_{citizen}.json</c>; each bundle is checked against the
/// guide's rules, the delivery log records what was sent and what the check said, and the export is audited (one entry
/// per citizen whose data left).
/// </summary>
public sealed class FfbExport(MestringDbContext db, AuditTrail audit, TimeProvider clock)
{
    public const string AuditResource = "fhir-ffb-delivery";
    private const int Batch = 500;

    /// <summary>For a job outside dependency injection (the CLI): audited as <paramref name="actor"/>.</summary>
    public FfbExport(MestringDbContext db, TimeProvider clock, IAuditActor actor)
        : this(db, new AuditTrail(db, actor, new SystemTenantContext(), clock), clock)
    {
        Actor = actor;
    }

    private IAuditActor Actor { get; } = new SystemActor();

    public async Task<Result<FfbExportReport>> ExportAsync(FfbExportRequest request, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var municipality = await db.Municipalities.AsNoTracking().FirstOrDefaultAsync(m => m.Id == request.MunicipalityId, ct);
        if (municipality is null)
        {
            return Error.NotFound("municipality");
        }
        var sts = request.StsOrganisationId?.Trim();
        if (sts is not null && !Guid.TryParse(sts, out _))
        {
            return Error.Invalid("stsOrganisation", "must be the KOMBIT STS organisation id (a UUID)");
        }
        var exact = clock.GetUtcNow();
        var now = new DateTimeOffset(exact.Ticks - exact.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero); // FHIR instants to the second
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (request.Since is { } since && since > today)
        {
            return Error.Invalid("since", "must not be in the future");
        }
        var until = request.Until is { } u && u < today ? u : today;
        if (request.Since is { } first && first > until)
        {
            return Error.Invalid("until", "must not be before since");
        }
        Directory.CreateDirectory(request.OutDirectory);
        var log = FfbDeliveryLog.Read(request.OutDirectory);
        var standIn = sts is null;
        sts ??= FhirIds.V5(FhirIds.Namespace, $"sts-organisation:{municipality.Code}").ToString("D");
        var providers = await db.Providers.AsNoTracking().Where(p => p.MunicipalityId == municipality.Id).ToDictionaryAsync(p => p.Id, ct);
        var loader = new FfbRecordLoader(db, municipality.Id, providers);
        var days = new List<FfbDayReport>();

        // The first delivery ever (no --since, no log) is the current picture of everyone; later ones go day by day.
        var from = request.Since ?? (log.Count == 0 ? (DateOnly?)null : NextDay(log[^1]));
        if (from is null)
        {
            var everyone = await FfbChangedCitizens.AllAsync(db, municipality.Id, ct);
            days.Add(await DeliverAsync(request.OutDirectory, municipality, sts, today, now, everyone, loader, ct));
        }
        else
        {
            var changed = await FfbChangedCitizens.ByDayAsync(db, municipality.Id, from.Value, until, ct);
            for (var day = from.Value; day <= until; day = day.AddDays(1))
            {
                days.Add(await DeliverAsync(request.OutDirectory, municipality, sts, day, now, changed.GetValueOrDefault(day) ?? [], loader, ct));
            }
        }
        return new FfbExportReport(days, watch.Elapsed, standIn);
    }

    /// <summary>A day delivered while it was still going on is delivered again (the same ids: an update); a finished one is not.</summary>
    private static DateOnly NextDay(FfbDeliveryLogEntry last) =>
        DateOnly.FromDateTime(last.MadeAt.UtcDateTime) <= last.Day ? last.Day : last.Day.AddDays(1);

    private async Task<FfbDayReport> DeliverAsync(string dir, Municipality municipality, string sts, DateOnly day, DateTimeOffset now,
        IReadOnlyCollection<Guid> citizens, FfbRecordLoader loader, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var delivery = new FfbDelivery(day, now, sts);
        int bundles = 0, resources = 0, withdrawn = 0, skipped = 0, invalid = 0;
        var issues = new List<FfbLoggedIssue>();
        var sent = new List<Guid>();
        var phases = new Stopwatch[4]; // load, build, write, check
        for (var p = 0; p < phases.Length; p++)
        {
            phases[p] = new Stopwatch();
        }
        foreach (var chunk in citizens.Order().Chunk(Batch))
        {
            phases[0].Start();
            var records = await loader.LoadAsync(chunk, ct);
            phases[0].Stop();
            foreach (var record in records)
            {
                if (string.IsNullOrEmpty(record.Citizen.Cpr))
                {
                    skipped++;
                    continue;
                }
                phases[1].Start();
                var bundle = DeliveryReportBuilder.Build(record, delivery);
                phases[1].Stop();
                if (bundle is null)
                {
                    continue;
                }
                var file = $"{day:yyyy-MM-dd}_{FhirIds.For("citizen", record.Citizen.Id)}.json";
                phases[2].Start();
                await File.WriteAllTextAsync(Path.Combine(dir, file), FhirJson.Serialize(bundle), ct);
                phases[2].Stop();
                bundles++;
                resources += bundle.Entry.Count;
                withdrawn += record.Interventions.Count(i => i.Status == InterventionStatus.Cancelled);
                phases[3].Start();
                var found = FfbRules.Check(bundle);
                phases[3].Stop();
                if (found.Count > 0)
                {
                    invalid++;
                    issues.AddRange(found.Select(i => new FfbLoggedIssue(file, i.Rule, i.Location, i.Message)));
                }
                sent.Add(record.Citizen.Id);
            }
        }
        var report = new FfbDayReport(day, bundles, resources, withdrawn, skipped, invalid, issues, watch.Elapsed,
            [.. phases.Select(p => p.Elapsed)]);
        FfbDeliveryLog.Append(dir, new FfbDeliveryLogEntry(day, now, Actor.UserName, municipality.Code, bundles, resources, withdrawn, skipped,
            bundles - invalid, invalid, issues));
        audit.AddEach("export", AuditResource, sent, municipality.Id);
        audit.Add("export", AuditResource, reason: string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"FFB delivery {day:yyyy-MM-dd}: {bundles} bundles, {invalid} with validation issues"), municipalityId: municipality.Id);
        await db.SaveChangesAsync(ct);
        return report;
    }
}
