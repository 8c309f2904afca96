using Mestring.Application.Evidence;
using Mestring.Application.Investments;
using System.Text;
using System.Text.Json;
using Mestring.Data;
using Mestring.Domain.Common;
using Mestring.Domain.Investments;
using Mestring.Economics;
using Mestring.Economics.Calculation;
using Mestring.Economics.Cases;
using Mestring.Economics.Output;
using Mestring.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Mestring.Web.Features.Investments;

/// <summary>A case the engine evaluated: the input as given, the parsed case and the result.</summary>
public sealed record Evaluation(string InputJson, InvestmentCase Case, InvestmentResult Result, int Draws, long Seed)
{
    public string ResultJson { get; } = ResultJsonWriter.ToJson(Result);
}

/// <summary>
/// Evaluates, saves and reloads social investment cases for the signed-in user's municipality. A saved case
/// keeps its input, engine version, draws, seed and result, so every figure shown can be reproduced.
/// Cases hold aggregates only.
/// </summary>
public sealed class InvestmentCases(MestringDbContext db, CurrentUser user, TimeProvider clock)
{
    public const int MaxDraws = 200_000;
    public const int DefaultDraws = 10_000;
    public const int MaxThreads = 4;
    public const int MaxBodyChars = 2_000_000;

    /// <summary>Parses and evaluates a case; invalid input throws <see cref="ValidationException"/> keyed by JSON path.</summary>
    public static Evaluation Evaluate(string json, int? draws, long? seed, int? threads, string pathPrefix = "$")
    {
        var drawCount = draws ?? 0;
        var threadCount = threads ?? 1;
        var options = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (drawCount is < 0 or > MaxDraws)
        {
            options["draws"] = [$"must be between 0 and {MaxDraws}"];
        }
        if (threadCount is < 1 or > MaxThreads)
        {
            options["threads"] = [$"must be between 1 and {MaxThreads}"];
        }
        if (json.Length > MaxBodyChars)
        {
            options[pathPrefix] = [$"the case is larger than {MaxBodyChars} characters"];
        }
        if (options.Count > 0)
        {
            throw new ValidationException(options);
        }

        var (investmentCase, errors) = InvestmentCaseReader.Parse(json);
        if (investmentCase is null || errors.Count > 0)
        {
            throw CaseErrors(errors, pathPrefix);
        }
        var result = InvestmentEngine.Evaluate(investmentCase, new EvaluationOptions { Draws = drawCount, Seed = seed ?? 1, Threads = threadCount });
        return new Evaluation(json, investmentCase, result, drawCount, seed ?? 1);
    }

    /// <summary>The engine's errors as a 400 keyed by JSON path (under <paramref name="pathPrefix"/>).</summary>
    public static ValidationException CaseErrors(IReadOnlyList<CaseError> errors, string pathPrefix = "$")
    {
        var list = errors.Count > 0 ? errors : [new CaseError("$", CaseErrorCodes.Required, "the case is empty")];
        return new ValidationException(list
            .GroupBy(e => pathPrefix + e.Path[1..], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal));
    }

