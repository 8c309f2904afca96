using Mestring.Application.Access;
using Mestring.Application.Reporting.Council;
using Mestring.Application.Reporting.Exchange;
using Mestring.Web.Hosting;

namespace Mestring.Web.Features.Reporting;

/// <summary>
/// Council reports and the inter-municipal aggregate exchange (aggregates only; managers and analysts):
/// <c>POST/GET /api/v1/reports/council</c>, <c>GET /api/v1/reports/council/{id}</c>, <c>GET …/{id}/xlsx</c>,
/// <c>POST …/{id}/reproduce</c>; <c>GET /api/v1/aggregates/export</c>, <c>POST /api/v1/aggregates/import</c>,
/// <c>GET /api/v1/aggregates/comparison</c>.
/// </summary>
internal static class CouncilReportEndpoints
{
    public sealed record CouncilReportBody(int? FromYear, int? ToYear);

    public static void Map(RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports/council").WithTags("Reports").RequireAuthorization(Security.Policies.Aggregates);
        reports.MapPost("", async (CouncilReportBody? body, CouncilReports r, ICurrentUser user, CancellationToken ct) =>
                (await r.CreateAsync(user.Municipality(), new CouncilReportRequest(body?.FromYear, body?.ToYear), ct))
                    .Match(report => (IResult)TypedResults.Created($"/api/v1/reports/council/{report.Id}", report), ErrorResults.Problem))
            .ProducesValidationProblem();
        reports.MapGet("", async (CouncilReports r, CancellationToken ct) => TypedResults.Ok(await r.ListAsync(ct)));
        reports.MapGet("/{id:guid}", async (Guid id, CouncilReports r, CancellationToken ct) =>
            (await r.GetAsync(id, ct)).Match(report => (IResult)TypedResults.Ok(report), ErrorResults.Problem));
        reports.MapGet("/{id:guid}/xlsx", async (Guid id, CouncilReports r, CancellationToken ct) =>
            (await r.GetAsync(id, ct)).Match(report => (IResult)TypedResults.File(CouncilWorkbook.Build(report), CouncilWorkbook.ContentType,
                $"byraadsrapport-{report.Id:D}.xlsx"), ErrorResults.Problem));
        reports.MapPost("/{id:guid}/reproduce", async (Guid id, CouncilReports r, CancellationToken ct) =>
            (await r.ReproduceAsync(id, ct)).Match(x => (IResult)TypedResults.Ok(new
            {
                id = x.Original.Id, sameFigures = x.SameFigures, sameData = x.SameData, original = x.Original, reproduced = x.Reproduced,
            }), ErrorResults.Problem));

        var aggregates = api.MapGroup("/aggregates").WithTags("Aggregate exchange").RequireAuthorization(Security.Policies.Aggregates);
        aggregates.MapGet("/export", async (int? fromYear, int? toYear, AggregateExchange x, ICurrentUser user, CancellationToken ct) =>
            (await x.ExportAsync(user.Municipality(), fromYear, toYear, ct)).Match(file => (IResult)TypedResults.File(
                System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(file, AggregateExchangeJson.Default.AggregateFile), "application/json",
                $"aggregates-{file.Municipality}.json"), ErrorResults.Problem));
        aggregates.MapPost("/import", async (HttpRequest request, AggregateExchange x, ICurrentUser user, CancellationToken ct) =>
                (await x.ImportAsync(user.Municipality(), request.Body, ct)).Match(s => (IResult)TypedResults.Ok(s), ErrorResults.Problem))
            .Accepts<AggregateFile>("application/json").ProducesValidationProblem();
        aggregates.MapGet("/comparison", async (int? fromYear, int? toYear, AggregateComparisons c, ICurrentUser user, CancellationToken ct) =>
            (await c.CompareAsync(user.Municipality(), fromYear, toYear, ct)).Match(v => (IResult)TypedResults.Ok(v), ErrorResults.Problem));
    }
}
