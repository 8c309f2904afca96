using System.Text;
using Mestring.Registers.Csv;
using Mestring.Registers.Specs;

namespace Mestring.Registers;

/// <summary>
/// The canonical writer: fixed column order (required columns in specification order, then the documented extras),
/// rows sorted by key (ordinal), invariant numbers without exponent or trailing zeros, ISO dates, '\n' line ends.
/// Written to a <see cref="CreateTextWriter"/> writer (UTF-8 without BOM), export → import → export is byte-identical.
/// </summary>
public static class RegisterWriter
{
    /// <summary>A UTF-8 (no BOM) writer with '\n' line ends over a stream; the caller disposes it.</summary>
    public static StreamWriter CreateTextWriter(Stream stream, bool leaveOpen = false) =>
        new(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen) { NewLine = "\n" };

    /// <summary>Writes persons.csv. With <paramref name="presorted"/> the rows stream through and their order is verified.</summary>
    public static void WritePersons(TextWriter writer, IEnumerable<PersonRow> rows, bool presorted = false) =>
        Write(PersonsSpec.Instance, writer, rows, presorted);

    /// <summary>Writes household_years.csv.</summary>
    public static void WriteHouseholdYears(TextWriter writer, IEnumerable<HouseholdYearRow> rows, bool presorted = false) =>
        Write(HouseholdYearsSpec.Instance, writer, rows, presorted);

    /// <summary>Writes person_years.csv.</summary>
    public static void WritePersonYears(TextWriter writer, IEnumerable<PersonYearRow> rows, bool presorted = false) =>
        Write(PersonYearsSpec.Instance, writer, rows, presorted);

    /// <summary>Writes providers.csv.</summary>
    public static void WriteProviders(TextWriter writer, IEnumerable<ProviderRow> rows, bool presorted = false) =>
        Write(ProvidersSpec.Instance, writer, rows, presorted);

    /// <summary>Writes services.csv.</summary>
    public static void WriteServices(TextWriter writer, IEnumerable<ServiceRow> rows, bool presorted = false) =>
        Write(ServicesSpec.Instance, writer, rows, presorted);

    /// <summary>Writes events.csv.</summary>
    public static void WriteEvents(TextWriter writer, IEnumerable<EventRow> rows, bool presorted = false) =>
        Write(EventsSpec.Instance, writer, rows, presorted);

    /// <summary>Writes assessments.csv.</summary>
    public static void WriteAssessments(TextWriter writer, IEnumerable<AssessmentRow> rows, bool presorted = false) =>
        Write(AssessmentsSpec.Instance, writer, rows, presorted);

    /// <summary>Writes supervision_assessments.csv.</summary>
    public static void WriteSupervisionAssessments(TextWriter writer, IEnumerable<SupervisionAssessmentRow> rows, bool presorted = false) =>
        Write(SupervisionAssessmentsSpec.Instance, writer, rows, presorted);

    /// <summary>Writes invoices.csv.</summary>
    public static void WriteInvoices(TextWriter writer, IEnumerable<InvoiceRow> rows, bool presorted = false) =>
        Write(InvoicesSpec.Instance, writer, rows, presorted);

    /// <summary>The canonical header line (without line end) of a file, by file name.</summary>
    public static string HeaderOf(string fileName) => string.Join(",", RegisterExtractFolder.ColumnsOf(fileName));

    private static void Write<TRow>(FileSpec<TRow> spec, TextWriter writer, IEnumerable<TRow> rows, bool presorted)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        var line = new CsvLineWriter(writer);
        foreach (var column in spec.Columns.Where(c => c.Written))
        {
            line.String(column.Name);
        }
        line.EndLine();
        var ordered = presorted ? rows : Sorted(spec, rows);
        var first = true;
        TRow previous = default!;
        foreach (var row in ordered)
        {
            if (!first)
            {
                var c = spec.Compare(previous, row);
                if (c >= 0)
                {
                    throw new InvalidOperationException(c == 0
                        ? $"{spec.FileName}: duplicate key '{spec.KeyText(row)}'"
                        : $"{spec.FileName}: rows are not in key order at '{spec.KeyText(row)}' (pass presorted: false to sort)");
                }
            }
            spec.Format(row, line);
            line.EndLine();
            previous = row;
            first = false;
        }
        writer.Flush();
    }

    private static TRow[] Sorted<TRow>(FileSpec<TRow> spec, IEnumerable<TRow> rows)
    {
        var array = rows.ToArray();
        // Keys are unique in a valid file, so an unstable sort is deterministic; duplicates are caught while writing.
        Array.Sort(array, (a, b) => spec.Compare(a, b));
        return array;
    }
}
