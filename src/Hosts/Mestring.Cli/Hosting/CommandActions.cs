namespace Mestring.Cli.Hosting;

/// <summary>Verb actions with the invocation's output and error writers at hand (the console, or a test's writers).</summary>
internal static class CommandActions
{
    /// <summary>Sets <paramref name="action"/> as the command's action, given (parse result, stdout, stderr, cancellation).</summary>
    public static void SetStreamAction(this Command command, Func<ParseResult, TextWriter, TextWriter, CancellationToken, Task<int>> action) =>
        command.SetAction((parseResult, ct) =>
            action(parseResult, parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, ct));
}
