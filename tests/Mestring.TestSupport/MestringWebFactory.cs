using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Mestring.TestSupport;

/// <summary>
/// The web app in memory (TestServer), or on a real Kestrel socket after <see cref="StartOnLoopback"/>,
/// on the given database, in environment <c>Testing</c> with demo data enabled.
/// </summary>
public class MestringWebFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public MestringWebFactory(TestDatabase database)
        : this(database.Provider, database.ConnectionString)
    {
    }

    public MestringWebFactory(TestDb provider, string connectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _settings = new(StringComparer.OrdinalIgnoreCase)
        {
            ["Database:Provider"] = TestDatabase.ProviderSettingOf(provider),
            ["ConnectionStrings:Mestring"] = connectionString,
            ["Demo:Enabled"] = "true",
            // Tests sign in often from one (unknown) address; the login rate limit itself is tested with its own setting.
            ["Authentication:LoginRateLimit:PermitsPerMinute"] = "100000",
        };
        // https: secure cookies come back to the in-memory server, and HTTPS redirection has nothing to do.
        ClientOptions.BaseAddress = new Uri("https://localhost");
        ClientOptions.AllowAutoRedirect = false;
        ClientOptions.HandleCookies = true;
    }

    public const string EnvironmentName = "Testing";

    public TestDb Provider { get; }

    public string ConnectionString { get; }

    /// <summary>Extra or overriding app settings (e.g. <c>Demo:Enabled</c>); change before the first client or server.</summary>
    public IDictionary<string, string?> Settings => _settings;

    /// <summary>The server's address once <see cref="StartOnLoopback"/> has run, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri? ServerAddress { get; private set; }

    /// <summary>
    /// Starts the app on Kestrel at http://127.0.0.1 with a free port (not the in-memory TestServer), for a
    /// real browser. Returns the base address. Clients from <see cref="CreateClientAs"/> then use the socket too.
    /// </summary>
    public Uri StartOnLoopback()
    {
        if (ServerAddress is not null)
        {
            return ServerAddress;
        }
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reported no address.");
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"Kestrel has no http address: {string.Join(", ", addresses)}");
        ServerAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        ClientOptions.BaseAddress = ServerAddress;
        return ServerAddress;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment(EnvironmentName);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A client without a login (cookies kept, redirects not followed).</summary>
    public HttpClient CreateAnonymousClient() => CreateClient(NewClientOptions());

    /// <summary>
    /// A client logged in as <paramref name="userName"/> through <c>POST /api/v1/auth/login</c>; it keeps the auth
    /// cookie and does not follow redirects. Throws with the response body when the login is refused.
    /// </summary>
    public async Task<HttpClient> CreateClientAs(string userName, string password = DemoUsers.Password, CancellationToken cancellationToken = default)
    {
        var client = CreateClient(NewClientOptions());
        try
        {
            using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName, password }, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                throw new InvalidOperationException($"Login as '{userName}' failed: {(int)response.StatusCode} {response.StatusCode}: {body}");
            }
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private WebApplicationFactoryClientOptions NewClientOptions() => new()
    {
        BaseAddress = ClientOptions.BaseAddress,
        AllowAutoRedirect = false,
        HandleCookies = true,
    };
}
