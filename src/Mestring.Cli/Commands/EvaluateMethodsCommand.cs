using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Mestring.Data;
using Mestring.Data.Evidence;
using Mestring.Evidence.Data;
using Mestring.Evidence.Estimation;
using Mestring.Evidence.Ranking;
using Microsoft.EntityFrameworkCore;

namespace Mestring.Cli.Commands;

/// <summary>One named method's effect on progression relative to care as usual.</summary>
public sealed record MethodEffectRow(
    string Method, string Outcome, double Estimate, double Se, double CiLow, double CiHigh, int N, int NTreated, int Providers, string Verdict, double PValue, double QValue);

/// <summary>
/// <c>mestring evaluate --methods [--database CONN] [--municipality CODE] [--format json|table]</c>: for each named
/// method, the effect on progression (<see cref="ProgressionDataset"/>) against care as usual within comparable
/// interventions — those at the providers that offer the method (a provider offers CAU and at most one named method,
/// so this also keeps the intervention type fixed). Regression adjustment (OLS, HC1 robust SE) on baseline level,
/// age ≥ 50 and provider fixed effects: the method is assigned by provider and baseline only, and the provider's own
/// effect is absorbed by its fixed effect. Benjamini–Hochberg q-values across the methods.
/// </summary>
public static class EvaluateMethodsCommand
{
    /// <summary>The outcome name (as in the ground truth).</summary>
    public const string ProgressionOutcome = "progression";

