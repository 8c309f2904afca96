namespace Mestring.Cli.Hosting;

/// <summary>
/// The one mapping from an expected failure (<see cref="Error"/>) to an exit code and the text on stderr. Exit codes:
/// 0 done, 1 a usage problem or something named that does not exist, 2 invalid input (a field, a row, a case),
/// 3 the database cannot be used, 4 refused by a rule (e.g. early detection is switched off).
/// </summary>
public static class CliErrors
{
    public const int Ok = 0;
    public const int Usage = 1;
    public const int Invalid = 2;
    public const int Unavailable = 3;
    public const int Refused = 4;

    public static int ExitCodeOf(ErrorKind kind) => kind switch
    {
        ErrorKind.NotFound => Usage,
        ErrorKind.Invalid => Invalid,
        ErrorKind.Unavailable => Unavailable,
        ErrorKind.Conflict or ErrorKind.Forbidden => Refused,
    };

    /// <summary>
    /// Writes the error to stderr (one line per field where it names fields, else its message), each line prefixed with
    /// "<paramref name="verb"/>: " when given, and returns the exit code.
    /// </summary>
    public static async Task<int> ReportAsync(Error error, TextWriter stderr, string? verb = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(stderr);
        if (error.Fields is { Count: > 0 } fields)
        {
            foreach (var (field, messages) in fields)
            {
                foreach (var message in messages)
                {
                    await stderr.WriteLineAsync($"{Prefix(verb)}{field}: {message}");
                }
            }
        }
        else
        {
            await stderr.WriteLineAsync($"{Prefix(verb)}{error.Message}");
        }
        return ExitCodeOf(error.Kind);
    }

    private static string Prefix(string? verb) => verb is null ? "" : verb + ": ";
}
