namespace Mestring.Web.Security;

/// <summary>
/// How long a sign-in lasts (settings <c>Authentication:Session:AbsoluteLifetime</c> and <c>:IdleTimeout</c>, as
/// time spans such as <c>08:00:00</c>): the session ends after the absolute lifetime whatever the activity, and after
/// the idle timeout without a request.
/// </summary>
public sealed record SessionSettings(TimeSpan AbsoluteLifetime, TimeSpan IdleTimeout)
{
    public static readonly SessionSettings Default = new(TimeSpan.FromHours(8), TimeSpan.FromMinutes(30));

    public static SessionSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Authentication:Session");
        var absolute = Read(section, "AbsoluteLifetime", Default.AbsoluteLifetime);
        var idle = Read(section, "IdleTimeout", Default.IdleTimeout);
        return new SessionSettings(absolute, idle < absolute ? idle : absolute);
    }

    private static TimeSpan Read(IConfigurationSection section, string key, TimeSpan fallback)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }
        return TimeSpan.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > TimeSpan.Zero
            ? value
            : throw new InvalidOperationException($"Authentication:Session:{key} must be a positive time span such as 08:00:00, not '{text}'.");
    }
}
