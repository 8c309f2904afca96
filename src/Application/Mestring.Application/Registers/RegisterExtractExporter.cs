using System.Data.Common;
using Mestring.Data;
using Mestring.Data.Auditing;
using Mestring.Data.Bulk;
using Mestring.Data.Tenancy;
using Mestring.Registers;
using Microsoft.EntityFrameworkCore;

namespace Mestring.Application.Registers;

/// <summary>
/// Writes one municipality's data as a register-extract folder through the canonical <see cref="RegisterWriter"/>:
/// pseudonymous ids only (no CPR, no names), rows read in key order from the database (ordinal collation) and
/// streamed. Export → import into an empty database → export gives byte-identical files.
/// </summary>
public sealed class RegisterExtractExporter(MestringDbContext db, AuditTrail audit, Guid municipalityId)
{
    /// <summary>For a job outside dependency injection (the CLI): audited as <paramref name="actor"/>, as the system.</summary>
    public RegisterExtractExporter(MestringDbContext db, Guid municipalityId, TimeProvider clock, IAuditActor actor)
        : this(db, new AuditTrail(db, actor, new SystemTenantContext(), clock), municipalityId)
    {
    }

    /// <summary>Writes the seven files into <paramref name="directory"/> (created); returns rows per file.</summary>
    public IReadOnlyDictionary<string, long> ExportFolder(string directory)
    {
        Directory.CreateDirectory(directory);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        db.Database.OpenConnection();
        try
        {
            var c = db.Database.GetDbConnection();
            Write(directory, RegisterExtractFolder.Persons, counts, Persons(c), (w, rows) => RegisterWriter.WritePersons(w, rows, presorted: true));
            Write(directory, RegisterExtractFolder.HouseholdYears, counts, HouseholdYears(c), (w, rows) => RegisterWriter.WriteHouseholdYears(w, rows, presorted: true));
            Write(directory, RegisterExtractFolder.PersonYears, counts, PersonYears(c), (w, rows) => RegisterWriter.WritePersonYears(w, rows, presorted: true));
            Write(directory, RegisterExtractFolder.Providers, counts, Providers(c), (w, rows) => RegisterWriter.WriteProviders(w, rows, presorted: true));
            // Operational interventions have no service_id (they get their Guid): services are sorted in .NET.
            Write(directory, RegisterExtractFolder.Services, counts, Services(c), (w, rows) => RegisterWriter.WriteServices(w, rows, presorted: false));
            Write(directory, RegisterExtractFolder.Events, counts, Events(c), (w, rows) => RegisterWriter.WriteEvents(w, rows, presorted: true));
            Write(directory, RegisterExtractFolder.Assessments, counts, Assessments(c), (w, rows) => RegisterWriter.WriteAssessments(w, rows, presorted: true));
        }
        finally
        {
            db.Database.CloseConnection();
        }
        audit.Add("export", "register-extract", reason: string.Join(", ", counts.Select(kv => $"{kv.Key} {kv.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}")),
            municipalityId: municipalityId);
        db.SaveChanges();
        return counts;
    }

