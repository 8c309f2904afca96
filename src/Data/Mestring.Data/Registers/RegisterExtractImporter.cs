using System.Data.Common;
using System.Diagnostics;
using Mestring.Data.Auditing;
using Mestring.Domain.Audit;
using Mestring.Domain.Common;
using Mestring.Domain.Interventions;
using Mestring.Domain.Organisation;
using Mestring.Domain.Plans;
using Mestring.Registers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using DomainOwnership = Mestring.Domain.Providers.Ownership;
using DomainUnit = Mestring.Domain.Interventions.ServiceUnit;

namespace Mestring.Data.Registers;

/// <summary>What one file's import did.</summary>
/// <param name="File">The file name, e.g. <c>persons.csv</c>.</param>
/// <param name="Rows">Rows read.</param>
/// <param name="Changed">Rows inserted or changed (0 on a re-import of the same rows).</param>
/// <param name="Elapsed">Wall time for the file, parsing included.</param>
public sealed record RegisterFileReport(string File, long Rows, long Changed, TimeSpan Elapsed)
{
    /// <summary>Rows per second.</summary>
    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? Rows / Elapsed.TotalSeconds : 0;
}

/// <summary>A file that could not be loaded for another reason than a bad row (e.g. a database error); rolled back.</summary>
public sealed class RegisterImportException(string file, Exception inner)
    : Exception($"{file}: not imported (rolled back): {inner.Message}", inner)
{
    public string File { get; } = file;
}

/// <summary>Progress inside a file: rows done so far.</summary>
public sealed record RegisterImportProgress(string File, long Rows);

/// <summary>
/// Loads register-extract rows into one municipality (docs/register-extract.md, "Import into the database"). Each file
/// is one transaction: rows stream from the reader (or the generator) into the database without the EF change tracker
/// (PostgreSQL: binary COPY into a staging table, then INSERT … ON CONFLICT; SQLite: one prepared upsert bound per
/// row), and one audit entry (action <c>import</c>, resource = file name) is written for the file. A bad row throws
/// <see cref="RegisterFormatException"/> and the file's transaction is rolled back: nothing of it is kept. Rows are
/// upserted by their natural key and only rewritten when a value differs, so re-importing a folder changes nothing.
/// </summary>
public sealed class RegisterExtractImporter
{
    private const int ProgressEvery = 65_536;
    private readonly MestringDbContext _db;
    private readonly TimeProvider _clock;
    private readonly IAuditActor _actor;
    private Dictionary<string, Guid>? _citizens;
    private Dictionary<string, Guid>? _providers;

    public RegisterExtractImporter(MestringDbContext db, Guid municipalityId, TimeProvider clock, IAuditActor actor)
    {
        _db = db;
        _clock = clock;
        _actor = actor;
        MunicipalityId = municipalityId;
        db.BulkLoading = true;
    }

    public Guid MunicipalityId { get; }

    /// <summary>Reported while a file loads (every 65,536 rows and at its end).</summary>
    public IProgress<RegisterImportProgress>? Progress { get; init; }

