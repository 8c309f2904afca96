using System.Net;
using Mestring.TestSupport;
using Mestring.Web.Tests.Support;

namespace Mestring.Web.Tests.Reporting;

public sealed class PlanFhirTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Plan_as_fhir_is_a_bundle_for_the_caseworker_while_a_consent_is_in_force()
    {
        using var caseworker = await app.As(DemoUsers.Caseworker1);
        var citizenId = await DemoFacts.CitizenIdAsync(caseworker, DemoFacts.Citizen1Name);

        var (status, body) = await caseworker.SendAsync(HttpMethod.Get, $"/api/v1/citizens/{citizenId}/plan/fhir");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Bundle", body!.Str("resourceType"));
        Assert.Contains(body.Arr("entry"), e => e!["resource"]!.Str("resourceType") == "CarePlan");
        Assert.Contains(body.Arr("entry"), e => e!["resource"]!.Str("resourceType") == "Goal");
    }

    [Fact]
    public async Task Plan_as_fhir_is_refused_without_consent_for_the_recipient_and_hidden_from_managers()
    {
        using var caseworker = await app.As(DemoUsers.Caseworker1);
        var citizenId = await DemoFacts.CitizenIdAsync(caseworker, DemoFacts.Citizen1Name);
        using var manager = await app.As("manager1");

        Assert.Equal(HttpStatusCode.Forbidden, await caseworker.StatusAsync(HttpMethod.Get, $"/api/v1/citizens/{citizenId}/plan/fhir?recipient=Region%20Midtjylland"));
        Assert.Equal(HttpStatusCode.NotFound, await manager.StatusAsync(HttpMethod.Get, $"/api/v1/citizens/{citizenId}/plan/fhir"));
    }
}
