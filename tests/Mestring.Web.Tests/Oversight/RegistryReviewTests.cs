using System.Net;
using System.Text.Json.Nodes;
using Mestring.TestSupport;
using Mestring.Web.Tests.Support;

namespace Mestring.Web.Tests.Oversight;

/// <summary>
/// The supervision user edits the registry and reviews a lead through the API: a chain of people planted through the
/// registry raises a signal, a dismissed lead stays hidden, and it comes back (as a new lead) only when its evidence changes.
/// </summary>
public class RegistryReviewTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private const string Kind = "shared-owner-with-quarantined";

    [Fact]
    public async Task Supervision_DismissesALead_ItStaysHidden_UntilItsEvidenceChanges()
    {
        using var sup = await app.As(DemoUsers.Supervision1);
        var flagged = (await sup.GetAsync($"/api/v1/oversight/signals?kind={Kind}&includeDismissed=true")).AsArray()
            .Select(s => s!["providerId"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        var (id, providerId) = await FirstProviderAsync(sup, flagged);
        var links = $"/api/v1/oversight/registry/{id}/links";
        await sup.PostAsync(links, new { toId = "T13-COMPANY", role = "owner" });
        await sup.PostAsync(links, new { fromId = "T13-COMPANY", toId = "T13-PERSON", role = "board-member" });
        await sup.PostAsync("/api/v1/oversight/quarantines",
            new { personId = "T13-PERSON", role = "board-member", from = "2024-03-01", to = "2029-02-28", decidedBy = "Socialtilsyn Hovedstaden" });

        var url = $"/api/v1/oversight/signals?providerId={providerId}&kind={Kind}";
        var lead = Assert.Single((await sup.GetAsync(url)).AsArray())!;
        var path = lead["evidence"]!["path"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Equal([providerId, "T13-COMPANY", "T13-PERSON"], path);
        var fingerprint = lead["fingerprint"]!.GetValue<string>();

        // A review needs a known status and a reason.
        Assert.Equal(HttpStatusCode.BadRequest, await sup.StatusAsync(HttpMethod.Post, $"/api/v1/oversight/signals/{fingerprint}/review", new { status = "dismissed", reason = " " }));
        Assert.Equal(HttpStatusCode.BadRequest, await sup.StatusAsync(HttpMethod.Post, $"/api/v1/oversight/signals/{fingerprint}/review", new { status = "closed", reason = "x" }));
        await sup.PostAsync($"/api/v1/oversight/signals/{fingerprint}/review", new { status = "dismissed", reason = "Bestyrelsesposten ophørte før karantænen" }, HttpStatusCode.OK);

        Assert.Empty((await sup.GetAsync(url)).AsArray());
        var dismissed = Assert.Single((await sup.GetAsync(url + "&includeDismissed=true")).AsArray())!;
        Assert.Equal("dismissed", dismissed["review"]!["status"]!.GetValue<string>());
        Assert.Equal(DemoUsers.Supervision1, dismissed["review"]!["by"]!.GetValue<string>());
        Assert.Single((await sup.GetAsync($"/api/v1/oversight/signals/{fingerprint}/reviews")).AsArray());

        // Unchanged evidence: an unrelated registry edit does not bring the lead back.
        await sup.PutAsync($"/api/v1/oversight/registry/{id}/places", new { legalBasis = "SEL-107", places = 12 });
        Assert.Empty((await sup.GetAsync(url)).AsArray());

        // Changed evidence: a direct link makes the path shorter, a new fingerprint, and the lead is back, unreviewed.
        await sup.PostAsync(links, new { toId = "T13-PERSON", role = "leader" });
        var back = Assert.Single((await sup.GetAsync(url)).AsArray())!;
        Assert.NotEqual(fingerprint, back["fingerprint"]!.GetValue<string>());
        Assert.Null(back["review"]);
        Assert.Equal([providerId, "T13-PERSON"], back["evidence"]!["path"]!.AsArray().Select(n => n!.GetValue<string>()).ToList());

        // Escalated leads stay on the list with their review.
        var newPrint = back["fingerprint"]!.GetValue<string>();
        await sup.PostAsync($"/api/v1/oversight/signals/{newPrint}/review", new { status = "escalated", reason = "Sendt til socialtilsynet" }, HttpStatusCode.OK);
        Assert.Equal("escalated", Assert.Single((await sup.GetAsync(url)).AsArray())!["review"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Registry_EditsAreValidatedAndForSupervisionOnly_AndShowOnTheTilbud()
    {
        using var sup = await app.As(DemoUsers.Supervision1);
        var (id, _) = await FirstProviderAsync(sup);
        var rates = $"/api/v1/oversight/registry/{id}/rates";
        await sup.PostAsync(rates, new { serviceCode = "SEL-107-ophold", unit = "day", priceDkk = 2150.50m, priceYear = 2025, occupancyPercent = 92m });
        // The same ydelse, unit and price year twice is a conflict; a bad unit, price or occupancy is a 400.
        Assert.Equal(HttpStatusCode.Conflict, await sup.StatusAsync(HttpMethod.Post, rates, new { serviceCode = "SEL-107-ophold", unit = "day", priceDkk = 2000m, priceYear = 2025, occupancyPercent = 90m }));
        Assert.Equal(HttpStatusCode.BadRequest, await sup.StatusAsync(HttpMethod.Post, rates, new { serviceCode = "x", unit = "year", priceDkk = 1m, priceYear = 2025, occupancyPercent = 90m }));
        Assert.Equal(HttpStatusCode.BadRequest, await sup.StatusAsync(HttpMethod.Post, rates, new { serviceCode = "x", unit = "day", priceDkk = -1m, priceYear = 2025, occupancyPercent = 90m }));
        Assert.Equal(HttpStatusCode.BadRequest, await sup.StatusAsync(HttpMethod.Post, rates, new { serviceCode = "x", unit = "day", priceDkk = 1m, priceYear = 2025, occupancyPercent = 120m }));
        Assert.Equal(HttpStatusCode.BadRequest, await sup.StatusAsync(HttpMethod.Post, "/api/v1/oversight/quarantines",
            new { personId = "P", role = "leader", from = "2024-01-01", to = "2030-01-02", decidedBy = "Socialtilsyn Syd" }));

        var detail = await sup.GetAsync($"/api/v1/oversight/registry/{id}");
        var rate = Assert.Single(detail["rates"]!.AsArray())!;
        Assert.Equal(2150.50m, rate["priceDkk"]!.GetValue<decimal>());
        Assert.Equal(2025, rate["priceYear"]!.GetValue<int>());

        using var manager = await app.As(DemoUsers.Manager1);
        Assert.Equal(HttpStatusCode.OK, await manager.StatusAsync(HttpMethod.Get, $"/api/v1/oversight/registry/{id}"));
        Assert.Equal(HttpStatusCode.Forbidden, await manager.StatusAsync(HttpMethod.Post, rates, new { serviceCode = "y", unit = "day", priceDkk = 1m, priceYear = 2025, occupancyPercent = 90m }));
        using var caseworker = await app.As(DemoUsers.Caseworker1);
        Assert.Equal(HttpStatusCode.Forbidden, await caseworker.StatusAsync(HttpMethod.Get, "/api/v1/oversight/registry"));
    }

    private static async Task<(string Id, string ProviderId)> FirstProviderAsync(Support.Api api, IReadOnlySet<string>? except = null)
    {
        var list = (await api.GetAsync("/api/v1/oversight/registry")).AsArray();
        var first = list.OrderBy(p => p!["providerId"]!.GetValue<string>(), StringComparer.Ordinal)
            .First(p => except is null || !except.Contains(p!["providerId"]!.GetValue<string>()))!;
        return (first["id"]!.GetValue<string>(), first["providerId"]!.GetValue<string>());
    }
}