    /// <summary>'Today' for the reader's future-date checks and for the status of imported services.</summary>
    public DateOnly Today => DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);

    /// <summary>
    /// The municipality with this code, created (named <paramref name="name"/>) if it does not exist yet.
    /// </summary>
    public static async Task<Municipality> ResolveMunicipalityAsync(MestringDbContext db, string code, string name, CancellationToken ct = default)
    {
        var existing = await db.Municipalities.SingleOrDefaultAsync(m => m.Code == code, ct);
        if (existing is not null)
        {
            return existing;
        }
        var municipality = new Municipality(code, name);
        db.Municipalities.Add(municipality);
        await db.SaveChangesAsync(ct);
        return municipality;
    }

    /// <summary>
    /// Imports the files of a folder in <see cref="RegisterExtractFolder.LoadOrder"/>, skipping absent ones. Stops at
    /// the first bad file (its <see cref="RegisterFormatException"/> propagates; files before it stay imported).
    /// </summary>
    public IReadOnlyList<RegisterFileReport> ImportFolder(string directory, Action<RegisterFileReport>? onFile = null)
    {
        var reports = new List<RegisterFileReport>();
        foreach (var name in RegisterExtractFolder.LoadOrder)
        {
            var path = Path.Combine(directory, name);
            if (!File.Exists(path))
            {
                continue;
            }
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            var report = ImportFile(name, stream);
            reports.Add(report);
            onFile?.Invoke(report);
        }
        return reports;
    }

    /// <summary>Imports one file (by its register-extract name) from UTF-8 bytes, streaming, in one transaction.</summary>
    public RegisterFileReport ImportFile(string fileName, Stream utf8)
    {
        var reader = new RegisterReader(new RegisterReaderOptions
        {
            Today = Today,
            IsKnownPerson = id => Citizens.ContainsKey(id),
            IsKnownProvider = id => Providers.ContainsKey(id),
        });
        return fileName switch
        {
            RegisterExtractFolder.Persons => ImportPersons(reader.ReadPersons(utf8)),
            RegisterExtractFolder.HouseholdYears => ImportHouseholdYears(reader.ReadHouseholdYears(utf8)),
            RegisterExtractFolder.PersonYears => ImportPersonYears(reader.ReadPersonYears(utf8)),
            RegisterExtractFolder.Providers => ImportProviders(reader.ReadProviders(utf8)),
            RegisterExtractFolder.Services => ImportServices(reader.ReadServices(utf8)),
            RegisterExtractFolder.Events => ImportEvents(reader.ReadEvents(utf8)),
            RegisterExtractFolder.Assessments => ImportAssessments(reader.ReadAssessments(utf8)),
            _ => throw new ArgumentException($"'{fileName}' is not a register-extract file.", nameof(fileName)),
        };
    }

    /// <summary>Imports already typed rows (e.g. from the generator) through the same bulk path, file by file.</summary>
    public IReadOnlyList<RegisterFileReport> ImportRows(RegisterExtractRows rows, Action<RegisterFileReport>? onFile = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var reports = new List<RegisterFileReport>();
        void Add(RegisterFileReport r)
        {
            reports.Add(r);
            onFile?.Invoke(r);
        }
        Add(ImportPersons(rows.Persons));
        Add(ImportHouseholdYears(rows.HouseholdYears));
        Add(ImportPersonYears(rows.PersonYears));
        Add(ImportProviders(rows.Providers));
        Add(ImportServices(rows.Services));
        Add(ImportEvents(rows.Events));
        Add(ImportAssessments(rows.Assessments));
        return reports;
    }

    // ---- files -------------------------------------------------------------------------------------------------

    public RegisterFileReport ImportPersons(IEnumerable<PersonRow> rows)
    {
        var report = Load(RegisterExtractFolder.Persons, rows, RegisterTables.Citizens, (in PersonRow r, object?[] v) =>
        {
            v[0] = Citizens.TryGetValue(r.PersonId, out var id) ? id : Guid.CreateVersion7();
            v[1] = MunicipalityId;
            v[2] = r.PersonId;
            v[3] = r.BirthDate;
            v[4] = Codes.Of(r.Sex);
            v[5] = r.DeathDate;
            v[6] = r.Area;
            v[7] = r.MotherId;
            v[8] = r.FatherId;
            v[9] = r.Cpr;
        }, after: [RegisterTables.ResolveParents, RegisterTables.StoreCpr]);
        _citizens = null;
        _lastCitizen = null;
        return report;
    }

    public RegisterFileReport ImportHouseholdYears(IEnumerable<HouseholdYearRow> rows) =>
        Load(RegisterExtractFolder.HouseholdYears, rows, RegisterTables.HouseholdYears, (in HouseholdYearRow r, object?[] v) =>
        {
            v[0] = CitizenOf(r.PersonId);
            v[1] = r.Year;
            v[2] = MunicipalityId;
            v[3] = r.HouseholdId;
            v[4] = r.Area;
        }, directWhenEmpty: true);

    public RegisterFileReport ImportPersonYears(IEnumerable<PersonYearRow> rows) =>
        Load(RegisterExtractFolder.PersonYears, rows, RegisterTables.PersonYears, (in PersonYearRow r, object?[] v) =>
        {
            v[0] = CitizenOf(r.PersonId);
            v[1] = r.Year;
            v[2] = MunicipalityId;
            v[3] = r.IncomeDkk;
            v[4] = r.EducationIsced;
            v[5] = r.Benefit is { } b ? Codes.Of(b) : null;
        }, directWhenEmpty: true);

    public RegisterFileReport ImportProviders(IEnumerable<ProviderRow> rows)
    {
        var report = Load(RegisterExtractFolder.Providers, rows, RegisterTables.Providers, (in ProviderRow r, object?[] v) =>
        {
            v[0] = Providers.TryGetValue(r.ProviderId, out var id) ? id : Guid.CreateVersion7();
            v[1] = MunicipalityId;
            v[2] = r.ProviderId;
            v[3] = r.Name;
            v[4] = r.Cvr;
            v[5] = (r.Ownership switch
            {
                Ownership.Public => DomainOwnership.Public,
                Ownership.Private => DomainOwnership.Private,
                _ => DomainOwnership.SelfGoverning,
            }).ToString();
            v[6] = r.TilbudType;
            v[7] = r.Capacity ?? 0;
            v[8] = r.SpecialisationLevel ?? 1;
            v[9] = r.Capacity is null;
            v[10] = r.SpecialisationLevel is null;
            v[11] = r.OwnerId;
            v[12] = r.LeaderId;
            var s = r.Supervision;
            v[13] = s.EducationAndEmployment;
            v[14] = s.IndependenceAndRelations;
            v[15] = s.TargetGroupMethodsAndResults;
            v[16] = s.HealthAndWellbeing;
            v[17] = s.OrganisationAndManagement;
            v[18] = s.Competences;
            v[19] = s.PhysicalSetting;
            v[20] = r.Quarantined;
        });
        _providers = null;
        return report;
    }

    public RegisterFileReport ImportServices(IEnumerable<ServiceRow> rows)
    {
        var today = Today;
        return Load(RegisterExtractFolder.Services, rows, RegisterTables.Interventions, (in ServiceRow r, object?[] v) =>
        {
            var citizen = CitizenOf(r.PersonId);
            var provider = ProviderOf(r.ProviderId);
            var unit = r.Unit switch
            {
                Mestring.Registers.ServiceUnit.Day => DomainUnit.Day,
                Mestring.Registers.ServiceUnit.Hour => DomainUnit.Hour,
                Mestring.Registers.ServiceUnit.Week => DomainUnit.Week,
                _ => DomainUnit.Month,
            };
            var sector = SectorOf(r.LegalBasis);
            // The domain's own mapping of a delivered register service (status by today, ordered by "register" on the
            // start day). The register's texts (legal_basis, method) are stored as given so that an export repeats them.
            Guid id;
            InterventionStatus status;
            DateTimeOffset orderedAt;
            try
            {
                var intervention = Intervention.FromRegister(
                    MunicipalityId, citizen, r.ServiceId,
                    new InterventionOrder(r.FfbServiceCode, r.LegalBasis, sector, provider, r.Method, r.UnitsPerWeek ?? 0, unit, r.UnitPriceDkk ?? 0, r.StartDate, r.EndDate, []),
                    today, r.FfbTargetGroupCode, r.SpecialisationLevel, r.UnitsPerWeek is null, r.UnitPriceDkk is null);
                id = intervention.Id;
                status = intervention.Status;
                orderedAt = intervention.OrderedAt;
            }
            catch (ValidationException)
            {
                // A law the operational domain does not know (e.g. a new act): same mapping, without its validation.
                id = Guid.CreateVersion7();
                status = r.EndDate is { } end && end < today ? InterventionStatus.Ended : InterventionStatus.Active;
                orderedAt = new DateTimeOffset(r.StartDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            }
            v[0] = id;
            v[1] = MunicipalityId;
            v[2] = citizen;
            v[3] = r.ServiceId;
            v[4] = r.FfbServiceCode;
            v[5] = r.LegalBasis;
            v[6] = sector.ToString();
            v[7] = provider;
            v[8] = r.Method;
            v[9] = r.UnitsPerWeek ?? 0m;
            v[10] = unit.ToString();
            v[11] = r.UnitPriceDkk ?? 0m;
            v[12] = r.StartDate;
            v[13] = r.EndDate;
            v[14] = Array.Empty<Guid>();
            v[15] = status.ToString();
            v[16] = "register";
            v[17] = orderedAt;
            v[18] = r.FfbTargetGroupCode;
            v[19] = r.SpecialisationLevel;
            v[20] = r.UnitsPerWeek is null;
            v[21] = r.UnitPriceDkk is null;
        });
    }

    public RegisterFileReport ImportEvents(IEnumerable<EventRow> rows) =>
        Load(RegisterExtractFolder.Events, rows, RegisterTables.Events, (in EventRow r, object?[] v) =>
        {
            v[0] = MunicipalityId;
            v[1] = CitizenOf(r.PersonId);
            v[2] = r.Date;
            v[3] = r.Type;
            v[4] = r.Quantity;
            v[5] = r.ProviderId is { } p ? ProviderOf(p) : null;
        }, directWhenEmpty: true);

    public RegisterFileReport ImportAssessments(IEnumerable<AssessmentRow> rows)
    {
        // Rows are grouped into one assessment per (person, date): an existing one (operational or imported) or a new
        // one created from the staging table before the items are merged.
        var assessments = LoadAssessmentIds();
        return Load(RegisterExtractFolder.Assessments, rows, RegisterTables.AssessmentItems, (in AssessmentRow r, object?[] v) =>
        {
            var citizen = CitizenOf(r.PersonId);
            var isNew = false;
            if (!assessments.TryGetValue((citizen, r.Date), out var id))
            {
                id = Guid.CreateVersion7();
                assessments.Add((citizen, r.Date), id);
                isNew = true;
            }
            v[0] = id;
            v[1] = r.FfbConditionCode;
            v[2] = r.FunctionLevel;
            v[3] = r.SupportNeed;
            v[4] = isNew;
            v[5] = citizen;
            v[6] = r.Date;
        }, before: [RegisterTables.CreateAssessments]);
    }

    // ---- the one transaction per file --------------------------------------------------------------------------

    private delegate void Fill<TRow>(in TRow row, object?[] values);

    private RegisterFileReport Load<TRow>(
        string file, IEnumerable<TRow> rows, BulkTable table, Fill<TRow> fill,
        IReadOnlyList<Func<bool, string>>? before = null, IReadOnlyList<Func<bool, string>>? after = null, bool directWhenEmpty = false)
    {
        var watch = Stopwatch.StartNew();
        // Load the id maps before the transaction: nothing else may run on the connection during a COPY.
        _ = Citizens;
        _ = Providers;
        _db.Database.OpenConnection();
        try
        {
            using var transaction = _db.Database.BeginTransaction();
            var connection = _db.Database.GetDbConnection();
            var dbTransaction = transaction.GetDbTransaction();
            long count = 0, changed;
            try
            {
                using (var sink = BulkSink.Create(connection, dbTransaction, table, MunicipalityId, "stage_" + Path.GetFileNameWithoutExtension(file), directWhenEmpty))
                {
                    void Write(object?[] values)
                    {
                        sink.Write(values);
                        if (++count % ProgressEvery == 0)
                        {
                            Progress?.Report(new RegisterImportProgress(file, count));
                        }
                    }
                    if (sink is PostgresSink)
                    {
                        // COPY: parsing on one thread, encoding and sending on this one (the two overlap on two cores).
                        RowPipeline.Run(rows, (in TRow row, object?[] values) => fill(row, values), table.ValueCount, Write);
                    }
                    else
                    {
                        var values = new object?[table.ValueCount];
                        foreach (var row in rows)
                        {
                            fill(row, values);
                            Write(values);
                        }
                    }
                    changed = sink.Complete(before, after);
                }
                _db.AuditEntries.Add(new AuditEntry(
                    MunicipalityId, _clock.GetUtcNow(), _actor.UserId, _actor.UserName, _actor.Role, "import", file, null,
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count} rows, {changed} inserted or changed"), breakTheGlass: false));
                _db.SaveChanges();
                transaction.Commit();
            }
            catch (Exception e)
            {
                _db.ChangeTracker.Clear();
                transaction.Rollback();
                if (e is RegisterFormatException or OperationCanceledException)
                {
                    throw;
                }
                throw new RegisterImportException(file, e);
            }
            Progress?.Report(new RegisterImportProgress(file, count));
            return new RegisterFileReport(file, count, changed, watch.Elapsed);
        }
        finally
        {
            _db.Database.CloseConnection();
        }
    }

    // ---- id maps -----------------------------------------------------------------------------------------------

    private Dictionary<string, Guid> Citizens => _citizens ??= LoadIds("SELECT \"PersonId\", \"Id\" FROM citizens WHERE \"MunicipalityId\" = @m");

    private Dictionary<string, Guid> Providers => _providers ??= LoadIds("SELECT \"ExternalId\", \"Id\" FROM providers WHERE \"MunicipalityId\" = @m");

    private Guid CitizenOf(string personId)
    {
        // Consecutive rows of one person come as the same string instance from the reader: reuse the last lookup.
        var last = _lastCitizen;
        if (last is not null && ReferenceEquals(last.PersonId, personId))
        {
            return last.Id;
        }
        var id = Citizens.TryGetValue(personId, out var found) ? found
            : throw new InvalidOperationException($"unknown person_id '{personId}' (not in persons.csv or the database)");
        _lastCitizen = new LastCitizen(personId, id);
        return id;
    }

    // Read and written by the parsing thread only (one file at a time); a record so the pair is replaced atomically.
    private sealed record LastCitizen(string PersonId, Guid Id);

    private LastCitizen? _lastCitizen;

    private Guid ProviderOf(string providerId) =>
        Providers.TryGetValue(providerId, out var id) ? id : throw new InvalidOperationException($"unknown provider_id '{providerId}' (not in providers.csv or the database)");

    private Dictionary<string, Guid> LoadIds(string sql)
    {
        _db.Database.OpenConnection();
        try
        {
            using var command = DbValues.Command(_db.Database.GetDbConnection(), _db.Database.CurrentTransaction?.GetDbTransaction(), sql, MunicipalityId);
            using var reader = command.ExecuteReader();
            var map = new Dictionary<string, Guid>(StringComparer.Ordinal);
            while (reader.Read())
            {
                if (!reader.IsDBNull(0))
                {
                    map[reader.GetString(0)] = DbValues.Guid(reader, 1);
                }
            }
            return map;
        }
        finally
        {
            _db.Database.CloseConnection();
        }
    }

    private Dictionary<(Guid Citizen, DateOnly Date), Guid> LoadAssessmentIds()
    {
        _db.Database.OpenConnection();
        try
        {
            using var command = DbValues.Command(_db.Database.GetDbConnection(), null,
                "SELECT \"CitizenId\", \"Date\", \"Id\" FROM assessments WHERE \"MunicipalityId\" = @m ORDER BY \"Id\"", MunicipalityId);
            using var reader = command.ExecuteReader();
            var map = new Dictionary<(Guid, DateOnly), Guid>();
            while (reader.Read())
            {
                map.TryAdd((DbValues.Guid(reader, 0), DbValues.Date(reader, 1)), DbValues.Guid(reader, 2));
            }
            return map;
        }
        finally
        {
            _db.Database.CloseConnection();
        }
    }

    /// <summary>Barnets Lov → children, Serviceloven → social, employment and health acts by their law.</summary>
    public static Sector SectorOf(string legalBasis)
    {
        var dash = legalBasis.IndexOf('-', StringComparison.Ordinal);
        var law = dash < 0 ? legalBasis : legalBasis[..dash];
        return law switch
        {
            "BL" => Sector.Children,
            "LAB" or "LAS" or "AKL" => Sector.Employment,
            "SUL" => Sector.Health,
            _ => Sector.Social,
        };
    }
}

/// <summary>The upsert targets of the seven files and their follow-up statements.</summary>
internal static class RegisterTables
{
    private static BulkColumn C(string name, ColumnKind kind) => new(name, kind);

    /// <summary>persons.csv → citizens, key (municipality, person_id). Parents are resolved once the whole file is in.</summary>
    public static readonly BulkTable Citizens = new(
        "citizens",
        [C("Id", ColumnKind.Uuid), C("MunicipalityId", ColumnKind.Uuid), C("PersonId", ColumnKind.Text), C("BirthDate", ColumnKind.Date),
         C("Sex", ColumnKind.Text), C("DeathDate", ColumnKind.Date), C("Area", ColumnKind.Text)],
        ["MunicipalityId", "PersonId"],
        ["BirthDate", "Sex", "DeathDate", "Area"],
        [C("mother_pid", ColumnKind.Text), C("father_pid", ColumnKind.Text), C("cpr", ColumnKind.Text)]);

    public static string ResolveParents(bool postgres)
    {
        var distinct = postgres ? "IS DISTINCT FROM" : "IS NOT";
        return "UPDATE citizens AS c SET \"MotherId\" = m.\"Id\", \"FatherId\" = f.\"Id\" FROM {stage} AS s " +
               "LEFT JOIN citizens AS m ON m.\"MunicipalityId\" = @m AND m.\"PersonId\" = s.mother_pid " +
               "LEFT JOIN citizens AS f ON f.\"MunicipalityId\" = @m AND f.\"PersonId\" = s.father_pid " +
               "WHERE c.\"MunicipalityId\" = @m AND c.\"PersonId\" = s.\"PersonId\" " +
               $"AND (c.\"MotherId\" {distinct} m.\"Id\" OR c.\"FatherId\" {distinct} f.\"Id\")";
    }

    /// <summary>
    /// persons.csv's optional cpr column (validated by the reader) → citizens.Cpr, only where the file gives one: a file
    /// without CPR never erases one stored operationally, and the register export never writes it.
    /// </summary>
    public static string StoreCpr(bool postgres)
    {
        var distinct = postgres ? "IS DISTINCT FROM" : "IS NOT";
        return "UPDATE citizens AS c SET \"Cpr\" = s.cpr FROM {stage} AS s " +
               $"WHERE c.\"MunicipalityId\" = @m AND c.\"PersonId\" = s.\"PersonId\" AND s.cpr IS NOT NULL AND c.\"Cpr\" {distinct} s.cpr";
    }

    /// <summary>household_years.csv → household_years, key (citizen, year).</summary>
    public static readonly BulkTable HouseholdYears = new(
        "household_years",
        [C("CitizenId", ColumnKind.Uuid), C("Year", ColumnKind.Int), C("MunicipalityId", ColumnKind.Uuid), C("HouseholdId", ColumnKind.Text), C("Area", ColumnKind.Text)],
        ["CitizenId", "Year"],
        ["HouseholdId", "Area"]);

    /// <summary>person_years.csv → person_years, key (citizen, year).</summary>
    public static readonly BulkTable PersonYears = new(
        "person_years",
        [C("CitizenId", ColumnKind.Uuid), C("Year", ColumnKind.Int), C("MunicipalityId", ColumnKind.Uuid), C("IncomeDkk", ColumnKind.Numeric),
         C("EducationIsced", ColumnKind.Int), C("Benefit", ColumnKind.Text)],
        ["CitizenId", "Year"],
        ["IncomeDkk", "EducationIsced", "Benefit"]);

    /// <summary>providers.csv → providers, key (municipality, provider_id).</summary>
    public static readonly BulkTable Providers = new(
        "providers",
        [C("Id", ColumnKind.Uuid), C("MunicipalityId", ColumnKind.Uuid), C("ExternalId", ColumnKind.Text), C("Name", ColumnKind.Text),
         C("Cvr", ColumnKind.Text), C("Ownership", ColumnKind.Text), C("OfferType", ColumnKind.Text), C("Capacity", ColumnKind.Int),
         C("SpecialisationLevel", ColumnKind.Int), C("CapacityUnknown", ColumnKind.Bool), C("SpecialisationLevelUnknown", ColumnKind.Bool),
         C("OwnerId", ColumnKind.Text), C("LeaderId", ColumnKind.Text),
         C("SupervisionEducationEmployment", ColumnKind.Int), C("SupervisionIndependenceRelations", ColumnKind.Int),
         C("SupervisionTargetGroupMethodsResults", ColumnKind.Int), C("SupervisionHealthWellbeing", ColumnKind.Int),
         C("SupervisionOrganisationManagement", ColumnKind.Int), C("SupervisionCompetences", ColumnKind.Int),
         C("SupervisionPhysicalSetting", ColumnKind.Int), C("Quarantined", ColumnKind.Bool)],
        ["MunicipalityId", "ExternalId"],
        ["Name", "Cvr", "Ownership", "OfferType", "Capacity", "SpecialisationLevel", "CapacityUnknown", "SpecialisationLevelUnknown",
         "OwnerId", "LeaderId", "SupervisionEducationEmployment", "SupervisionIndependenceRelations", "SupervisionTargetGroupMethodsResults",
         "SupervisionHealthWellbeing", "SupervisionOrganisationManagement", "SupervisionCompetences", "SupervisionPhysicalSetting", "Quarantined"]);

    /// <summary>services.csv → interventions (Intervention.FromRegister), key (municipality, service_id = ExternalId).</summary>
    public static readonly BulkTable Interventions = new(
        "interventions",
        [C("Id", ColumnKind.Uuid), C("MunicipalityId", ColumnKind.Uuid), C("CitizenId", ColumnKind.Uuid), C("ExternalId", ColumnKind.Text),
         C("ServiceCode", ColumnKind.Text), C("LegalBasis", ColumnKind.Text), C("Sector", ColumnKind.Text), C("ProviderId", ColumnKind.Uuid),
         C("Method", ColumnKind.Text), C("UnitsPerWeek", ColumnKind.Numeric), C("Unit", ColumnKind.Text), C("UnitPrice", ColumnKind.Numeric),
         C("Start", ColumnKind.Date), C("End", ColumnKind.Date), C("GoalIds", ColumnKind.EmptyUuidList), C("Status", ColumnKind.Text),
         C("OrderedBy", ColumnKind.Text), C("OrderedAt", ColumnKind.Timestamp), C("TargetGroupCode", ColumnKind.Text),
         C("SpecialisationLevel", ColumnKind.Int), C("UnitsPerWeekUnknown", ColumnKind.Bool), C("UnitPriceUnknown", ColumnKind.Bool)],
        ["MunicipalityId", "ExternalId"],
        ["CitizenId", "ServiceCode", "LegalBasis", "Sector", "ProviderId", "Method", "UnitsPerWeek", "Unit", "UnitPrice", "Start", "End",
         "Status", "OrderedAt", "TargetGroupCode", "SpecialisationLevel", "UnitsPerWeekUnknown", "UnitPriceUnknown"]);

    /// <summary>events.csv → events, key (municipality, citizen, date, type).</summary>
    public static readonly BulkTable Events = new(
        "events",
        [C("MunicipalityId", ColumnKind.Uuid), C("CitizenId", ColumnKind.Uuid), C("Date", ColumnKind.Date), C("Type", ColumnKind.Text),
         C("Quantity", ColumnKind.Numeric), C("ProviderId", ColumnKind.Uuid)],
        ["MunicipalityId", "CitizenId", "Date", "Type"],
        ["Quantity", "ProviderId"]);

    /// <summary>assessments.csv → assessment_items, key (assessment, condition); the assessment is (citizen, date).</summary>
    public static readonly BulkTable AssessmentItems = new(
        "assessment_items",
        [C("AssessmentId", ColumnKind.Uuid), C("ConditionCode", ColumnKind.Text), C("FunctionLevel", ColumnKind.Int), C("SupportNeed", ColumnKind.Int)],
        ["AssessmentId", "ConditionCode"],
        ["FunctionLevel", "SupportNeed"],
        [C("new_assessment", ColumnKind.Bool), C("citizen_id", ColumnKind.Uuid), C("assessment_date", ColumnKind.Date)]);

    public static string CreateAssessments(bool postgres) =>
        "INSERT INTO assessments (\"Id\", \"MunicipalityId\", \"CitizenId\", \"Date\", \"AssessedBy\") " +
        "SELECT DISTINCT \"AssessmentId\", @m, citizen_id, assessment_date, 'register' FROM {stage} WHERE new_assessment" + (postgres ? "" : " = 1");
}
