using Mestring.Application.Oversight;
using Mestring.Web.Hosting;

namespace Mestring.Web.Features.Oversight;

/// <summary>
/// Oversight under /api/v1/oversight (supervision and managers read, supervision reviews): <c>GET signals</c> — the same
/// JSON array as <c>mestring oversee</c> (providerId, kind, severity, fingerprint, evidence) plus each signal's latest
/// review; dismissed leads only with <c>includeDismissed=true</c>. <c>POST signals/{fingerprint}/review</c> {status,
/// reason}; <c>GET signals/{fingerprint}/reviews</c> — the review history.
/// </summary>
internal static class OversightEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/oversight").WithTags("Oversight")
            .RequireAuthorization(p => p.RequireRole(OversightQueries.Readers));
        group.MapGet("/signals", async (string? providerId, string? kind, bool? includeDismissed, OversightQueries q, CancellationToken ct) =>
        {
            var answer = await q.GetAsync(includeDismissed ?? false, providerId, kind, ct);
            return answer.IsSuccess ? Json(OversightJson.Reviewed(answer.Value)) : ErrorResults.Problem(answer.Error);
        });
        group.MapPost("/signals/{fingerprint}/review", async (string fingerprint, ReviewRequest request, OversightQueries q, CancellationToken ct) =>
        {
            var answer = await q.ReviewAsync(fingerprint, request.Status, request.Reason, ct);
            return answer.IsSuccess ? Json(OversightJson.One(answer.Value)) : ErrorResults.Problem(answer.Error);
        }).RequireAuthorization(p => p.RequireRole(OversightQueries.Reviewers));
        group.MapGet("/signals/{fingerprint}/reviews", async (string fingerprint, OversightQueries q, CancellationToken ct) =>
        {
            var answer = await q.HistoryAsync(fingerprint, ct);
            return answer.IsSuccess
                ? TypedResults.Ok(answer.Value.Select(r => new ReviewDto(r.Status.ToString().ToLowerInvariant(), r.Reason, r.By, r.At)).ToList())
                : ErrorResults.Problem(answer.Error);
        });
    }

    private static IResult Json(string body) => TypedResults.Content(body, "application/json; charset=utf-8");

    /// <summary>A review: status reviewed | dismissed | escalated, and a reason.</summary>
    internal sealed record ReviewRequest(string? Status, string? Reason);

    internal sealed record ReviewDto(string Status, string Reason, string By, DateTimeOffset At);
}
