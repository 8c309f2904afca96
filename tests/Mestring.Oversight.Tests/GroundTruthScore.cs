using System.Globalization;
using System.Text;
using Mestring.Synthetic;

namespace Mestring.Oversight.Tests;

/// <summary>Planted anomalies found with their kind, per kind, and clean providers given any signal.</summary>
internal sealed record GroundTruthScore(
    IReadOnlyDictionary<string, int> PlantedByKind, IReadOnlyDictionary<string, int> FoundByKind, int CleanProviders, int CleanFlagged,
    IReadOnlyList<string> CleanFlaggedDetails)
{
    public double Recall => PlantedByKind.Values.Sum() == 0 ? 1 : FoundByKind.Values.Sum() / (double)PlantedByKind.Values.Sum();

    public double CleanFlaggedShare => CleanProviders == 0 ? 0 : CleanFlagged / (double)CleanProviders;

    public static GroundTruthScore Of(GroundTruth truth, IEnumerable<string> providerIds, IReadOnlyList<Signal> signals)
    {
        var found = signals.Select(s => (s.ProviderId, s.Kind)).ToHashSet();
        var planted = truth.Anomalies.GroupBy(a => a.Kind).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var hits = truth.Anomalies.Where(a => found.Contains((a.ProviderId, a.Kind))).GroupBy(a => a.Kind).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var anomalous = truth.Anomalies.Select(a => a.ProviderId).ToHashSet(StringComparer.Ordinal);
        var clean = providerIds.Where(p => !anomalous.Contains(p)).ToList();
        var flagged = signals.Where(s => !anomalous.Contains(s.ProviderId)).ToList();
        return new GroundTruthScore(planted, hits, clean.Count, flagged.Select(s => s.ProviderId).Distinct().Count(),
            [.. flagged.Select(s => $"{s.ProviderId} {s.Kind}: {s.Evidence.Summary}")]);
    }

    public string Report()
    {
        var b = new StringBuilder();
        foreach (var kind in SignalKinds.All)
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"{kind,-32} planted {PlantedByKind.GetValueOrDefault(kind),2} found {FoundByKind.GetValueOrDefault(kind),2}");
        }
        b.AppendLine(CultureInfo.InvariantCulture, $"recall {Recall:P1}; clean providers flagged {CleanFlagged}/{CleanProviders} ({CleanFlaggedShare:P1})");
        foreach (var d in CleanFlaggedDetails)
        {
            b.AppendLine("  clean: " + d);
        }
        return b.ToString();
    }
}
