namespace Mestring.Application.Registers;

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
