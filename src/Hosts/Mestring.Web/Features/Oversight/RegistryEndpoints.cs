using Mestring.Application.Oversight;
using Mestring.Application.Oversight.Registry;
using Mestring.Web.Hosting;

namespace Mestring.Web.Features.Oversight;

/// <summary>
/// The provider registry under /api/v1/oversight (supervision and managers read, supervision edits; every call audited by
/// the use case): <c>GET registry?search=</c>, <c>GET registry/{id}</c>, <c>POST registry/{id}/rates</c>
/// {serviceCode, targetGroup, unit, priceDkk, priceYear, occupancyPercent}, <c>DELETE registry/{id}/rates/{rateId}</c>,
/// <c>PUT registry/{id}/places</c> {legalBasis, places}, <c>POST registry/{id}/links</c> {fromId, toId, role},
/// <c>GET quarantines</c>, <c>POST quarantines</c> {personId, role, from, to, decidedBy}.
/// </summary>
internal static class RegistryEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/oversight").WithTags("Oversight")
            .RequireAuthorization(p => p.RequireRole(OversightQueries.Readers));
        group.MapGet("/registry", async (string? search, ProviderRegistry r, CancellationToken ct) => Ok(await r.ListAsync(search, ct)));
        group.MapGet("/registry/{id:guid}", async (Guid id, ProviderRegistry r, CancellationToken ct) => Ok(await r.GetAsync(id, ct)));
        group.MapGet("/quarantines", async (ProviderRegistryEdits e, CancellationToken ct) => Ok(await e.QuarantinesAsync(ct)));
        var edits = group.MapGroup("").RequireAuthorization(p => p.RequireRole(OversightQueries.Reviewers));
        edits.MapPost("/registry/{id:guid}/rates", async (Guid id, RateRequest body, ProviderRegistryEdits e, CancellationToken ct) =>
            Created(await e.AddRateAsync(id, body, ct)));
        edits.MapDelete("/registry/{id:guid}/rates/{rateId:guid}", async (Guid id, Guid rateId, ProviderRegistryEdits e, CancellationToken ct) =>
            Ok(await e.RemoveRateAsync(id, rateId, ct)));
        edits.MapPut("/registry/{id:guid}/places", async (Guid id, PlacesRequest body, ProviderRegistryEdits e, CancellationToken ct) =>
            Ok(await e.SetPlacesAsync(id, body.LegalBasis, body.Places, ct)));
        edits.MapPost("/registry/{id:guid}/links", async (Guid id, LinkRequest body, ProviderRegistryEdits e, CancellationToken ct) =>
            Created(await e.AddLinkAsync(id, body, ct)));
        edits.MapPost("/quarantines", async (QuarantineRequest body, ProviderRegistryEdits e, CancellationToken ct) =>
            Created(await e.AddQuarantineAsync(body, ct)));
    }

    private static IResult Ok<T>(Result<T> result) => result.IsSuccess ? TypedResults.Ok(result.Value) : ErrorResults.Problem(result.Error!);

    private static IResult Created<T>(Result<T> result) =>
        result.IsSuccess ? TypedResults.Json(result.Value, statusCode: StatusCodes.Status201Created) : ErrorResults.Problem(result.Error!);

    /// <summary>The places under one legal basis.</summary>
    internal sealed record PlacesRequest(string? LegalBasis, int? Places);
}
