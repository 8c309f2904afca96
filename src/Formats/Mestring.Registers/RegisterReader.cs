using Mestring.Registers.Csv;
using Mestring.Registers.Specs;

namespace Mestring.Registers;

/// <summary>
/// The strict, streaming reader of the register-extract format. Each method returns a lazy sequence: rows are parsed
/// as they are enumerated, and the first bad line throws a <see cref="RegisterFormatException"/> whose
/// <see cref="RegisterFormatException.Error"/> names file, line, column and reason. The caller imports a file inside
/// one transaction and discards it on that exception. Columns are found by header name in any order; unknown extra
/// columns are ignored; documented extras are read when present.
/// </summary>
/// <param name="options">Today, the known ids and the FFB terminology.</param>
public sealed class RegisterReader(RegisterReaderOptions options)
{
    /// <summary>The options in use.</summary>
    public RegisterReaderOptions Options { get; } = options;

    /// <summary>Reads persons.csv from UTF-8 bytes.</summary>
    public IEnumerable<PersonRow> ReadPersons(Stream utf8) => Read(PersonsSpec.Instance, utf8);

    /// <summary>Reads persons.csv from decoded text.</summary>
    public IEnumerable<PersonRow> ReadPersons(TextReader text) => Read(PersonsSpec.Instance, new TextReaderStream(text));

    /// <summary>Reads household_years.csv from UTF-8 bytes.</summary>
    public IEnumerable<HouseholdYearRow> ReadHouseholdYears(Stream utf8) => Read(HouseholdYearsSpec.Instance, utf8);

    /// <summary>Reads household_years.csv from decoded text.</summary>
    public IEnumerable<HouseholdYearRow> ReadHouseholdYears(TextReader text) => Read(HouseholdYearsSpec.Instance, new TextReaderStream(text));

    /// <summary>Reads person_years.csv from UTF-8 bytes.</summary>
    public IEnumerable<PersonYearRow> ReadPersonYears(Stream utf8) => Read(PersonYearsSpec.Instance, utf8);

    /// <summary>Reads person_years.csv from decoded text.</summary>
    public IEnumerable<PersonYearRow> ReadPersonYears(TextReader text) => Read(PersonYearsSpec.Instance, new TextReaderStream(text));

    /// <summary>Reads providers.csv from UTF-8 bytes.</summary>
    public IEnumerable<ProviderRow> ReadProviders(Stream utf8) => Read(ProvidersSpec.Instance, utf8);

    /// <summary>Reads providers.csv from decoded text.</summary>
    public IEnumerable<ProviderRow> ReadProviders(TextReader text) => Read(ProvidersSpec.Instance, new TextReaderStream(text));

    /// <summary>Reads services.csv from UTF-8 bytes.</summary>
    public IEnumerable<ServiceRow> ReadServices(Stream utf8) => Read(ServicesSpec.Instance, utf8);

    /// <summary>Reads services.csv from decoded text.</summary>
    public IEnumerable<ServiceRow> ReadServices(TextReader text) => Read(ServicesSpec.Instance, new TextReaderStream(text));

    /// <summary>Reads events.csv from UTF-8 bytes.</summary>
    public IEnumerable<EventRow> ReadEvents(Stream utf8) => Read(EventsSpec.Instance, utf8);

    /// <summary>Reads events.csv from decoded text.</summary>
    public IEnumerable<EventRow> ReadEvents(TextReader text) => Read(EventsSpec.Instance, new TextReaderStream(text));

    /// <summary>Reads assessments.csv from UTF-8 bytes.</summary>
    public IEnumerable<AssessmentRow> ReadAssessments(Stream utf8) => Read(AssessmentsSpec.Instance, utf8);

    /// <summary>Reads assessments.csv from decoded text.</summary>
    public IEnumerable<AssessmentRow> ReadAssessments(TextReader text) => Read(AssessmentsSpec.Instance, new TextReaderStream(text));

    /// <summary>Reads supervision_assessments.csv (optional file) from UTF-8 bytes.</summary>
    public IEnumerable<SupervisionAssessmentRow> ReadSupervisionAssessments(Stream utf8) => Read(SupervisionAssessmentsSpec.Instance, utf8);

