using Mestring.Economics;
using Mestring.Economics.Calculation;
using Mestring.Economics.Cases;
using Mestring.Economics.Output;

namespace Mestring.Application.Investments;

/// <summary>A case the engine evaluated: the input as given, the parsed case and the result.</summary>
public sealed record Evaluation(string InputJson, InvestmentCase Case, InvestmentResult Result, int Draws, long Seed)
{
    public string ResultJson { get; } = ResultJsonWriter.ToJson(Result);
}

/// <summary>
/// Evaluates an investment case — read and validate, compute, Monte Carlo, tornado — within one set of limits for
/// every caller (the API, the pages and <c>mestring invest</c>), so no caller can ask for an unbounded run.
/// </summary>
public static class CaseEvaluation
{
    public const int MaxDraws = 200_000;
    public const int DefaultDraws = 10_000;
    public const int MaxThreads = 4;
    public const int MaxCaseChars = 2_000_000;

    /// <summary>
    /// Parses and evaluates a case. Limits and case errors come back as an Invalid error keyed by option name
    /// (<c>draws</c>, <c>threads</c>) or JSON path under <paramref name="pathPrefix"/>.
    /// </summary>
    public static Result<Evaluation> Evaluate(string json, int? draws, long? seed, int? threads, string pathPrefix = "$")
    {
        ArgumentNullException.ThrowIfNull(json);
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
        if (json.Length > MaxCaseChars)
        {
            options[pathPrefix] = [$"the case is larger than {MaxCaseChars} characters"];
        }
        if (options.Count > 0)
        {
            return Error.Invalid(options);
        }

        var (investmentCase, errors) = InvestmentCaseReader.Parse(json);
        if (investmentCase is null || errors.Count > 0)
        {
            return CaseErrors(errors, pathPrefix);
        }
        var result = InvestmentEngine.Evaluate(investmentCase, new EvaluationOptions { Draws = drawCount, Seed = seed ?? 1, Threads = threadCount });
        return new Evaluation(json, investmentCase, result, drawCount, seed ?? 1);
    }

    /// <summary>
    /// Re-runs a case with its stored draws and seed; an error when the input no longer parses or the re-run does
    /// not give the stored result byte for byte (another engine version).
    /// </summary>
    public static Result<Evaluation> Reproduce(string inputJson, int draws, long seed, string resultJson)
    {
        var (investmentCase, errors) = InvestmentCaseReader.Parse(inputJson);
        if (investmentCase is null || errors.Count > 0)
        {
            return NotReproducible;
        }
        var result = InvestmentEngine.Evaluate(investmentCase, new EvaluationOptions { Draws = draws, Seed = seed });
        var evaluation = new Evaluation(inputJson, investmentCase, result, draws, seed);
        return string.Equals(evaluation.ResultJson, resultJson, StringComparison.Ordinal) ? evaluation : NotReproducible;
    }

    public static Error NotReproducible { get; } = new(ErrorKind.Conflict, "investment-case.not-reproducible",
        "The saved result cannot be reproduced with this engine version; open the case and save it again.");

    /// <summary>The engine's errors as one Invalid error keyed by JSON path (under <paramref name="pathPrefix"/>).</summary>
    public static Error CaseErrors(IReadOnlyList<CaseError> errors, string pathPrefix = "$")
    {
        ArgumentNullException.ThrowIfNull(errors);
        var list = errors.Count > 0 ? errors : [new CaseError("$", CaseErrorCodes.Required, "the case is empty")];
        return Error.Invalid(list
            .GroupBy(e => pathPrefix + e.Path[1..], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal));
    }
}
