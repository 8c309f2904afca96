using Mestring.Evidence.Output;

namespace Mestring.Evidence.Providers;

/// <summary>JSON array of providers with keys providerId, n, adjustedEffect, ciLow, ciHigh, flagged, observedMinusExpected, rawSe, verdictCode,
/// eValue, eValueCi, balanceWarnings[{covariate, smd, varianceRatio}].</summary>
public static class ProviderBenchmarkJson
{
    /// <summary>Serialises the rows.</summary>
    public static string Write(IReadOnlyList<ProviderResult> rows, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return EstimationJson.Build(indented, w =>
        {
            w.WriteStartArray();
            foreach (var r in rows)
            {
                w.WriteStartObject();
                w.WriteString("providerId", r.ProviderId);
                w.WriteNumber("n", r.N);
                EstimationJson.Number(w, "adjustedEffect", r.AdjustedEffect);
                EstimationJson.Number(w, "ciLow", r.CiLow);
                EstimationJson.Number(w, "ciHigh", r.CiHigh);
                w.WriteBoolean("flagged", r.Flagged);
                EstimationJson.Number(w, "observedMinusExpected", r.ObservedMinusExpected);
                EstimationJson.Number(w, "rawSe", r.RawSe);
                w.WriteString("verdictCode", r.VerdictCode);
                EstimationJson.Number(w, "eValue", r.EValue);
                EstimationJson.Number(w, "eValueCi", r.EValueCi);
                EstimationJson.WriteBalanceWarnings(w, r.BalanceWarnings);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }
}
