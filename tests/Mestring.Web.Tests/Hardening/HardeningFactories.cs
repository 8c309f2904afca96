using System.Net;
using Mestring.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Mestring.Web.Tests.Hardening;

/// <summary>A clock the test moves: sessions expire without waiting.</summary>
public sealed class MovableClock : TimeProvider
{
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _offset;

    public void Advance(TimeSpan by) => _offset += by;
}

/// <summary>The app with a movable clock, and the client address taken from an X-Test-Client header (TestServer has none).</summary>
public sealed class HardenedFactory(TestDatabase database, string environment = MestringWebFactory.EnvironmentName) : MestringWebFactory(database)
{
    public MovableClock Clock { get; } = new();

    public const string ClientHeader = "X-Test-Client";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment(environment);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IStartupFilter, ClientAddressFilter>();
        });
    }

    public async Task<HttpClient> ClientFromAsync(string address)
    {
        var client = CreateAnonymousClient();
        client.DefaultRequestHeaders.Add(ClientHeader, address);
        return await Task.FromResult(client);
    }

    private sealed class ClientAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(ClientHeader, out var address))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
                }
                await nextMiddleware(context);
            });
            next(app);
        };
    }
}