    /// <summary>Estimates every named method in the rows.</summary>
    public static IReadOnlyList<MethodEffectRow> Analyse(IReadOnlyList<ProgressionRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var methods = rows.Select(r => r.Method).Where(m => !string.Equals(m, ProgressionDataset.CareAsUsual, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var results = new List<MethodEffectRow>();
        foreach (var method in methods)
        {
            var offering = rows.Where(r => string.Equals(r.Method, method, StringComparison.Ordinal)).Select(r => r.ProviderId).ToHashSet(StringComparer.Ordinal);
            var subset = rows.Where(r => offering.Contains(r.ProviderId)
                && (string.Equals(r.Method, method, StringComparison.Ordinal) || string.Equals(r.Method, ProgressionDataset.CareAsUsual, StringComparison.Ordinal))).ToList();
            var (numeric, text) = ProgressionDataset.ToColumns(subset, method, ("provider", r => r.ProviderId));
            var data = new Dataset(numeric, text);
            var covariates = numeric.Select(c => c.Key)
                .Where(k => k is "baseline" or "age50" || k.StartsWith("provider:", StringComparison.Ordinal))
                .Where(k => !IsConstant(data.Column(k))).ToList();
            var request = new EstimationRequest("treat", "progression", covariates)
            {
                Method = EstimationMethod.Regression,
                Regression = RegressionSpecification.Additive,
                Estimand = Estimand.Ate,
            };
            int treated = subset.Count(r => string.Equals(r.Method, method, StringComparison.Ordinal));
            var estimate = subset.Count > covariates.Count + 2 && treated > 0 && treated < subset.Count
                ? EffectEstimator.Estimate(data, request)
                : null;
            if (estimate is { IsSuccess: true })
            {
                var e = estimate.Value;
                results.Add(new MethodEffectRow(method, ProgressionOutcome, e.Estimate, e.Se, e.CiLow, e.CiHigh, subset.Count, treated, offering.Count,
                    e.VerdictText, FalseDiscoveryRate.PValue(e.Estimate, e.Se), double.NaN));
            }
            else
            {
                results.Add(new MethodEffectRow(method, ProgressionOutcome, double.NaN, double.NaN, double.NaN, double.NaN, subset.Count, treated, offering.Count,
                    VerdictRules.Danish(Verdict.TooFewData), double.NaN, double.NaN));
            }
        }

        var tested = results.Where(r => double.IsFinite(r.PValue)).ToList();
        var q = FalseDiscoveryRate.QValues(tested.Select(r => r.PValue).ToList());
        var qByMethod = tested.Select((r, i) => (r.Method, Q: q[i])).ToDictionary(x => x.Method, x => x.Q, StringComparer.Ordinal);
        return [.. results.Select(r => qByMethod.TryGetValue(r.Method, out var value) ? r with { QValue = value } : r)];
    }

    /// <summary>Runs <c>evaluate --methods</c>.</summary>
    public static async Task<int> RunAsync(ParseResult result, string? connection, string? municipality, string? format, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = await LoadAsync(result, connection, municipality, "mestring evaluate", ct);
        if (rows is null)
        {
            return 2;
        }
        var effects = Analyse(rows);
        var text = string.Equals(format, "table", StringComparison.OrdinalIgnoreCase) ? Table(effects) : Json(effects);
        await result.InvocationConfiguration.Output.WriteLineAsync(text.AsMemory(), ct);
        return 0;
    }

    /// <summary>Loads the progression rows of the chosen municipality, or writes an error and returns null.</summary>
    internal static async Task<IReadOnlyList<ProgressionRow>?> LoadAsync(ParseResult result, string? connection, string? municipality, string verb, CancellationToken ct)
    {
        var stderr = result.InvocationConfiguration.Error;
        await using var db = await DatabaseOption.OpenAsync(connection, verb, ct);
        var code = string.IsNullOrWhiteSpace(municipality) ? await DefaultMunicipalityAsync(db, ct) : municipality.Trim();
        var rows = await ProgressionDataset.LoadAsync(db, code, ct);
        if (rows is null)
        {
            await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{verb}: no municipality with code '{code}'."));
            return null;
        }
        if (rows.Count == 0)
        {
            await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{verb}: municipality '{code}' has no interventions with a baseline and a follow-up assessment."));
            return null;
        }
        return rows;
    }

    /// <summary>The only municipality when there is one, otherwise the seed's default code.</summary>
    private static async Task<string> DefaultMunicipalityAsync(MestringDbContext db, CancellationToken ct)
    {
        var codes = await db.Municipalities.AsNoTracking().Select(m => m.Code).Take(2).ToListAsync(ct);
        return codes.Count == 1 ? codes[0] : SeedCommand.DefaultCode;
    }

    private static bool IsConstant(double[] x) => x.Length == 0 || Array.TrueForAll(x, v => v == x[0]);

    internal static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static void Number(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsFinite(value))
        {
            w.WriteNumber(name, value);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static string Json(IReadOnlyList<MethodEffectRow> rows)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Indented))
        {
            w.WriteStartArray();
            foreach (var r in rows)
            {
                w.WriteStartObject();
                w.WriteString("method", r.Method);
                w.WriteString("outcome", r.Outcome);
                Number(w, "estimate", r.Estimate);
                Number(w, "se", r.Se);
                Number(w, "ciLow", r.CiLow);
                Number(w, "ciHigh", r.CiHigh);
                w.WriteNumber("n", r.N);
                w.WriteNumber("nTreated", r.NTreated);
                w.WriteNumber("providers", r.Providers);
                w.WriteString("verdict", r.Verdict);
                Number(w, "pValue", r.PValue);
                Number(w, "qValue", r.QValue);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Table(IReadOnlyList<MethodEffectRow> rows)
    {
        var b = new StringBuilder();
        b.AppendLine(CultureInfo.InvariantCulture, $"{"method",-28} {"outcome",-12} {"estimate",9} {"se",7} {"ciLow",8} {"ciHigh",8} {"n",6} {"q",7}  verdict");
        foreach (var r in rows)
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"{r.Method,-28} {r.Outcome,-12} {r.Estimate,9:F3} {r.Se,7:F3} {r.CiLow,8:F3} {r.CiHigh,8:F3} {r.N,6} {r.QValue,7:F4}  {r.Verdict}");
        }
        return b.ToString().TrimEnd();
    }
}
