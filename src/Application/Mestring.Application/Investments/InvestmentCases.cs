using System.Text.Json;
using Mestring.Domain.Investments;

namespace Mestring.Application.Investments;

/// <summary>
/// Saves and reloads social investment cases for the current user's municipality. A saved case keeps its input,
/// engine version, draws, seed and result, so every figure shown can be reproduced. Cases hold aggregates only.
/// </summary>
public sealed class InvestmentCases(MestringDbContext db, ICurrentUser user, TimeProvider clock)
{
    /// <summary>
    /// Reads a save request <c>{ "name", "draws", "seed", "case": { … } }</c>, evaluates the case on the server
    /// and stores input, engine version and result.
    /// </summary>
    public async Task<Result<Guid>> SaveAsync(string body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var request = ReadSaveRequest(body);
        if (!request.IsSuccess)
        {
            return request.Error;
        }
        var (name, draws, seed, caseJson) = request.Value;
        var evaluation = CaseEvaluation.Evaluate(caseJson, draws ?? CaseEvaluation.DefaultDraws, seed, threads: 1, pathPrefix: "$.case");
        return evaluation.IsSuccess ? await SaveAsync(name, evaluation.Value, ct) : evaluation.Error;
    }

    /// <summary>Stores an evaluation (used by the pages, which evaluate before they save).</summary>
    public async Task<Guid> SaveAsync(string? name, Evaluation evaluation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var flows = evaluation.Result.CashFlows;
        var title = string.IsNullOrWhiteSpace(name) ? evaluation.Case.Name : name.Trim();
        var saved = new SavedInvestmentCase(
            Municipality(),
            string.IsNullOrWhiteSpace(title) ? "Investeringscase" : Truncate(title, SavedInvestmentCase.NameMaxLength),
            evaluation.InputJson,
            evaluation.Result.EngineVersion,
            evaluation.Draws,
            evaluation.Seed,
            evaluation.ResultJson,
            new InvestmentSummary(flows.Npv, flows.Bcr, flows.BreakEvenYear),
            user.UserName,
            clock.GetUtcNow());
        db.InvestmentCases.Add(saved);
        await db.SaveChangesAsync(ct);
        return saved.Id;
    }

    public async Task<IReadOnlyList<SavedCaseSummaryDto>> ListAsync(CancellationToken ct)
    {
        var rows = await db.InvestmentCases.AsNoTracking()
            .Select(c => new SavedCaseSummaryDto(c.Id, c.Name, c.EngineVersion, c.Draws, c.Seed, c.Npv, c.Bcr, c.BreakEvenYear, c.CreatedBy, c.CreatedAt))
            .ToListAsync(ct);
        return [.. rows.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Name, StringComparer.Ordinal)];
    }

    public async Task<Result<SavedInvestmentCase>> FindAsync(Guid id, CancellationToken ct) =>
        await db.InvestmentCases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is { } saved
            ? saved
            : Error.NotFound("investment case");

    /// <summary>A saved case re-run with its stored draws and seed; Conflict when it no longer gives the stored result.</summary>
    public static Result<Evaluation> Reproduce(SavedInvestmentCase saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        return CaseEvaluation.Reproduce(saved.InputJson, saved.Draws, saved.Seed, saved.ResultJson);
    }

    /// <summary>File name for downloads: letters, digits and dashes only.</summary>
    public static string FileName(string name, string extension)
    {
        ArgumentNullException.ThrowIfNull(name);
        var safe = new string([.. name.Select(ch => char.IsAsciiLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : '-')]).Trim('-');
        while (safe.Contains("--", StringComparison.Ordinal))
        {
            safe = safe.Replace("--", "-", StringComparison.Ordinal);
        }
        return (safe.Length == 0 ? "investeringscase" : Truncate(safe, 60)) + "." + extension;
    }

    private static Result<(string? Name, int? Draws, long? Seed, string CaseJson)> ReadSaveRequest(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Error.Invalid("$", "must be an object { name, draws, seed, case }");
            }
            string? name = root.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
            int? draws = null;
            long? seed = null;
            if (root.TryGetProperty("draws", out var d) && d.ValueKind == JsonValueKind.Number)
            {
                if (!d.TryGetInt32(out var v))
                {
                    return Error.Invalid("$.draws", "must be a whole number");
                }
                draws = v;
            }
            if (root.TryGetProperty("seed", out var s) && s.ValueKind == JsonValueKind.Number)
            {
                if (!s.TryGetInt64(out var v))
                {
                    return Error.Invalid("$.seed", "must be a whole number");
                }
                seed = v;
            }
            if (!root.TryGetProperty("case", out var c) || c.ValueKind != JsonValueKind.Object)
            {
                return Error.Invalid("$.case", "is required: the investment case as a JSON object");
            }
            return (name, draws, seed, c.GetRawText());
        }
        catch (JsonException e)
        {
            return Error.Invalid("$", "malformed JSON: " + e.Message);
        }
    }

    private Guid Municipality() =>
        user.MunicipalityId is { } id && id != Guid.Empty ? id : throw new DomainException("tenant.missing", "The user belongs to no municipality.");

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
