using System.Net;
using Mestring.TestSupport;
using Mestring.Web.Tests.Support;

namespace Mestring.Web.Tests.Oversight;

/// <summary>The oversight API: managers (and supervision) read the signals as the CLI's JSON array; other roles get 403.</summary>
public class OversightApiTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Manager_GetsTheSignalsArray_OthersGet403()
    {
        using (var manager = await app.As(DemoUsers.Manager1))
        {
            var rows = (await manager.GetAsync("/api/v1/oversight/signals")).AsArray();
            foreach (var row in rows)
            {
                foreach (var key in new[] { "providerId", "kind", "severity", "fingerprint", "evidence" })
                {
                    Assert.True(row!.AsObject().ContainsKey(key), key);
                }
            }
            Assert.Equal(HttpStatusCode.BadRequest, await manager.StatusAsync(HttpMethod.Get, "/api/v1/oversight/signals?kind=no-such-kind"));
            // Reviewing is for supervision only.
            Assert.Equal(HttpStatusCode.Forbidden, await manager.StatusAsync(HttpMethod.Post, "/api/v1/oversight/signals/0123456789abcdef/review",
                new { status = "dismissed", reason = "x" }));
        }
        foreach (var user in new[] { DemoUsers.Caseworker1, DemoUsers.Provider1, DemoUsers.Citizen1 })
        {
            using var api = await app.As(user);
            Assert.Equal(HttpStatusCode.Forbidden, await api.StatusAsync(HttpMethod.Get, "/api/v1/oversight/signals"));
        }
    }
}
