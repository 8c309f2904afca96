namespace Mestring.Web.Demo;

/// <summary>
/// Whether the web seeds the demo municipality (<see cref="Application.Demo.DemoSeeder"/>) into an empty database at
/// start-up: Demo:Enabled when set, otherwise only in Development (never silently in Production).
/// </summary>
public static class DemoSwitch
{
    public static bool IsEnabled(IHostEnvironment environment, IConfiguration configuration)
    {
        var setting = configuration["Demo:Enabled"];
        if (bool.TryParse(setting, out var explicitly))
        {
            return explicitly;
        }
        return environment.IsDevelopment();
    }
}
