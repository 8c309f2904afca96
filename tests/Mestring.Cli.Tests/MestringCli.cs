using System.CommandLine;
using Mestring.Cli.Commands;

namespace Mestring.Cli.Tests;

/// <summary>Runs a <c>mestring</c> data verb in-process (no <c>serve</c>), with its stdout and stderr captured.</summary>
internal static class MestringCli
{
    public static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var root = new RootCommand("test")
        {
            InvestCommand.Create(),
            RegisterExtractCommands.CreateImport(),
            RegisterExtractCommands.CreateExport(),
            SeedCommand.Create(),
            EvaluateCommand.Create(),
            PreventionCommands.Create(),
            ScreenCommand.Create(),
            BenchmarkCommand.Create(),
            StopListCommand.Create(),
            OverseeCommand.Create(),
            DeadlinesCommand.Create(),
            UsersCommand.Create(),
            RetentionCommand.Create(),
            ReportCommand.Create(),
        };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