    /// <summary>Reads supervision_assessments.csv from decoded text.</summary>
    public IEnumerable<SupervisionAssessmentRow> ReadSupervisionAssessments(TextReader text) =>
        Read(SupervisionAssessmentsSpec.Instance, new TextReaderStream(text));

    /// <summary>Reads invoices.csv (optional file) from UTF-8 bytes.</summary>
    public IEnumerable<InvoiceRow> ReadInvoices(Stream utf8) => Read(InvoicesSpec.Instance, utf8);

    /// <summary>Reads invoices.csv from decoded text.</summary>
    public IEnumerable<InvoiceRow> ReadInvoices(TextReader text) => Read(InvoicesSpec.Instance, new TextReaderStream(text));

    /// <summary>
    /// Reads a file in batches of <paramref name="batchSize"/> rows (the last one may be shorter); the batch list is
    /// reused between calls, so copy what you keep.
    /// </summary>
    public static void ReadBatches<TRow>(IEnumerable<TRow> rows, int batchSize, Action<IReadOnlyList<TRow>> onBatch)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentNullException.ThrowIfNull(onBatch);
        var batch = new List<TRow>(batchSize);
        foreach (var row in rows)
        {
            batch.Add(row);
            if (batch.Count == batchSize)
            {
                onBatch(batch);
                batch.Clear();
            }
        }
        if (batch.Count > 0)
        {
            onBatch(batch);
        }
    }

    private IEnumerable<TRow> Read<TRow>(FileSpec<TRow> spec, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadIterator(spec, stream);
    }

    private IEnumerable<TRow> ReadIterator<TRow>(FileSpec<TRow> spec, Stream stream)
    {
        var csv = new CsvRecordReader(stream, spec.FileName);
        var fieldOf = ReadHeader(spec, csv, out var fieldCount);
        var parser = new RowParser(csv, spec.FileName, spec.Columns, fieldOf, Options);
        var keys = new KeyTracker();
        while (csv.Read())
        {
            if (csv.FieldCount != fieldCount)
            {
                throw new RegisterFormatException(new RegisterError(
                    spec.FileName, csv.Line, null, $"expected {fieldCount} fields, found {csv.FieldCount}")
                { Kind = RegisterErrorKind.WrongColumnCount });
            }
            var row = spec.Parse(parser);
            if (!spec.AddKey(row, keys))
            {
                throw new RegisterFormatException(new RegisterError(
                    spec.FileName, csv.Line, spec.Columns[0].Name, $"duplicate key '{spec.KeyText(row)}'")
                { Kind = RegisterErrorKind.DuplicateKey });
            }
            yield return row;
        }
        spec.Complete(parser, keys);
    }

    private static int[] ReadHeader<TRow>(FileSpec<TRow> spec, CsvRecordReader csv, out int fieldCount)
    {
        if (!csv.Read())
        {
            throw new RegisterFormatException(new RegisterError(spec.FileName, 1, null, "the file is empty (no header row)"));
        }
        var names = new string[csv.FieldCount];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = csv.FieldString(i);
        }
        fieldCount = names.Length;
        csv.ColumnNames = names;
        var fieldOf = new int[spec.Columns.Count];
        for (var c = 0; c < fieldOf.Length; c++)
        {
            var name = spec.Columns[c].Name;
            fieldOf[c] = Array.IndexOf(names, name);
            if (fieldOf[c] >= 0 && Array.LastIndexOf(names, name) != fieldOf[c])
            {
                throw new RegisterFormatException(new RegisterError(spec.FileName, 1, name, "the column appears more than once in the header")
                { Kind = RegisterErrorKind.MissingColumn });
            }
            if (fieldOf[c] < 0 && spec.Columns[c].Required)
            {
                throw new RegisterFormatException(new RegisterError(spec.FileName, 1, name, "required column is missing from the header")
                { Kind = RegisterErrorKind.MissingColumn });
            }
        }
        return fieldOf;
    }
}
