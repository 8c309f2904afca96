using System.Data.Common;
using System.Net.Sockets;
using Mestring.Data.Database;

namespace Mestring.Cli.Hosting;

/// <summary>
/// Runs a parsed command line. A database that cannot be used (unreachable server, refused login, a file that cannot
/// be opened, another process migrating) is one clear line on stderr and exit code 3 (<see cref="CliErrors.Unavailable"/>),
/// never a stack trace; any other unexpected exception is reported as System.CommandLine's default handler would (exit 1).
/// </summary>
public static class CliHost
{
    public static async Task<int> InvokeAsync(ParseResult parsed, InvocationConfiguration configuration, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(configuration);
        configuration.EnableDefaultExceptionHandler = false;
        try
        {
            return await parsed.InvokeAsync(configuration, ct);
        }
        catch (Exception e) when (DatabaseFailure(e) is { } cause)
        {
            var verb = string.Join(' ', VerbOf(parsed.CommandResult).Prepend("mestring"));
            await configuration.Error.WriteLineAsync($"{verb}: the database cannot be used: {OneLine(cause)}");
            return CliErrors.Unavailable;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await configuration.Error.WriteLineAsync("Unhandled exception: " + e);
            return 1;
        }
    }

    // "import register-extract": the command names from the root's child down to the one that ran.
    private static IEnumerable<string> VerbOf(System.CommandLine.Parsing.CommandResult result)
    {
        var names = new List<string>();
        for (var r = result; r?.Parent is System.CommandLine.Parsing.CommandResult parent; r = parent)
        {
            names.Add(r.Command.Name);
        }
        names.Reverse();
        return names;
    }

    /// <summary>The exception in the chain that says the database is unusable, or null.</summary>
    internal static Exception? DatabaseFailure(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (x is MigrationLockException or DbException or SocketException or TimeoutException)
            {
                return x;
            }
        }
        return null;
    }

    private static string OneLine(Exception e)
    {
        var text = e.Message;
        if (e.InnerException is { } inner && !text.Contains(inner.Message, StringComparison.Ordinal))
        {
            text += " (" + inner.Message + ")";
        }
        return text.ReplaceLineEndings(" ").Trim();
    }
}
