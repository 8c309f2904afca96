using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Mestring.Web.Security;

/// <summary>
/// Guessing passwords is slowed per client, not by locking the account: a lock that anyone can trigger by typing five
/// wrong passwords hands an attacker a denial of service against every user. Two limits, both answered 429 with
/// Retry-After and the same body whether the account exists or not:
/// <list type="bullet">
/// <item>the rate limiter: at most <c>Authentication:LoginRateLimit:PermitsPerMinute</c> (default 10) login requests
/// a minute from one client address;</item>
/// <item>failures per (user name, client): after <c>:FailuresPerName</c> (default 5) wrong passwords for one name from
/// one address within 15 minutes, that address may not try that name until the window has passed. The real user,
/// from their own address, still signs in.</item>
/// </list>
/// </summary>
public sealed class LoginThrottle(TimeProvider clock, IConfiguration configuration)
{
    public const string Policy = "login";
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);
    private readonly int _failuresPerName = configuration.GetValue("Authentication:LoginRateLimit:FailuresPerName", 5);

    private sealed record Failures(int Count, DateTimeOffset Since);

    public static void AddLoginRateLimit(IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("Authentication:LoginRateLimit:PermitsPerMinute", 10);
        services.AddSingleton<LoginThrottle>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await Results.Problem(TooMany, statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests")
                    .ExecuteAsync(context.HttpContext);
            };
            options.AddPolicy(Policy, http => RateLimitPartition.GetFixedWindowLimiter(ClientOf(http), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));
        });
    }

    public const string TooMany = "Too many sign-in attempts from this address; wait a little and try again.";

    /// <summary>The client's address (after forwarded headers from configured proxies only).</summary>
    public static string ClientOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static string Key(string userName, string client) => userName.Trim().ToUpperInvariant() + "|" + client;

    /// <summary>True when this client may not try this name now.</summary>
    public bool IsBlocked(string userName, string client) =>
        _failures.TryGetValue(Key(userName, client), out var f) && f.Count >= _failuresPerName && clock.GetUtcNow() - f.Since < Window;

    public void Failed(string userName, string client)
    {
        var now = clock.GetUtcNow();
        _failures.AddOrUpdate(Key(userName, client), _ => new Failures(1, now), (_, f) => now - f.Since >= Window ? new Failures(1, now) : f with { Count = f.Count + 1 });
        if (_failures.Count > 100_000)
        {
            // Bounded memory under a spray of names: forget windows that have passed.
            foreach (var (key, f) in _failures)
            {
                if (now - f.Since >= Window)
                {
                    _failures.TryRemove(key, out _);
                }
            }
        }
    }

    public void Succeeded(string userName, string client) => _failures.TryRemove(Key(userName, client), out _);
}
