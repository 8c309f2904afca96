using System.Text;
using System.Text.Json;
using Mestring.Application.Investments;
using Mestring.Reports;
using Mestring.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mestring.Web.Features.Investments;

/// <summary>
/// Social investment cases (specs/investment-case.md) for managers and analysts: evaluate, save and export
/// cases, the municipality's knowledge catalogue and baselines from the target group's history. Aggregates only.
/// </summary>
internal static class InvestmentEndpoints
{
    private const string Json = "application/json";

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/investment-cases").WithTags("Investment cases").RequireAuthorization(Policies.Aggregates);

        group.MapPost("/evaluate", async (HttpRequest request, int? draws, long? seed, int? threads, CancellationToken ct) =>
            {
                var body = await ReadBodyAsync(request, ct);
                var evaluation = body.IsSuccess ? CaseEvaluation.Evaluate(body.Value, draws, seed, threads) : body.Error;
                return evaluation.Match(e => Results.Content(e.ResultJson, Json, Encoding.UTF8), ErrorResults.Problem);
            })
            .Accepts<JsonElement>(Json)
            .Produces(StatusCodes.Status200OK, contentType: Json)
            .ProducesValidationProblem()
            .WithSummary("Evaluate a case (spec JSON) and return the result JSON; errors are keyed by JSON path.");

        group.MapGet("/catalogue", async (InvestmentCatalogues catalogues, CancellationToken ct) =>
                Results.Content(await catalogues.JsonAsync(ct), Json, Encoding.UTF8))
            .Produces(StatusCodes.Status200OK, contentType: Json)
            .WithSummary("The municipality's knowledge catalogue (seeded from the shipped default on first use).");

        group.MapPut("/catalogue", async (HttpRequest request, InvestmentCatalogues catalogues, CancellationToken ct) =>
            {
                var body = await ReadBodyAsync(request, ct);
                var replaced = body.IsSuccess ? await catalogues.ReplaceAsync(body.Value, ct) : body.Error;
                return replaced.IsSuccess ? TypedResults.NoContent() : ErrorResults.Problem(replaced.Error);
            })
            .Accepts<JsonElement>(Json)
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.InvestmentCatalogue)
            .WithSummary("Replace the municipality's knowledge catalogue (managers and administrators).");

        group.MapPost("/catalogue/reset", async (InvestmentCatalogues catalogues, CancellationToken ct) =>
                await catalogues.ResetAsync(ct) is { IsSuccess: false } failed ? ErrorResults.Problem(failed.Error) : TypedResults.NoContent())
            .Produces(StatusCodes.Status204NoContent)
            .RequireAuthorization(Policies.InvestmentCatalogue)
            .WithSummary("Put the shipped default catalogue back as the municipality's catalogue (audited).");

        group.MapPost("/baseline", async (BaselineRequest request, InvestmentBaselines baselines, CancellationToken ct) =>
                (await baselines.ComputeAsync(request, ct)).Match(b => (IResult)TypedResults.Ok(b), ErrorResults.Problem))
            .ProducesValidationProblem()
            .WithSummary("Mean yearly quantity of an outcome per participant before they started (suppressed below 5 citizens).");

        group.MapGet("", async (InvestmentCases cases, CancellationToken ct) => TypedResults.Ok(await cases.ListAsync(ct)))
            .WithSummary("Saved cases of the municipality.");

        group.MapPost("", async (HttpRequest request, InvestmentCases cases, CancellationToken ct) =>
            {
                var body = await ReadBodyAsync(request, ct);
                var saved = body.IsSuccess ? await cases.SaveAsync(body.Value, ct) : body.Error;
                return saved.Match(id => (IResult)TypedResults.Created($"/api/v1/investment-cases/{id}", new IdDto(id)), ErrorResults.Problem);
            })
            .Accepts<JsonElement>(Json)
            .ProducesValidationProblem()
            .WithSummary("Evaluate and save { name, draws, seed, case }: input, engine version and result are kept.");

        group.MapGet("/{id:guid}", async (Guid id, InvestmentCases cases, CancellationToken ct) =>
                (await cases.FindAsync(id, ct)).Match(saved => Results.Content(SavedCaseJson.Write(saved), Json, Encoding.UTF8), ErrorResults.Problem))
            .Produces(StatusCodes.Status200OK, contentType: Json)
            .Produces(StatusCodes.Status404NotFound)
            .WithSummary("A saved case: metadata, the input case and the stored result.");

        group.MapGet("/{id:guid}/export.json", async (Guid id, InvestmentCases cases, CancellationToken ct) =>
                (await cases.FindAsync(id, ct)).Match(
                    saved => Results.File(Encoding.UTF8.GetBytes(SavedCaseJson.Write(saved)), Json, InvestmentCases.FileName(saved.Name, "json")),
                    ErrorResults.Problem))
            .Produces(StatusCodes.Status200OK, contentType: Json)
            .Produces(StatusCodes.Status404NotFound)
            .WithSummary("Download a saved case with its input and result as JSON.");

        group.MapGet("/{id:guid}/export.xlsx", async (Guid id, InvestmentCases cases, CancellationToken ct) =>
            {
                var found = await cases.FindAsync(id, ct);
                if (!found.IsSuccess)
                {
                    return ErrorResults.Problem(found.Error);
                }
                // The workbook is built from a re-run with the stored draws and seed, and only if that re-run gives the stored result.
                var saved = found.Value;
                var reproduced = InvestmentCases.Reproduce(saved);
                if (!reproduced.IsSuccess)
                {
                    // The 409 this download has always answered: a title, no code.
                    return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: reproduced.Error.Message);
                }
                var bytes = InvestmentWorkbook.Build(reproduced.Value.Result, reproduced.Value.Case, saved.InputJson);
                return Results.File(bytes, InvestmentWorkbook.ContentType, InvestmentCases.FileName(saved.Name, "xlsx"));
            })
            .Produces(StatusCodes.Status200OK, contentType: InvestmentWorkbook.ContentType)
            .Produces(StatusCodes.Status404NotFound)
            .WithSummary("Download a saved case as an Excel workbook (Resultat, Pengestrømme, Tornado, Input).");
    }

    private static async Task<Result<string>> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var buffer = new char[8192];
        var text = new StringBuilder();
        int read;
        while ((read = await reader.ReadAsync(buffer, ct)) > 0)
        {
            text.Append(buffer, 0, read);
            if (text.Length > CaseEvaluation.MaxCaseChars)
            {
                return Error.Invalid("$", $"the body is larger than {CaseEvaluation.MaxCaseChars} characters");
            }
        }
        return text.ToString();
    }
}
