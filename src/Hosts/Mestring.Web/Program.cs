using Mestring.Web.Hosting;

var app = MestringApp.Build(args);
await MestringApp.PrepareDatabaseAsync(app);
await app.RunAsync();

/// <summary>Entry point, public so that WebApplicationFactory can host it in tests.</summary>
public partial class Program;