    private static void Write<T>(string directory, string name, Dictionary<string, long> counts, IEnumerable<T> rows, Action<TextWriter, IEnumerable<T>> write)
    {
        long n = 0;
        IEnumerable<T> Counted()
        {
            foreach (var row in rows)
            {
                n++;
                yield return row;
            }
        }
        var path = Path.Combine(directory, name);
        var temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var writer = RegisterWriter.CreateTextWriter(stream))
        {
            write(writer, Counted());
        }
        File.Move(temp, path, overwrite: true);
        counts[name] = n;
    }

    private IEnumerable<T> Query<T>(DbConnection connection, string sql, Func<DbDataReader, T> map)
    {
        using var command = DbValues.Command(connection, null, sql, municipalityId);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return map(reader);
        }
    }

    private string O(DbConnection c, string expression) => DbValues.Ordinal(c, expression);

    private IEnumerable<PersonRow> Persons(DbConnection c) => Query(c,
        "SELECT p.\"PersonId\", p.\"BirthDate\", p.\"Sex\", m.\"PersonId\", f.\"PersonId\", p.\"DeathDate\", p.\"Area\" FROM citizens p " +
        "LEFT JOIN citizens m ON m.\"Id\" = p.\"MotherId\" LEFT JOIN citizens f ON f.\"Id\" = p.\"FatherId\" " +
        $"WHERE p.\"MunicipalityId\" = @m ORDER BY {O(c, "p.\"PersonId\"")}",
        r => new PersonRow(r.GetString(0), DbValues.Date(r, 1), SexOf(r.GetValue(2)), DbValues.String(r, 3), DbValues.String(r, 4),
            DbValues.NullableDate(r, 5), DbValues.String(r, 6)));

    private static Sex SexOf(object value) => value.ToString() switch
    {
        "F" => Sex.F,
        "M" => Sex.M,
        var other => throw new InvalidDataException($"citizens.Sex '{other}' is not F or M"),
    };

    private IEnumerable<HouseholdYearRow> HouseholdYears(DbConnection c) => Query(c,
        "SELECT p.\"PersonId\", h.\"Year\", h.\"HouseholdId\", h.\"Area\" FROM household_years h JOIN citizens p ON p.\"Id\" = h.\"CitizenId\" " +
        $"WHERE h.\"MunicipalityId\" = @m ORDER BY {O(c, "p.\"PersonId\"")}, h.\"Year\"",
        r => new HouseholdYearRow(r.GetString(0), DbValues.Int(r, 1), r.GetString(2), DbValues.String(r, 3)));

    private static readonly Dictionary<string, Benefit> Benefits = Enum.GetValues<Benefit>().ToDictionary(Codes.Of, b => b, StringComparer.Ordinal);

    private IEnumerable<PersonYearRow> PersonYears(DbConnection c) => Query(c,
        "SELECT p.\"PersonId\", y.\"Year\", y.\"IncomeDkk\", y.\"EducationIsced\", y.\"Benefit\" FROM person_years y JOIN citizens p ON p.\"Id\" = y.\"CitizenId\" " +
        $"WHERE y.\"MunicipalityId\" = @m ORDER BY {O(c, "p.\"PersonId\"")}, y.\"Year\"",
        r => new PersonYearRow(r.GetString(0), DbValues.Int(r, 1), DbValues.NullableDecimal(r, 2), DbValues.NullableInt(r, 3),
            DbValues.String(r, 4) is { } b ? Benefits.TryGetValue(b, out var benefit) ? benefit : throw new InvalidDataException($"person_years.Benefit '{b}' is not a register code") : null));

    private IEnumerable<ProviderRow> Providers(DbConnection c) => Query(c,
        "SELECT \"ExternalId\", \"Name\", \"Cvr\", \"Ownership\", \"OfferType\", \"Capacity\", \"SpecialisationLevel\", \"CapacityUnknown\", " +
        "\"SpecialisationLevelUnknown\", \"OwnerId\", \"LeaderId\", \"SupervisionEducationEmployment\", \"SupervisionIndependenceRelations\", " +
        "\"SupervisionTargetGroupMethodsResults\", \"SupervisionHealthWellbeing\", \"SupervisionOrganisationManagement\", \"SupervisionCompetences\", " +
        $"\"SupervisionPhysicalSetting\", \"Quarantined\" FROM providers WHERE \"MunicipalityId\" = @m ORDER BY {O(c, "\"ExternalId\"")}",
        r => new ProviderRow(
            r.GetString(0), r.GetString(1), DbValues.String(r, 2),
            r.GetString(3) switch { "Public" => Ownership.Public, "Private" => Ownership.Private, _ => Ownership.Selvejende },
            r.GetString(4), DbValues.Bool(r, 7) ? null : DbValues.Int(r, 5), DbValues.Bool(r, 8) ? null : DbValues.Int(r, 6),
            DbValues.String(r, 9), DbValues.String(r, 10),
            new SupervisionScores(DbValues.NullableInt(r, 11), DbValues.NullableInt(r, 12), DbValues.NullableInt(r, 13), DbValues.NullableInt(r, 14),
                DbValues.NullableInt(r, 15), DbValues.NullableInt(r, 16), DbValues.NullableInt(r, 17)),
            DbValues.NullableBool(r, 18)));

    private IEnumerable<ServiceRow> Services(DbConnection c) => Query(c,
        "SELECT i.\"ExternalId\", i.\"Id\", p.\"PersonId\", v.\"ExternalId\", i.\"LegalBasis\", i.\"ServiceCode\", i.\"Start\", i.\"End\", i.\"Unit\", " +
        "i.\"UnitsPerWeek\", i.\"UnitPrice\", i.\"Method\", i.\"SpecialisationLevel\", i.\"TargetGroupCode\", i.\"UnitsPerWeekUnknown\", i.\"UnitPriceUnknown\" " +
        "FROM interventions i JOIN citizens p ON p.\"Id\" = i.\"CitizenId\" JOIN providers v ON v.\"Id\" = i.\"ProviderId\" " +
        "WHERE i.\"MunicipalityId\" = @m AND i.\"Status\" IN ('Active', 'Ended')",
        r => new ServiceRow(
            DbValues.String(r, 0) ?? DbValues.Guid(r, 1).ToString("N"), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
            DbValues.Date(r, 6), DbValues.NullableDate(r, 7), Enum.Parse<ServiceUnit>(r.GetString(8)),
            DbValues.Bool(r, 14) ? null : DbValues.Decimal(r, 9), DbValues.Bool(r, 15) ? null : DbValues.Decimal(r, 10),
            DbValues.String(r, 11), DbValues.NullableInt(r, 12), DbValues.String(r, 13)));

    private IEnumerable<EventRow> Events(DbConnection c) => Query(c,
        "SELECT p.\"PersonId\", e.\"Date\", e.\"Type\", e.\"Quantity\", v.\"ExternalId\" FROM events e JOIN citizens p ON p.\"Id\" = e.\"CitizenId\" " +
        "LEFT JOIN providers v ON v.\"Id\" = e.\"ProviderId\" " +
        $"WHERE e.\"MunicipalityId\" = @m ORDER BY {O(c, "p.\"PersonId\"")}, e.\"Date\", {O(c, "e.\"Type\"")}",
        r => new EventRow(r.GetString(0), DbValues.Date(r, 1), r.GetString(2), DbValues.Decimal(r, 3), DbValues.String(r, 4)));

    private IEnumerable<AssessmentRow> Assessments(DbConnection c)
    {
        // Two assessments of the same citizen on the same day rating the same condition would repeat a key: keep the first.
        AssessmentRow? previous = null;
        foreach (var row in Query(c,
            "SELECT p.\"PersonId\", a.\"Date\", i.\"ConditionCode\", i.\"FunctionLevel\", i.\"SupportNeed\" FROM assessment_items i " +
            "JOIN assessments a ON a.\"Id\" = i.\"AssessmentId\" JOIN citizens p ON p.\"Id\" = a.\"CitizenId\" " +
            $"WHERE a.\"MunicipalityId\" = @m ORDER BY {O(c, "p.\"PersonId\"")}, a.\"Date\", {O(c, "i.\"ConditionCode\"")}, a.\"Id\"",
            r => new AssessmentRow(r.GetString(0), DbValues.Date(r, 1), r.GetString(2), DbValues.NullableInt(r, 3), DbValues.NullableInt(r, 4))))
        {
            if (previous is { } p && p.PersonId == row.PersonId && p.Date == row.Date && p.FfbConditionCode == row.FfbConditionCode)
            {
                continue;
            }
            previous = row;
            yield return row;
        }
    }
}
