using Mestring.Data.Tenancy;
using Mestring.Domain.Organisation;
using Mestring.Registers;
using DomainOwnership = Mestring.Domain.Providers.Ownership;
using DomainUnit = Mestring.Domain.Interventions.ServiceUnit;

namespace Mestring.Application.Registers;

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
    private readonly MestringDbContext _db;
    private readonly AuditTrail _audit;
    private readonly TimeProvider _clock;
    private readonly RegisterTables _tables;
    private readonly RegisterIdMaps _ids;

    public RegisterExtractImporter(MestringDbContext db, AuditTrail audit, Guid municipalityId, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
        _audit = audit;
        _clock = clock;
        MunicipalityId = municipalityId;
        _tables = new RegisterTables(db.Model);
        _ids = new RegisterIdMaps(db, _tables, municipalityId);
    }

    /// <summary>For a job outside dependency injection (the CLI, the demo): audited as <paramref name="actor"/>, as the system.</summary>
    public RegisterExtractImporter(MestringDbContext db, Guid municipalityId, TimeProvider clock, IAuditActor actor)
        : this(db, new AuditTrail(db, actor, new SystemTenantContext(), clock), municipalityId, clock)
    {
    }

    public Guid MunicipalityId { get; }

    /// <summary>Reported while a file loads (every 65,536 rows and at its end).</summary>
    public IProgress<RegisterImportProgress>? Progress { get; init; }

    /// <summary>'Today' for the reader's future-date checks and for the status of imported services.</summary>
    public DateOnly Today => DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);

    /// <summary>
    /// Imports the files of a folder in <see cref="RegisterExtractFolder.LoadOrder"/>, all or nothing: every required
    /// file must be there (a missing one is a <see cref="RegisterFormatException"/> naming it, before anything is read),
    /// and the files load in one transaction, so a bad row in a later file leaves nothing of the folder behind.
    /// <paramref name="onFile"/> reports each file as it is loaded (not yet committed).
    /// </summary>
    public IReadOnlyList<RegisterFileReport> ImportFolder(string directory, Action<RegisterFileReport>? onFile = null)
    {
        var missing = RegisterExtractFolder.LoadOrder.Where(name => !File.Exists(Path.Combine(directory, name))).ToList();
        if (missing.Count > 0)
        {
            throw new RegisterFormatException(new RegisterError(missing[0], 0, null,
                "the required file is missing from the folder" + (missing.Count > 1 ? $" (also missing: {string.Join(", ", missing.Skip(1))})" : ""))
            { Kind = RegisterErrorKind.MissingFile });
        }
        var reports = new List<RegisterFileReport>();
        _db.Database.OpenConnection();
        try
        {
            using var transaction = _db.Database.BeginTransaction();
            try
            {
                foreach (var name in RegisterExtractFolder.LoadOrder)
                {
                    using var stream = new FileStream(Path.Combine(directory, name), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
                    var report = ImportFile(name, stream);
                    reports.Add(report);
                    onFile?.Invoke(report);
                }
                transaction.Commit();
            }
            catch
            {
                _db.ChangeTracker.Clear();
                transaction.Rollback();
                _ids.ForgetCitizens();
                _ids.ForgetProviders();
                throw;
            }
        }
        finally
        {
            _db.Database.CloseConnection();
        }
        return reports;
    }

    /// <summary>Imports one file (by its register-extract name) from UTF-8 bytes, streaming, in one transaction.</summary>
    public RegisterFileReport ImportFile(string fileName, Stream utf8)
    {
        var reader = new RegisterReader(new RegisterReaderOptions
        {
            Today = Today,
            IsKnownPerson = id => _ids.Citizens.ContainsKey(id),
            IsKnownProvider = id => _ids.Providers.ContainsKey(id),
            IsKnownService = id => _ids.Services.ContainsKey(id),
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
            RegisterExtractFolder.SupervisionAssessments => ImportSupervisionAssessments(reader.ReadSupervisionAssessments(utf8)),
            RegisterExtractFolder.Invoices => ImportInvoices(reader.ReadInvoices(utf8)),
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
        if (rows.SupervisionAssessments is { } supervision)
        {
            Add(ImportSupervisionAssessments(supervision));
        }
        if (rows.Invoices is { } invoices)
        {
            Add(ImportInvoices(invoices));
        }
        return reports;
    }

    // ---- files -------------------------------------------------------------------------------------------------

    public RegisterFileReport ImportPersons(IEnumerable<PersonRow> rows)
    {
        var report = Load(RegisterExtractFolder.Persons, rows, _tables.Citizens, (in PersonRow r, object?[] v) =>
        {
            v[0] = _ids.Citizens.TryGetValue(r.PersonId, out var id) ? id : Guid.CreateVersion7();
            v[1] = MunicipalityId;
            v[2] = r.PersonId;
            v[3] = r.BirthDate;
            v[4] = Codes.Of(r.Sex);
            v[5] = r.DeathDate;
            v[6] = r.Area;
            v[7] = r.MotherId;
            v[8] = r.FatherId;
            v[9] = r.Cpr;
        }, after: [_tables.ResolveParents, _tables.StoreCpr]);
        _ids.ForgetCitizens();
        return report;
    }

    public RegisterFileReport ImportHouseholdYears(IEnumerable<HouseholdYearRow> rows) =>
        Load(RegisterExtractFolder.HouseholdYears, rows, _tables.HouseholdYears, (in HouseholdYearRow r, object?[] v) =>
        {
            v[0] = _ids.CitizenOf(r.PersonId);
            v[1] = r.Year;
            v[2] = MunicipalityId;
            v[3] = r.HouseholdId;
            v[4] = r.Area;
        }, directWhenEmpty: true);

    public RegisterFileReport ImportPersonYears(IEnumerable<PersonYearRow> rows) =>
        Load(RegisterExtractFolder.PersonYears, rows, _tables.PersonYears, (in PersonYearRow r, object?[] v) =>
        {
            v[0] = _ids.CitizenOf(r.PersonId);
            v[1] = r.Year;
            v[2] = MunicipalityId;
            v[3] = r.IncomeDkk;
            v[4] = r.EducationIsced;
            v[5] = r.Benefit is { } b ? Codes.Of(b) : null;
        }, directWhenEmpty: true);

    public RegisterFileReport ImportProviders(IEnumerable<ProviderRow> rows)
    {
        var report = Load(RegisterExtractFolder.Providers, rows, _tables.Providers, (in ProviderRow r, object?[] v) =>
        {
            v[0] = _ids.Providers.TryGetValue(r.ProviderId, out var id) ? id : Guid.CreateVersion7();
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
            v[13] = r.Quarantined;
            ProviderScoreStatements.Fill(r.Supervision, v, 14);
        }, after: [_tables.ProviderScores.RemoveChanged, _tables.ProviderScores.InsertMissing]);
        _ids.ForgetProviders();
        return report;
    }

    public RegisterFileReport ImportServices(IEnumerable<ServiceRow> rows)
    {
        var today = Today;
        _ids.ForgetServices();
        return Load(RegisterExtractFolder.Services, rows, _tables.Interventions, (in ServiceRow r, object?[] v) =>
        {
            var citizen = _ids.CitizenOf(r.PersonId);
            var provider = _ids.ProviderOf(r.ProviderId);
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
        Load(RegisterExtractFolder.Events, rows, _tables.Events, (in EventRow r, object?[] v) =>
        {
            v[0] = MunicipalityId;
            v[1] = _ids.CitizenOf(r.PersonId);
            v[2] = r.Date;
            v[3] = r.Type;
            v[4] = r.Quantity;
            v[5] = r.ProviderId is { } p ? _ids.ProviderOf(p) : null;
        }, directWhenEmpty: true);

    public RegisterFileReport ImportAssessments(IEnumerable<AssessmentRow> rows)
    {
        // Rows are grouped into one assessment per (person, date): an existing one (operational or imported) or a new
        // one created from the staging table before the items are merged.
        var assessments = _ids.Assessments();
        return Load(RegisterExtractFolder.Assessments, rows, _tables.AssessmentItems, (in AssessmentRow r, object?[] v) =>
        {
            var citizen = _ids.CitizenOf(r.PersonId);
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
        }, before: [_tables.CreateAssessments]);
    }

    public RegisterFileReport ImportSupervisionAssessments(IEnumerable<SupervisionAssessmentRow> rows) =>
        Load(RegisterExtractFolder.SupervisionAssessments, rows, _tables.SupervisionScores, (in SupervisionAssessmentRow r, object?[] v) =>
        {
            v[0] = MunicipalityId;
            v[1] = _ids.ProviderOf(r.ProviderId);
            v[2] = r.Date;
            v[3] = r.Theme;
            v[4] = r.Score;
            v[5] = false;
        }, directWhenEmpty: true);

    public RegisterFileReport ImportInvoices(IEnumerable<InvoiceRow> rows)
    {
        // The service ids are read here (not for every file): nothing else may run on the connection during a COPY.
        _ = _ids.Services;
        return Load(RegisterExtractFolder.Invoices, rows, _tables.Invoices, (in InvoiceRow r, object?[] v) =>
        {
            v[0] = MunicipalityId;
            v[1] = r.InvoiceId;
            v[2] = _ids.ProviderOf(r.ProviderId);
            v[3] = _ids.CitizenOf(r.PersonId);
            v[4] = r.ServiceId is { } s ? _ids.ServiceOf(s) : null;
            v[5] = r.PeriodStart;
            v[6] = r.PeriodEnd;
            v[7] = Codes.Of(r.Unit);
            v[8] = r.Units;
            v[9] = r.AmountDkk;
            v[10] = r.InvoiceDate;
        }, directWhenEmpty: true);
    }

    // ---- the one transaction per file --------------------------------------------------------------------------

    private RegisterFileReport Load<TRow>(
        string file, IEnumerable<TRow> rows, Data.Bulk.BulkTable table, Data.Bulk.RowFill<TRow> fill,
        IReadOnlyList<Func<bool, string>>? before = null, IReadOnlyList<Func<bool, string>>? after = null, bool directWhenEmpty = false)
    {
        // Load the id maps before the transaction: nothing else may run on the connection during a COPY.
        _ids.Preload();
        return new RegisterFileLoad(_db, _audit, MunicipalityId, Progress).Run(file, rows, table, fill, before, after, directWhenEmpty);
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
