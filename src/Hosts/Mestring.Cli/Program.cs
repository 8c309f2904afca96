using Mestring.Cli.Commands;

var root = new RootCommand("Mestring — one plan per citizen, measured progress, methods that work.")
{
    ServeCommand.Create(),
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
return await CliHost.InvokeAsync(root.Parse(args), new InvocationConfiguration());