    /// <summary>
    /// Reads a save request <c>{ "name", "draws", "seed", "case": { … } }</c>, evaluates the case on the server
    /// and stores input, engine version and result.
    /// </summary>
    public async Task<Guid> SaveAsync(string body, CancellationToken ct)
    {
        string? name = null;
        int? draws = null;
        long? seed = null;
        string caseJson;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw ValidationException.For("$", "must be an object { name, draws, seed, case }");
            }
            var root = document.RootElement;
            if (root.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String)
            {
                name = n.GetString();
            }
            if (root.TryGetProperty("draws", out var d) && d.ValueKind == JsonValueKind.Number)
            {
                draws = d.TryGetInt32(out var v) ? v : throw ValidationException.For("$.draws", "must be a whole number");
            }
            if (root.TryGetProperty("seed", out var s) && s.ValueKind == JsonValueKind.Number)
            {
                seed = s.TryGetInt64(out var v) ? v : throw ValidationException.For("$.seed", "must be a whole number");
            }
            if (!root.TryGetProperty("case", out var c) || c.ValueKind != JsonValueKind.Object)
            {
                throw ValidationException.For("$.case", "is required: the investment case as a JSON object");
            }
            caseJson = c.GetRawText();
        }
        catch (JsonException e)
        {
            throw ValidationException.For("$", "malformed JSON: " + e.Message);
        }

        var evaluation = Evaluate(caseJson, draws ?? DefaultDraws, seed, threads: 1, pathPrefix: "$.case");
        return await SaveAsync(name, evaluation, ct);
    }

    /// <summary>Stores an evaluation (used by the pages, which evaluate before they save).</summary>
    public async Task<Guid> SaveAsync(string? name, Evaluation evaluation, CancellationToken ct)
    {
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

    public Task<SavedInvestmentCase?> FindAsync(Guid id, CancellationToken ct) =>
        db.InvestmentCases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);

    /// <summary>
    /// A saved case as JSON: metadata, <c>case</c> (the input exactly as stored) and <c>result</c> (exactly as
    /// the engine wrote it then); <c>currentEngineVersion</c> tells whether a re-run uses the same engine.
    /// </summary>
    public static string SavedJson(SavedInvestmentCase saved)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("id", saved.Id);
            writer.WriteString("name", saved.Name);
            writer.WriteString("engineVersion", saved.EngineVersion);
            writer.WriteString("currentEngineVersion", EngineInfo.Version);
            writer.WriteNumber("draws", saved.Draws);
            writer.WriteNumber("seed", saved.Seed);
            writer.WriteString("createdBy", saved.CreatedBy);
            writer.WriteString("createdAt", saved.CreatedAt);
            writer.WritePropertyName("case");
            writer.WriteRawValue(saved.InputJson);
            writer.WritePropertyName("result");
            writer.WriteRawValue(saved.ResultJson);
            WriteProvenance(writer, saved.InputJson);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// The provenance of every baseline, price set and effect, read from the case (<see cref="CaseProvenance"/>):
    /// a flat list with <c>local</c> and <c>catalogueDefault</c> flags so a reader sees at once which figures are
    /// the municipality's own and which are shipped defaults.
    /// </summary>
    private static void WriteProvenance(Utf8JsonWriter writer, string inputJson)
    {
        var figures = CaseProvenance.Read(inputJson);
        writer.WriteStartObject("provenance");
        writer.WriteNumber("localFigures", figures.Count(f => f.IsLocal));
        writer.WriteNumber("catalogueDefaultFigures", figures.Count(f => f.IsDefault));
        writer.WriteStartArray("figures");
        foreach (var f in figures)
        {
            writer.WriteStartObject();
            writer.WriteString("figure", f.Figure);
            writer.WriteString("path", f.Path);
            writer.WriteString("outcome", f.OutcomeId);
            writer.WriteString("kind", f.Kind);
            writer.WriteBoolean("local", f.IsLocal);
            writer.WriteBoolean("catalogueDefault", f.IsDefault);
            writer.WriteStartObject("details");
            foreach (var (key, value) in f.Details)
            {
                writer.WriteString(key, value);
            }
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>
    /// Re-runs a saved case with its stored draws and seed; null when the input no longer parses or the re-run
    /// does not give the stored result byte for byte (another engine version).
    /// </summary>
    public static Evaluation? Reproduce(SavedInvestmentCase saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        var (investmentCase, errors) = InvestmentCaseReader.Parse(saved.InputJson);
        if (investmentCase is null || errors.Count > 0)
        {
            return null;
        }
        var result = InvestmentEngine.Evaluate(investmentCase, new EvaluationOptions { Draws = saved.Draws, Seed = saved.Seed });
        var evaluation = new Evaluation(saved.InputJson, investmentCase, result, saved.Draws, saved.Seed);
        return string.Equals(evaluation.ResultJson, saved.ResultJson, StringComparison.Ordinal) ? evaluation : null;
    }

    /// <summary>File name for downloads: letters, digits and dashes only.</summary>
    public static string FileName(string name, string extension)
    {
        var safe = new string([.. name.Select(ch => char.IsAsciiLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : '-')]).Trim('-');
        while (safe.Contains("--", StringComparison.Ordinal))
        {
            safe = safe.Replace("--", "-", StringComparison.Ordinal);
        }
        return (safe.Length == 0 ? "investeringscase" : Truncate(safe, 60)) + "." + extension;
    }

    private Guid Municipality() =>
        user.MunicipalityId is { } id && id != Guid.Empty ? id : throw new DomainException("tenant.missing", "The user belongs to no municipality.");

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
