using Mestring.Registers.Csv;
using Mestring.Registers.Specs;

namespace Mestring.Registers;

/// <summary>The files of a register-extract folder, their canonical columns and the order to load them in.</summary>
public static class RegisterExtractFolder
{
    /// <summary><c>persons.csv</c>.</summary>
    public const string Persons = "persons.csv";
    /// <summary><c>household_years.csv</c>.</summary>
    public const string HouseholdYears = "household_years.csv";
    /// <summary><c>person_years.csv</c>.</summary>
    public const string PersonYears = "person_years.csv";
    /// <summary><c>providers.csv</c>.</summary>
    public const string Providers = "providers.csv";
    /// <summary><c>services.csv</c>.</summary>
    public const string Services = "services.csv";
    /// <summary><c>events.csv</c>.</summary>
    public const string Events = "events.csv";
    /// <summary><c>assessments.csv</c>.</summary>
    public const string Assessments = "assessments.csv";

    /// <summary><c>supervision_assessments.csv</c> (optional): socialtilsyn theme scores per tilbud and assessment date.</summary>
    public const string SupervisionAssessments = "supervision_assessments.csv";
    /// <summary><c>invoices.csv</c> (optional; specification 2026-12): what providers billed.</summary>
    public const string Invoices = "invoices.csv";

    /// <summary>
    /// The files in load order: persons first (every other file refers to them), providers before services
    /// (services and events refer to providers), the optional files last (invoices refer to services).
    /// </summary>
    public static IReadOnlyList<string> LoadOrder { get; } =
        [Persons, HouseholdYears, PersonYears, Providers, Services, Events, Assessments, SupervisionAssessments, Invoices];

    /// <summary>The files a folder may leave out (older folders do not have them).</summary>
    public static IReadOnlyList<string> OptionalFiles { get; } = [SupervisionAssessments, Invoices];

    /// <summary>The canonical columns of a file: required columns in specification order, then the documented extras.</summary>
    public static IReadOnlyList<string> ColumnsOf(string fileName) => ColumnNames(fileName, c => c.Written);

    /// <summary>The columns the specification requires in a file.</summary>
    public static IReadOnlyList<string> RequiredColumnsOf(string fileName) => ColumnNames(fileName, c => c.Required);

    private static string[] ColumnNames(string fileName, Func<RegisterColumn, bool> which) =>
        [.. SpecColumns(fileName).Where(which).Select(c => c.Name)];

    private static IReadOnlyList<RegisterColumn> SpecColumns(string fileName) => fileName switch
    {
        Persons => PersonsSpec.Instance.Columns,
        HouseholdYears => HouseholdYearsSpec.Instance.Columns,
        PersonYears => PersonYearsSpec.Instance.Columns,
        Providers => ProvidersSpec.Instance.Columns,
        Services => ServicesSpec.Instance.Columns,
        Events => EventsSpec.Instance.Columns,
        Assessments => AssessmentsSpec.Instance.Columns,
        SupervisionAssessments => SupervisionAssessmentsSpec.Instance.Columns,
        Invoices => InvoicesSpec.Instance.Columns,
        _ => throw new ArgumentException($"'{fileName}' is not a register-extract file.", nameof(fileName)),
    };

    /// <summary>
    /// Writes a whole folder (creating it) from row sequences that are already in canonical key order; each file is
    /// written to a temporary name and renamed, so a reader never sees a half-written file.
    /// </summary>
    public static void WriteFolder(string directory, RegisterExtractRows rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Directory.CreateDirectory(directory);
        WriteFile(directory, Persons, w => RegisterWriter.WritePersons(w, rows.Persons, rows.Presorted));
        WriteFile(directory, HouseholdYears, w => RegisterWriter.WriteHouseholdYears(w, rows.HouseholdYears, rows.Presorted));
        WriteFile(directory, PersonYears, w => RegisterWriter.WritePersonYears(w, rows.PersonYears, rows.Presorted));
        WriteFile(directory, Providers, w => RegisterWriter.WriteProviders(w, rows.Providers, rows.Presorted));
        WriteFile(directory, Services, w => RegisterWriter.WriteServices(w, rows.Services, rows.Presorted));
        WriteFile(directory, Events, w => RegisterWriter.WriteEvents(w, rows.Events, rows.Presorted));
        WriteFile(directory, Assessments, w => RegisterWriter.WriteAssessments(w, rows.Assessments, rows.Presorted));
        // The optional files are written only when the rows carry them, so an older extract stays seven files.
        if (rows.SupervisionAssessments is { } supervision)
        {
            WriteFile(directory, SupervisionAssessments, w => RegisterWriter.WriteSupervisionAssessments(w, supervision, rows.Presorted));
        }
        if (rows.Invoices is { } invoices)
        {
            WriteFile(directory, Invoices, w => RegisterWriter.WriteInvoices(w, invoices, rows.Presorted));
        }
    }

    /// <summary>
    /// Writes one file of a folder through a <see cref="RegisterWriter.CreateTextWriter"/> writer, to a temporary name
    /// that is then renamed, so a reader never sees a half-written file.
    /// </summary>
    public static void WriteFile(string directory, string name, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var path = Path.Combine(directory, name);
        var temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var writer = RegisterWriter.CreateTextWriter(stream))
        {
            write(writer);
        }
        File.Move(temp, path, overwrite: true);
    }
}

/// <summary>The rows of a whole extract, one sequence per file (for <see cref="RegisterExtractFolder.WriteFolder"/>).</summary>
/// <param name="Presorted">True when every sequence is already in canonical key order (streams without buffering).</param>
/// <param name="SupervisionAssessments">The optional supervision_assessments.csv; null = no such file.</param>
/// <param name="Invoices">The optional invoices.csv; null = no such file.</param>
public sealed record RegisterExtractRows(
    IEnumerable<PersonRow> Persons, IEnumerable<HouseholdYearRow> HouseholdYears, IEnumerable<PersonYearRow> PersonYears,
    IEnumerable<ProviderRow> Providers, IEnumerable<ServiceRow> Services, IEnumerable<EventRow> Events,
    IEnumerable<AssessmentRow> Assessments, bool Presorted = true,
    IEnumerable<SupervisionAssessmentRow>? SupervisionAssessments = null, IEnumerable<InvoiceRow>? Invoices = null);
