using System.Security.Claims;
using System.Text;
using Mestring.Web.Features.Investments;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mestring.Web.Tests.Investments;

/// <summary>
/// How the case builder reads the evidence contract (GET /api/v1/evidence/methods) in-process: absent, allowed,
/// forbidden by the endpoint's own policy, failing, and rows it cannot use.
/// </summary>
public sealed class EvidenceEndpointSourceTests
{
    private const string Contract = """
        [
          { "method": "Housing First", "interventionType": "SEL-107", "targetGroup": null, "outcome": "shelter_nights",
            "catalogueOutcome": "herberg_nat", "unit": "nights", "estimate": -28.4, "se": 7.9, "ciLow": -43.9, "ciHigh": -12.9,
            "n": 131, "verdict": "effekt", "computedAt": "2026-11-21T08:00:00Z" },
          { "method": "IPS", "interventionType": "LAB", "targetGroup": "unge", "outcome": "employed",
            "catalogueOutcome": "beskaeftiget_aar", "unit": "years", "estimate": 0.12, "se": 0.05, "ciLow": 0.02, "ciHigh": 0.22,
            "n": 64, "verdict": "usikker", "computedAt": "2026-11-21T08:00:00Z" },
          { "method": "Uden estimat", "outcome": "x", "catalogueOutcome": "herberg_nat", "estimate": null }
        ]
        """;

    [Fact]
    public async Task WithoutTheEndpoint_ThereAreNoLocalEstimatesYet()
    {
        var evidence = await Source([], Manager()).GetAsync(CancellationToken.None);
        Assert.Equal(LocalEvidenceState.NotYetAvailable, evidence.State);
        Assert.Empty(evidence.Estimates);
    }

    [Fact]
    public async Task TheEndpointsRows_AreReadByTheContract()
    {
        var evidence = await Source([Endpoint(Json(Contract))], Manager()).GetAsync(CancellationToken.None);
        Assert.Equal(LocalEvidenceState.Available, evidence.State);
        Assert.Equal(2, evidence.Estimates.Count); // the row without an estimate is skipped
        var shelter = Assert.Single(evidence.For("herberg_nat"));
        Assert.Equal(("Housing First", "SEL-107", "shelter_nights", "nights"), (shelter.Method, shelter.InterventionType, shelter.Outcome, shelter.Unit));
        Assert.Equal((-28.4, 7.9, -43.9, -12.9), (shelter.Estimate, shelter.Se!.Value, shelter.CiLow!.Value, shelter.CiHigh!.Value));
        Assert.Equal((131, "effekt", "2026-11-21T08:00:00Z"), (shelter.N!.Value, shelter.Verdict, shelter.ComputedAt));
        Assert.Null(shelter.TargetGroup);
        Assert.Same(shelter, evidence.Find(shelter.Key));
        Assert.Equal("unge", Assert.Single(evidence.For("beskaeftiget_aar")).TargetGroup);
    }

    [Fact]
    public async Task TheEndpointsPolicy_IsApplied()
    {
        var endpoint = Endpoint(Json(Contract), new AuthorizeAttribute { Roles = "Manager,Admin,Supervision" });
        Assert.Equal(LocalEvidenceState.NotAllowed, (await Source([endpoint], User("Caseworker")).GetAsync(CancellationToken.None)).State);
        Assert.Equal(LocalEvidenceState.Available, (await Source([endpoint], Manager()).GetAsync(CancellationToken.None)).State);
    }

    [Fact]
    public async Task ErrorsAndUnreadableAnswers_DegradeWithoutThrowing()
    {
        Assert.Equal(LocalEvidenceState.Failed, (await Source([Endpoint(Status(500))], Manager()).GetAsync(CancellationToken.None)).State);
        Assert.Equal(LocalEvidenceState.NotYetAvailable, (await Source([Endpoint(Status(404))], Manager()).GetAsync(CancellationToken.None)).State);
        Assert.Equal(LocalEvidenceState.Failed, (await Source([Endpoint(Json("{ \"not\": \"rows\" }"))], Manager()).GetAsync(CancellationToken.None)).State);
        Assert.Equal(LocalEvidenceState.Failed, (await Source([Endpoint(_ => throw new InvalidOperationException("boom"))], Manager()).GetAsync(CancellationToken.None)).State);
        // An object wrapping the rows is read too.
        var wrapped = await Source([Endpoint(Json("{ \"methods\": " + Contract + " }"))], Manager()).GetAsync(CancellationToken.None);
        Assert.Equal(2, wrapped.Estimates.Count);
    }

    private static ClaimsPrincipal Manager() => User("Manager");

    private static ClaimsPrincipal User(string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "u"), new Claim(ClaimTypes.Role, role)], "test"));

    private static RequestDelegate Json(string body) => async context =>
    {
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(body));
    };

    private static RequestDelegate Status(int status) => context =>
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    };

    private static RouteEndpoint Endpoint(RequestDelegate handler, params object[] metadata)
    {
        var builder = new RouteEndpointBuilder(handler, RoutePatternFactory.Parse(EvidenceEndpointSource.Path), 0);
        builder.Metadata.Add(new HttpMethodMetadata([HttpMethods.Get]));
        foreach (var m in metadata)
        {
            builder.Metadata.Add(m);
        }
        return (RouteEndpoint)builder.Build();
    }

    private static EvidenceEndpointSource Source(IReadOnlyList<Endpoint> endpoints, ClaimsPrincipal user)
    {
        var services = new ServiceCollection().AddLogging().AddAuthorization().BuildServiceProvider();
        var accessor = new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = user, RequestServices = services } };
        return new EvidenceEndpointSource(new DefaultEndpointDataSource(endpoints), accessor,
            services.GetRequiredService<IAuthorizationService>(), services.GetRequiredService<IAuthorizationPolicyProvider>(),
            NullLogger<EvidenceEndpointSource>.Instance);
    }
}
