using Mestring.Data.Tenancy;
using Mestring.Registers;

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

    /// <summary>Writes the seven files (and the optional ones the municipality has rows for) into <paramref name="directory"/> (created); returns rows per file.</summary>
    public IReadOnlyDictionary<string, long> ExportFolder(string directory)
    {
        Directory.CreateDirectory(directory);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        db.Database.OpenConnection();
        try
        {
            var c = new RegisterExtractQueries(db.Database.GetDbConnection(), db.Model, municipalityId);
            Write(directory, RegisterExtractFolder.Persons, counts, c.Persons(), (w, rows) => RegisterWriter.WritePersons(w, rows, presorted: true));
            Write(directory, RegisterExtractFolder.HouseholdYears, counts, c.HouseholdYears(), (w, rows) => RegisterWriter.WriteHouseholdYears(w, rows, presorted: true));
            Write(directory, RegisterExtractFolder.PersonYears, counts, c.PersonYears(), (w, rows) => RegisterWriter.WritePersonYears(w, rows, presorted: true));
            Write(directory, RegisterExtractFolder.Providers, counts, c.Providers(), (w, rows) => RegisterWriter.WriteProviders(w, rows, presorted: true));
            // Operational interventions have no service_id (they get their Guid): services are sorted in .NET.
            Write(directory, RegisterExtractFolder.Services, counts, c.Services(), (w, rows) => RegisterWriter.WriteServices(w, rows, presorted: false));
            Write(directory, RegisterExtractFolder.Events, counts, c.Events(), (w, rows) => RegisterWriter.WriteEvents(w, rows, presorted: true));
            Write(directory, RegisterExtractFolder.Assessments, counts, c.Assessments(), (w, rows) => RegisterWriter.WriteAssessments(w, rows, presorted: true));
            // The optional files only when the municipality has such rows: an older extract exports as its seven files.
            if (c.AnyDatedScores())
            {
                Write(directory, RegisterExtractFolder.SupervisionAssessments, counts, c.SupervisionAssessments(),
                    (w, rows) => RegisterWriter.WriteSupervisionAssessments(w, rows, presorted: true));
            }
            if (c.Any<Domain.Oversight.Invoice>())
            {
                Write(directory, RegisterExtractFolder.Invoices, counts, c.Invoices(), (w, rows) => RegisterWriter.WriteInvoices(w, rows, presorted: true));
            }
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
        RegisterExtractFolder.WriteFile(directory, name, w => write(w, Counted()));
        counts[name] = n;
    }
}
