using System.Globalization;
using System.Text;
using Mestring.Evidence.Errors;

namespace Mestring.Evidence.Data;

/// <summary>
/// Strict CSV reader: header row required, every row must have the header's field count, numeric cells parse
/// with <see cref="CultureInfo.InvariantCulture"/> or the read fails with the line and column named.
/// Takes a <see cref="TextReader"/> so that the engine itself stays free of file-system I/O.
/// </summary>
public static class DatasetCsvReader
{
    private const NumberStyles Styles = NumberStyles.Float;

    /// <summary>Reads a dataset; expected problems come back as an <see cref="EvidenceError"/>.</summary>
    public static EvidenceResult<Dataset> Read(TextReader reader, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        options ??= new CsvReadOptions();
        var headerLine = reader.ReadLine();
        if (headerLine is null)
        {
            return EvidenceResult<Dataset>.Failure(EvidenceErrorCode.MalformedCsv, "The CSV text is empty: a header row with column names is required.");
        }

        var headerResult = Split(headerLine.TrimStart('\uFEFF'), options.Delimiter, 1);
        if (!headerResult.IsSuccess)
        {
            return headerResult.Error;
        }

        var header = headerResult.Value;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int c = 0; c < header.Count; c++)
        {
            if (!index.TryAdd(header[c].Trim(), c))
            {
                return EvidenceResult<Dataset>.Failure(EvidenceErrorCode.MalformedCsv, $"Line 1: column '{header[c].Trim()}' appears more than once in the header.");
            }
        }

        var wantedNumeric = options.NumericColumns?.ToList()
            ?? [.. index.Keys.Where(k => !options.TextColumns.Contains(k, StringComparer.Ordinal))];
        foreach (var name in wantedNumeric.Concat(options.TextColumns))
        {
            if (!index.ContainsKey(name))
            {
                return EvidenceResult<Dataset>.Failure(
                    EvidenceErrorCode.MissingColumn,
                    $"Column '{name}' is not in the CSV header. Available columns: {string.Join(", ", header.Select(h => h.Trim()))}.");
            }
        }

        var numericIdx = wantedNumeric.Select(n => index[n]).ToArray();
        var textIdx = options.TextColumns.Select(n => index[n]).ToArray();
        var numeric = numericIdx.Select(_ => new List<double>()).ToArray();
        var text = textIdx.Select(_ => new List<string>()).ToArray();
        int lineNumber = 1;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue; // A trailing blank line is common in exports and carries no data.
            }

            var fieldsResult = Split(line, options.Delimiter, lineNumber);
            if (!fieldsResult.IsSuccess)
            {
                return fieldsResult.Error;
            }

            var fields = fieldsResult.Value;
            if (fields.Count != header.Count)
            {
                return EvidenceResult<Dataset>.Failure(
                    EvidenceErrorCode.MalformedCsv,
                    $"Line {lineNumber}: expected {header.Count} fields as in the header, found {fields.Count}.");
            }

            for (int j = 0; j < numericIdx.Length; j++)
            {
                var cell = fields[numericIdx[j]].Trim();
                if (!double.TryParse(cell, Styles, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
                {
                    var shown = cell.Length == 0 ? "an empty value" : $"'{cell}'";
                    return EvidenceResult<Dataset>.Failure(
                        EvidenceErrorCode.NonNumericValue,
                        $"Line {lineNumber}, column '{wantedNumeric[j]}': {shown} is not a number (use '.' as decimal point, no thousands separator).");
                }

                numeric[j].Add(value);
            }

            for (int j = 0; j < textIdx.Length; j++)
            {
                text[j].Add(fields[textIdx[j]].Trim());
            }
        }

        return new Dataset(
            wantedNumeric.Select((n, j) => new KeyValuePair<string, double[]>(n, [.. numeric[j]])).ToList(),
            options.TextColumns.Select((n, j) => new KeyValuePair<string, string[]>(n, [.. text[j]])).ToList());
    }

    private static EvidenceResult<List<string>> Split(string line, char delimiter, int lineNumber)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == delimiter)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(ch);
            }
        }

        if (quoted)
        {
            return EvidenceResult<List<string>>.Failure(EvidenceErrorCode.MalformedCsv, $"Line {lineNumber}: a quoted field is not closed.");
        }

        fields.Add(current.ToString());
        return fields;
    }
}
