using System.Text;
using System.Text.Json;
using Mestring.Evidence.Errors;
using Mestring.Evidence.Estimation;

namespace Mestring.Evidence.Output;

/// <summary>
/// JSON for the CLI and API with fixed camelCase keys: method, estimand, estimate, se, ciLow, ciHigh, nTreated,
/// nControl, nUsed, nTreatedUsed, nControlUsed, verdict, verdictCode (works | noDetectableEffect | tooFewData | harmful |
/// uncertain_balance), verdictEn, seMethod, eValue, eValueCi, eValueScale, rosenbaumGamma, balanceWarnings[{covariate,
/// smd, varianceRatio}], settings{…}, balance[{covariate, smdBefore,
/// smdAfter, varianceRatioBefore, varianceRatioAfter}], overlap{…}, bootstrap{…}, warnings[]. Non-finite numbers
/// are written as null (JSON has no NaN). Numbers use the round-trip invariant format.
/// </summary>
public static class EstimationJson
{
    /// <summary>Serialises one result.</summary>
    public static string Write(EstimationResult result, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Build(indented, w => WriteResult(w, result));
    }

    /// <summary>Serialises an error as {"error": {"code", "message"}}.</summary>
    public static string WriteError(EvidenceError error, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Build(indented, w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("error");
            w.WriteString("code", JsonNamingPolicy.CamelCase.ConvertName(error.Code.ToString()));
            w.WriteString("message", error.Message);
            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    internal static string Build(bool indented, Action<Utf8JsonWriter> body)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            body(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    internal static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is double v && double.IsFinite(v))
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>"balanceWarnings": [{covariate, smd, varianceRatio}], empty when balance holds.</summary>
    internal static void WriteBalanceWarnings(Utf8JsonWriter w, IReadOnlyList<BalanceWarning> warnings)
    {
        w.WriteStartArray("balanceWarnings");
        foreach (var b in warnings)
        {
            w.WriteStartObject();
            w.WriteString("covariate", b.Covariate);
            Number(w, "smd", b.Smd);
            Number(w, "varianceRatio", b.VarianceRatio);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteSettings(Utf8JsonWriter w, MethodSettings? s)
    {
        if (s is null)
        {
            w.WriteNull("settings");
            return;
        }

        w.WriteStartObject("settings");
        if (s.Ratio is int ratio)
        {
            w.WriteNumber("ratio", ratio);
        }

        if (s.Replace is bool replace)
        {
            w.WriteBoolean("replace", replace);
            Number(w, "caliper", s.Caliper);
            w.WriteBoolean("biasAdjust", s.BiasAdjust ?? false);
        }

        if (s.MatchOrder is { } order)
        {
            w.WriteString("matchOrder", order);
        }

        if (s.Folds is int folds)
        {
            w.WriteNumber("folds", folds);
        }

        if (s.Seed is long seed)
        {
            w.WriteNumber("seed", seed);
        }

        if (s.Repeats is int repeats)
        {
            w.WriteNumber("repeats", repeats);
        }

        if (s.TrimLow is double low)
        {
            w.WriteNumber(s.Folds is null ? "trimLow" : "clipLow", low);
        }

        if (s.TrimHigh is double high)
        {
            w.WriteNumber(s.Folds is null ? "trimHigh" : "clipHigh", high);
        }

        if (s.Learner is { } learner)
        {
            w.WriteString("learner", learner);
        }

        w.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter w, EstimationResult r)
    {
        w.WriteStartObject();
        w.WriteString("method", r.Method);
        w.WriteString("estimand", r.Estimand);
        Number(w, "estimate", r.Estimate);
        Number(w, "se", r.Se);
        Number(w, "ciLow", r.CiLow);
        Number(w, "ciHigh", r.CiHigh);
        w.WriteNumber("nTreated", r.NTreated);
        w.WriteNumber("nControl", r.NControl);
        w.WriteNumber("nUsed", r.NUsed);
        w.WriteNumber("nTreatedUsed", r.NTreatedUsed);
        w.WriteNumber("nControlUsed", r.NControlUsed);
        w.WriteString("verdict", r.VerdictText);
        w.WriteString("verdictCode", r.VerdictCode);
        w.WriteString("verdictEn", VerdictRules.English(r.Verdict));
        w.WriteString("seMethod", r.SeMethod);
        Number(w, "eValue", r.EValue);
        Number(w, "eValueCi", r.EValueCi);
        w.WriteString("eValueScale", r.EValueScale);
        Number(w, "rosenbaumGamma", r.RosenbaumGamma);
        WriteBalanceWarnings(w, r.BalanceWarnings);
        WriteSettings(w, r.Settings);
        w.WriteStartArray("balance");
        foreach (var b in r.Balance)
        {
            w.WriteStartObject();
            w.WriteString("covariate", b.Covariate);
            Number(w, "smdBefore", b.SmdBefore);
            Number(w, "smdAfter", b.SmdAfter);
            Number(w, "varianceRatioBefore", b.VarianceRatioBefore);
            Number(w, "varianceRatioAfter", b.VarianceRatioAfter);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (r.Overlap is { } o)
        {
            w.WriteStartObject("overlap");
            Number(w, "treatedPsMin", o.TreatedMin);
            Number(w, "treatedPsMax", o.TreatedMax);
            Number(w, "controlPsMin", o.ControlMin);
            Number(w, "controlPsMax", o.ControlMax);
            Number(w, "shareTreatedOutsideSupport", o.ShareTreatedOutside);
            Number(w, "shareControlOutsideSupport", o.ShareControlOutside);
            Number(w, "shareOutsideSupport", o.ShareOutside);
            w.WriteBoolean("propensityConverged", o.PropensityConverged);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("overlap");
        }

        if (r.Bootstrap is { } b2)
        {
            w.WriteStartObject("bootstrap");
            w.WriteNumber("replicates", b2.Replicates);
            w.WriteNumber("failed", b2.Failed);
            w.WriteNumber("seed", b2.Seed);
            w.WriteEndObject();
        }

        w.WriteStartArray("warnings");
        foreach (var warning in r.Warnings)
        {
            w.WriteStringValue(warning);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
