using Mestring.Economics.Cases;

namespace Mestring.Web.Pages.Investering;

/// <summary>Where a figure of a case comes from, as the pages show it: a badge, its style and a note with the details.</summary>
public sealed record FigureSource(string Label, string? Note, bool IsLocal, string Css, string Kind);

/// <summary>Danish (or English) labels and notes for <see cref="FigureProvenance"/>.</summary>
public sealed class ProvenanceText(IStringLocalizer t)
{
    public FigureSource Describe(FigureProvenance p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new FigureSource(Label(p.Kind), Note(p), p.IsLocal, Css(p.Kind), p.Kind);
    }

    public string Label(string kind) => kind switch
    {
        ProvenanceKinds.CatalogueDefault => t["katalog (standard)"],
        ProvenanceKinds.MunicipalCatalogue => t["kommunens katalog"],
        ProvenanceKinds.LocalEvaluation => t["lokal evaluering"],
        ProvenanceKinds.TargetGroupHistory => t["lokal (målgruppens historik)"],
        ProvenanceKinds.LocalEntered => t["lokal (indtastet)"],
        ProvenanceKinds.Manual => t["indtastet"],
        _ => kind,
    };

    /// <summary>Green for the municipality's own figures, blue for its catalogue, amber for shipped defaults.</summary>
    public static string Css(string kind) => kind switch
    {
        ProvenanceKinds.LocalEvaluation or ProvenanceKinds.TargetGroupHistory or ProvenanceKinds.LocalEntered => "badge--ok",
        ProvenanceKinds.MunicipalCatalogue => "badge--info",
        ProvenanceKinds.CatalogueDefault => "badge--wait",
        _ => "badge--neutral",
    };

    public string? Note(FigureProvenance p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var parts = new List<string>();
        var ciHigh = p.Detail("ciHigh");
        foreach (var (key, value) in p.Details)
        {
            var text = key switch
            {
                "method" when p.Detail("methodName") is not null => null,
                "method" or "methodName" => t["metode: {0}", value],
                "interventionType" => t["indsatstype: {0}", value],
                "targetGroup" or "target" => t["målgruppe: {0}", value],
                "outcome" => t["udfald i evalueringen: {0}", value],
                "unit" => t["enhed: {0}", value],
                "estimate" => t["estimat: {0}", Number(value)],
                "se" => t["SE: {0}", Number(value)],
                "ciLow" when ciHigh is not null => t["95 %-KI: {0} til {1}", Number(value), Number(ciHigh)],
                "ciLow" or "ciHigh" => null,
                "n" => "n = " + value,
                "verdict" => t["vurdering: {0}", value],
                "computedAt" => t["beregnet: {0}", value],
                "source" => value,
                "catalogueVersion" => t["katalogversion {0}", value],
                "priceYear" => t["prisår {0}", value],
                "indexedTo" => t["indekseret til {0}", value],
                "legalBasis" => t["lovgrundlag: {0}", value],
                "eventType" => t["hændelse: {0}", value],
                "yearsBefore" => t["år før start: {0}", value],
                "value" => null,
                "isDefault" when value == "true" => t["standard — erstat med lokale tal"],
                "indicative" when value == "true" => t["vejledende"],
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(text))
            {
                parts.Add(text);
            }
        }
        return parts.Count == 0 ? null : string.Join(" · ", parts);
    }

    private static string Number(string invariant) =>
        double.TryParse(invariant, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v.ToString("0.###", CultureInfo.CurrentCulture) : invariant;
}
