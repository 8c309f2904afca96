using Mestring.TestSupport;
using Mestring.Web.Tests.Support;

namespace Mestring.Web.Tests.Api;

/// <summary>
/// The demo municipality's population comes from the synthetic generator, and the extra demo users are attached to
/// one of its citizens: citizen2 has a generated plan and an active order, caseworker3 (the generated team) and
/// provider2 (the generated provider) see them, the hand-made caseworkers do not, and the analyses have a history.
/// </summary>
public class DemoPopulationTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task DemoUsers_AreAttachedToGeneratedCitizens_WithAGeneratedHistory()
    {
        using var citizen = await app.As("citizen2");
        var self = Assert.Single((await citizen.GetAsync("/api/v1/citizens")).Arr());
        var id = self.Str("id");
        var plan = await citizen.GetAsync($"/api/v1/citizens/{id}/plan");
        Assert.NotEmpty(plan.Arr("goals"));
        var active = plan.Arr("interventions").Where(i => i.Str("status") == "Active").Select(i => i.Str("id")).ToList();
        Assert.NotEmpty(active);

        using var caseworker = await app.As("caseworker3");
        Assert.Contains((await caseworker.GetAsync("/api/v1/citizens")).Arr(), c => c.Str("id") == id);
        using var provider = await app.As("provider2");
        var orders = (await provider.GetAsync("/api/v1/provider/orders?includeActive=true")).Arr();
        Assert.Contains(orders, o => active.Contains(o.Str("interventionId")));

        using var caseworker1 = await app.As(DemoUsers.Caseworker1);
        Assert.DoesNotContain((await caseworker1.GetAsync("/api/v1/citizens")).Arr(), c => c.Str("id") == id);

        // The generated register history gives the municipality's own evaluation something to estimate.
        using var manager = await app.As(DemoUsers.Manager1);
        Assert.Contains((await manager.GetAsync("/api/v1/evidence/methods")).Arr(), r => r.Str("outcome") == "progression" && r!["n"]!.GetValue<int>() > 0);
    }
}
