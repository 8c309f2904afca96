using System.Net;
using Mestring.TestSupport;
using Mestring.Web.Tests.Support;

namespace Mestring.Web.Tests.Evidence;

/// <summary>The evidence pages render for managers and administrators (with chart data and tables) and keep other roles out.</summary>
public class EvidencePageTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Theory]
    [InlineData(DemoUsers.Manager1)]
    [InlineData(DemoUsers.Admin)]
    public async Task Pages_RenderInDanish_WithTableAndChartIsland(string user)
    {
        using var api = await app.As(user);
        var (status, methods) = await GetAsync(api, "/evidens");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Metoder der virker", methods, StringComparison.Ordinal);
        Assert.Contains("href=\"/evidens\"", methods, StringComparison.Ordinal); // menu entry

        var (providerStatus, providers) = await GetAsync(api, "/evidens/tilbud");
        Assert.Equal(HttpStatusCode.OK, providerStatus);
        Assert.Contains("Tilbud sammenlignet", providers, StringComparison.Ordinal);
        Assert.Contains("id=\"funnel\"", providers, StringComparison.Ordinal);
        Assert.Contains("<table>", providers, StringComparison.Ordinal);

        var (stopStatus, stop) = await GetAsync(api, "/evidens/stopliste");
        Assert.Equal(HttpStatusCode.OK, stopStatus);
        Assert.Contains("Stopliste", stop, StringComparison.Ordinal);
        // Pseudonymised: no CPR numbers of the demo citizens on any page.
        Assert.DoesNotContain("1505921234", methods + providers + stop, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoUsers.Caseworker1)]
    [InlineData(DemoUsers.Provider1)]
    [InlineData(DemoUsers.Citizen1)]
    public async Task OtherRoles_AreKeptOut(string user)
    {
        using var api = await app.As(user);
        var (status, _) = await GetAsync(api, "/evidens");
        Assert.NotEqual(HttpStatusCode.OK, status);
    }

    private static async Task<(HttpStatusCode Status, string Text)> GetAsync(Support.Api api, string url)
    {
        using var response = await api.Client.GetAsync(new Uri(url, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
