using Microsoft.Extensions.Hosting;
using Mestring.Data.Database;
using Mestring.Web.Hosting;

namespace Mestring.Cli.Commands;

/// <summary><c>mestring serve</c>: the same web app as Mestring.Web, on http://localhost:5080 unless --urls says otherwise.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = "Where to listen, e.g. http://127.0.0.1:8080 (default " + MestringApp.DefaultUrl + ")." };
        var database = DatabaseOption.Create();
        var demo = new Option<bool>("--demo") { Description = "Seed the demo municipality when the database is empty." };
        var command = new Command("serve", "Start the web app and the JSON API.") { urls, database, demo };
        command.SetAction(async (result, ct) =>
        {
            var args = new List<string>();
            if (result.GetValue(urls) is { } u)
            {
                args.Add($"--urls={u}");
            }
            if (result.GetValue(database) is { } conn)
            {
                var settings = DatabaseSettings.FromConnectionString(conn);
                args.Add($"--Database:Provider={settings.Provider.ToString().ToLowerInvariant()}");
                args.Add($"--ConnectionStrings:Mestring={settings.ConnectionString}");
            }
            if (result.GetValue(demo))
            {
                args.Add("--Demo:Enabled=true");
            }
            var app = MestringApp.Build([.. args]);
            await MestringApp.PrepareDatabaseAsync(app, ct);
            await app.StartAsync(ct);
            await app.WaitForShutdownAsync(ct);
            return 0;
        });
        return command;
    }
}
